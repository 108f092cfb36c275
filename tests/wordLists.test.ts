import { describe, expect, it } from 'vitest';
import { endingOf, endsWithOne, includesOne, openingOf, startsWithOne } from '../src/wordLists.js';

describe('short word lists asked of a name', () => {
  const OPENINGS = ['中共', '中国共产党'];
  const ENDS = ['管理委员会', '委员会', '局'];

  it('startsWithOne and openingOf: the first listed word the name opens with', () => {
    expect(startsWithOne(OPENINGS, '中共某县委')).toBe(true);
    expect(startsWithOne(OPENINGS, '某县中共党校')).toBe(false);
    expect(openingOf(OPENINGS, '中国共产党某市委员会')).toBe('中国共产党');
    expect(openingOf(OPENINGS, '某市人民政府')).toBeUndefined();
  });

  it('endsWithOne and endingOf: the list order decides between words that both end the name', () => {
    expect(endsWithOne(ENDS, '某开发区管理委员会')).toBe(true);
    expect(endingOf(ENDS, '某开发区管理委员会')).toBe('管理委员会');
    expect(endingOf(['委员会', '管理委员会'], '某开发区管理委员会')).toBe('委员会');
    expect(endingOf(ENDS, '某市人民政府')).toBeUndefined();
  });

  it('endsWithOne: no list (a table without an entry) holds no word', () => {
    expect(endsWithOne(undefined, '某局')).toBe(false);
    expect(endsWithOne([], '某局')).toBe(false);
  });

  it('includesOne: a word anywhere in the name', () => {
    expect(includesOne(['人民代表大会', '常务委员会'], '某省人民代表大会常务委员会关于…的决定')).toBe(true);
    expect(includesOne(['人民代表大会'], '某省人民政府关于…的意见')).toBe(false);
  });
});
