import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { listsPass } from '../src/lists/index.js';
import { draftFor } from './listsSections.js';

/** Pieces of reports, shuffled into texts the pass must survive. */
const TOKENS = [
  '一、', '二、', '(一)', '(二)', '1.', '存在的问题', '存在的不足和原因', '下一步工作打算', '2025年工作计划',
  '下一步,我局将', '今后,', '一是', '二是', '三是', '第一,', '(1)', '①', '。', ';', ':', ',', '、', '\n', '\n',
  '仍存在', '等问题', '究其原因', '主要原因在于', '2025年,我局将', '某某局', '2024年1月5日', '特此报告。',
  '加强培训', '执法力量不足', '   ', '“', '”',
];

describe('listsPass on shuffled report pieces', () => {
  it('never throws; items slice back, lie in the text, and do not overlap', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...TOKENS), { maxLength: 60 }), fc.option(fc.integer({ min: 2000, max: 2030 }), { nil: null }), (tokens, year) => {
        const text = tokens.join('');
        const { doc, draft } = draftFor(text, year);
        const out = listsPass.run(doc, draft);
        for (const list of [out.problems ?? [], out.plans ?? []]) {
          let end = 0;
          for (const it of list) {
            expect(it.span.start).toBeGreaterThanOrEqual(end);
            expect(it.span.end).toBeGreaterThan(it.span.start);
            expect(it.span.end).toBeLessThanOrEqual(text.length);
            expect(text.slice(it.span.start, it.span.end)).toBe(it.text);
            end = it.span.end;
          }
        }
      }),
      { numRuns: 500 },
    );
  });
});
