// A cited title's closing note in brackets ((试行), (2021—2025年) is set aside before its kind is
// read; withoutNote reads it by hand and must take away exactly what the pattern it replaced took.
import { describe, expect, it } from 'vitest';
import { citationKind, citationKindAt, withoutNote } from '../src/citations/kind.js';

/** The pattern withoutNote stands for: 1 to 20 characters in brackets at the end, the ) optional. */
const NOTE = /\([^()]{1,20}\)?$/u;

describe('withoutNote', () => {
  it.each([
    ['a closed note', '行政复议法实施条例(试行)', '行政复议法实施条例'],
    ['a note left open', '法治政府建设实施纲要(2021—2025年', '法治政府建设实施纲要'],
    ['no note', '行政处罚法', '行政处罚法'],
    ['empty brackets stay', '规定()', '规定()'],
    ['a note longer than 20 characters stays', `办法(${'长'.repeat(21)})`, `办法(${'长'.repeat(21)})`],
    ['a note of exactly 20 characters goes', `办法(${'长'.repeat(20)})`, '办法'],
    ['text after the brackets keeps them', '条例(草案)说明', '条例(草案)说明'],
    ['only the last brackets are a note', '条例(一)(试行)', '条例(一)'],
    ['a surrogate pair is one character', `办法(${'𠀋'.repeat(20)})`, '办法'],
    ['a bracket inside the note keeps it', '办法(a)b)', '办法(a)b)'],
  ])('%s', (_form, core, expected) => {
    expect(withoutNote(core)).toBe(expected);
    expect(core.replace(NOTE, '')).toBe(expected);
  });

  it('takes away what the pattern takes away, on generated titles', () => {
    const pieces = ['(', ')', '法', '规', 'a', '𠀋', '\ud840', '试行', '2021—2025年'];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
    for (let n = 0; n < 3000; n++) {
      let core = '';
      const length = next() % 14;
      for (let k = 0; k < length; k++) core += pieces[next() % pieces.length];
      expect(withoutNote(core)).toBe(core.replace(NOTE, ''));
    }
  });

  it('reads the kind past a closing note', () => {
    expect(citationKind('中华人民共和国行政复议法实施条例(试行)')).toBe('regulation');
    expect(citationKind('重大行政决策程序暂行条例>')).toBe('regulation');
  });

  it('reads a title in place as citationKind reads it sliced', () => {
    const titles = [
      '关于加强法治建设的意见', // ends with no kind's word: other, read in place
      '优化营商环境条例', // ends with a kind's word
      '法治宣传教育第八个五年规划(2021—2025年', // a note left open: set aside
      '某某工作规划(草案)', // a closing note
      '关于印发<某某方案>', // an angle bracket closed inside
      '意见 ', // a space after it
      'Guide',
      '',
    ];
    const view = `前${titles.map((t) => `《${t}》`).join('和')}。`;
    let from = 0;
    for (const title of titles) {
      from = view.indexOf('《', from) + 1;
      expect(citationKindAt(view, from, from + title.length)).toBe(citationKind(title));
    }
    expect(citationKindAt(view, 2, 2 + titles[0]!.length)).toBe('other');
  });
});
