// Cue words found in a heading or a sentence: one scan over the text, each place asked of a word
// index (a bit set answers most places at once), instead of one includes() per cue word.
import { LEADERS_DUTY_CUES, LEADERS_DUTY_FRAME } from '../data/parts.js';
import type { WordIndex } from '../metrics/wordIndex.js';
import { Lexicon } from './lexicon.js';

/** The first word of `index` in `text` between `from` and `to` (the longest one starting there), or null. */
export function firstWordIn(index: WordIndex, text: string, from = 0, to = text.length): string | null {
  for (let at = from; at < to; at++) {
    const word = index.startingAt(text, at);
    if (word === null) continue;
    if (at + word.length <= to) return word;
    // the longest word runs past `to`: a shorter one may still end before it
    const within = index.startingAt(text.slice(at, to));
    if (within !== null) return within;
  }
  return null;
}

/** A list of cue words asked with one scan: does a text hold any of them? */
export class CueSet {
  private readonly words: Lexicon<null>;
  /** The one word of a set of one (第一责任): found with indexOf. */
  private readonly only: string | null;

  constructor(words: readonly string[]) {
    this.words = new Lexicon(words.map((w) => [w, null] as const));
    const distinct = [...new Set(words)].filter((w) => w !== '');
    this.only = distinct.length === 1 ? distinct[0]! : null;
  }

  /** True when `text` (between `from` and `to`) holds any of the words. */
  in(text: string, from = 0, to = text.length): boolean {
    if (this.only !== null && to === text.length) return text.indexOf(this.only, from) >= 0;
    return this.words.firstIn(text, from, to) !== null;
  }
}

const DUTY = new CueSet(LEADERS_DUTY_CUES);
const DUTY_FRAME = new CueSet(LEADERS_DUTY_FRAME);
/** A cited title: 严格落实《党政主要负责人履行推进法治建设第一责任人职责规定》 only names the rules. */
const CITED_TITLE = /《[^《》]{0,80}》/gu;

/** True when `text` names the first-responsible-person duty (第一责任). */
export function namesDuty(text: string): boolean {
  return DUTY.in(text);
}

/** True when `text` (a heading or a paragraph's opening) is about how the heads fulfilled the first-responsible-person duty. */
export function isLeadersDuty(text: string): boolean {
  if (!DUTY.in(text)) return false;
  const own = text.includes('《') ? text.replace(CITED_TITLE, '') : text;
  return own === text || DUTY.in(own) ? DUTY_FRAME.in(own) : false;
}
