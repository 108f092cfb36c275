// A title a page scraped into one line writes twice in a row (its heading and the page's title
// glued together), and the opening prose of a page, which holds no run-on title: the run of title
// characters a word of the genre stands in twice decides whether the line is walked for one.
import { describe, expect, it } from 'vitest';
import { findChrome } from '../src/chrome/index.js';
import { createDoc } from '../src/document.js';
import { readHeader } from '../src/header/index.js';
import { genreWordTwiceInRun } from '../src/header/runOnDoubled.js';

function header(text: string) {
  const doc = createDoc(text);
  return readHeader(doc, findChrome(doc));
}

const TITLE = '青山县水利局2023年度法治政府建设情况报告';
const PROSE = '2023年,县水利局坚持以习近平法治思想为指导,全面推进依法行政,各项工作取得新成效。一、加强组织领导,局党组专题研究法治建设4次。';

describe('a title written twice in a row, run on into the prose', () => {
  it('is read once, with its span', () => {
    const text = `${TITLE}${TITLE}${PROSE}`;
    const { title, titleSpan } = header(text);
    expect(title).toBe(TITLE);
    expect(text.slice(titleSpan!.start, titleSpan!.end)).toBe(TITLE);
  });

  it('the opening prose alone names no title', () => {
    expect(header(`${PROSE}${PROSE}`).title).toBeNull();
  });
});

describe('genreWordTwiceInRun: a word of the genre twice in one run of title characters', () => {
  it('two copies of a title glued together hold it twice', () => {
    const text = `${TITLE}${TITLE}`;
    expect(genreWordTwiceInRun(text, text, 0)).toBe(true);
  });

  it('copies set apart by a comma, or fewer than ten characters apart, do not', () => {
    const split = '推进法治政府建设,深化法治政府建设';
    expect(genreWordTwiceInRun(split, split, 0)).toBe(false);
    const close = '法治政府和法治社会';
    expect(genreWordTwiceInRun(close, close, 0)).toBe(false);
  });

  it('reads the window where it stands in the view', () => {
    const view = `前言,${TITLE}${TITLE}`;
    const from = 3;
    expect(genreWordTwiceInRun(view, view.slice(from), from)).toBe(true);
  });
});
