import { describe, expect, it } from 'vitest';
import { Lexicon } from '../src/classify/lexicon.js';

describe('Lexicon', () => {
  const words = new Lexicon([
    ['法治', 'a'],
    ['法治宣传', 'b'],
    ['法治思维', 'c'],
    ['行政复议', 'd'],
    ['复议', 'e'],
  ] as const);

  it('finds the longest word starting at a place, within the bound', () => {
    const text = '加强法治宣传教育';
    expect(words.startingAt(text, 2)?.text).toBe('法治宣传');
    expect(words.startingAt(text, 2, 5)?.text).toBe('法治');
    expect(words.startingAt(text, 3)).toBeNull();
    expect(words.startingAt(text, text.length - 1)).toBeNull();
  });

  it('finds the longest word ending at a place', () => {
    const text = '办理行政复议案件';
    expect(words.endingAt(text, 6)?.value).toBe('d');
    expect(words.endingAt(text, 5)).toBeNull();
    expect(words.endingAt(text, 1)).toBeNull();
  });

  it('gives the first word of a range', () => {
    expect(words.firstIn('提升法治思维能力')?.value).toBe('c');
    expect(words.firstIn('提升法治思维能力', 0, 3)).toBeNull();
  });

  it('keeps the first value given for a word', () => {
    const twice = new Lexicon([
      ['复议', 1],
      ['复议', 2],
    ] as const);
    expect(twice.firstIn('行政复议')?.value).toBe(1);
  });

  it('finds words of one character beside longer ones', () => {
    const mixed = new Lexicon([
      ['局', 'one'],
      ['司法局', 'three'],
    ] as const);
    expect(mixed.startingAt('某县司法局', 2)?.value).toBe('three');
    expect(mixed.startingAt('某县司法局', 4)?.value).toBe('one');
    expect(mixed.endingAt('某县司法局', 5)?.value).toBe('three');
    expect(mixed.endingAt('局', 1)?.value).toBe('one');
    expect(mixed.firstIn('公安局')?.value).toBe('one');
  });

  it('reads many words sharing their first two characters', () => {
    const many = Array.from({ length: 40 }, (_, i) => [`法治${String.fromCharCode(0x4e00 + i)}`, i] as const);
    const lexicon = new Lexicon(many);
    for (let i = 0; i < 40; i++) expect(lexicon.startingAt(`推进法治${String.fromCharCode(0x4e00 + i)}`, 2)?.value).toBe(i);
    expect(lexicon.startingAt('推进法治建设', 2)).toBeNull();
  });
});
