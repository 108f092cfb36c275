import { describe, expect, it } from 'vitest';
import { NextOf } from '../src/nextOf.js';

describe('NextOf: the next offset of a character, asked in increasing order', () => {
  const text = '一、总体情况。二、主要举措。三、下一步';

  it('answers as indexOf would, for offsets asked in order', () => {
    const stops = new NextOf('。');
    for (let from = 0; from <= text.length; from++) expect(stops.at(text, from)).toBe(text.indexOf('。', from));
  });

  it('answers as indexOf would when asked backwards or about another text', () => {
    const stops = new NextOf('。');
    expect(stops.at(text, 8)).toBe(text.indexOf('。', 8));
    expect(stops.at(text, 0)).toBe(text.indexOf('。'));
    const other = '无句号的一行';
    expect(stops.at(other, 0)).toBe(-1);
    expect(stops.at(other, 3)).toBe(-1);
    expect(stops.at(text, 7)).toBe(text.indexOf('。', 7));
  });
});
