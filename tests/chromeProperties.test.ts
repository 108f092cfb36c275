// Properties of the chrome and header passes on texts assembled from pieces of real pages.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findChrome } from '../src/chrome/index.js';
import { createDoc } from '../src/document.js';
import { readHeader } from '../src/header/index.js';

const PIECES = [
  '您当前所在位置:首页 > 政法宣传',
  '南昌市卫健委2021年度法治政府建设工作报告',
  '来源:政宣科  发布日期: 2022-03-11  访问量: ',
  '[ 发布机构 ] 大足区卫生健康委 [ 成文日期 ] 2021-11-15',
  '  • 发布机构:',
  '    澧浦镇',
  '县委、县政府:',
  '2021年,市卫健委坚持以习近平新时代中国特色社会主义思想为指导。',
  '一、加强组织领导',
  '(一)强化技术支持',
  '全年组织学法12次,参训率100%。',
  '某某县司法局',
  '二〇二三年一月五日',
  '分享到:',
  '版权所有@济源产城融合示范区卫生健康委员会',
  '中国政府网|湖北政府网|繁体|无障碍',
  '2026-01-20 17:01  |  武汉市水务局',
  '',
  '   ',
  '：',
  '(',
  '2021年',
];

const text = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 12 })), { maxLength: 24 }).map((parts) => parts.join('\n'));

describe('chrome and header on assembled pages', () => {
  it('chrome spans are sorted, disjoint and inside the text; the body too', () => {
    fc.assert(
      fc.property(text, (t) => {
        const chrome = findChrome(createDoc(t));
        let last = 0;
        for (const s of chrome.spans) {
          expect(s.start).toBeGreaterThanOrEqual(last);
          expect(s.end).toBeGreaterThan(s.start);
          last = s.end;
        }
        expect(last).toBeLessThanOrEqual(t.length);
        expect(chrome.body.start).toBeLessThanOrEqual(chrome.body.end);
        expect(chrome.body.end).toBeLessThanOrEqual(t.length);
        for (const m of chrome.meta) expect(t.slice(m.span.start, m.span.end)).toBe(m.value);
      }),
      { numRuns: 300 },
    );
  });

  it('header spans slice back to what they report', () => {
    fc.assert(
      fc.property(text, (t) => {
        const doc = createDoc(t);
        const h = readHeader(doc, findChrome(doc));
        if (h.issuer) expect(t.slice(h.issuer.span.start, h.issuer.span.end)).toBe(h.issuer.mention);
        if (h.title !== null) {
          expect(h.titleSpan).not.toBeNull();
          expect(t.slice(h.titleSpan!.start, h.titleSpan!.end).replace(/\s+/gu, '')).toBe(h.title.replace(/\s+/gu, ''));
        }
        if (h.year !== null) expect(h.year).toBeGreaterThanOrEqual(1949);
        for (const d of [h.publishedAt, h.signedAt]) if (d !== null) expect(d).toMatch(/^\d{4}-\d{2}-\d{2}$/u);
      }),
      { numRuns: 300 },
    );
  });
});
