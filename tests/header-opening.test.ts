// The opening paragraphs the header's readers share (the issuer's subject, the year): the body's
// first prose lines, each found when a reader first asks for it.
import { describe, expect, it } from 'vitest';
import { findChrome } from '../src/chrome/index.js';
import { createDoc } from '../src/document.js';
import { OpeningLines } from '../src/header/region.js';
import { TopText } from '../src/header/topText.js';

function opening(text: string, max: number) {
  const doc = createDoc(text);
  const lines = new OpeningLines(new TopText(doc, findChrome(doc)), max);
  const textOf = (i: number) => {
    const line = lines.line(i);
    return line === undefined ? undefined : text.slice(line.contentStart, line.contentEnd);
  };
  return { lines, textOf };
}

const PAGE = [
  '某市司法局2023年度法治政府建设情况报告',
  '2023年,市司法局坚持以习近平法治思想为指导,扎实推进法治政府建设。',
  '一、主要举措',
  '(一)加强组织领导。局党组研究法治工作6次,制定年度工作要点。',
  '(二)推进依法决策。严格落实重大行政决策程序,全年审查规范性文件12件。',
].join('\n');

describe('opening lines: the body prose lines under the title, headings passed', () => {
  it('reads the prose lines in order, passing the title and the heading', () => {
    const { textOf } = opening(PAGE, 3);
    expect(textOf(0)).toBe('2023年,市司法局坚持以习近平法治思想为指导,扎实推进法治政府建设。');
    expect(textOf(1)).toBe('(一)加强组织领导。局党组研究法治工作6次,制定年度工作要点。');
    expect(textOf(2)).toBe('(二)推进依法决策。严格落实重大行政决策程序,全年审查规范性文件12件。');
  });

  it('gives no line past its count, nor past the page', () => {
    expect(opening(PAGE, 2).textOf(2)).toBeUndefined();
    expect(opening(PAGE, 5).textOf(3)).toBeUndefined();
  });

  it('answers a later line first and an earlier one after it alike', () => {
    const { textOf } = opening(PAGE, 3);
    expect(textOf(1)).toBe('(一)加强组织领导。局党组研究法治工作6次,制定年度工作要点。');
    expect(textOf(0)).toBe('2023年,市司法局坚持以习近平法治思想为指导,扎实推进法治政府建设。');
  });
});
