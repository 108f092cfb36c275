// The words a section heading is read for, as one lexicon: the topics' cues (src/data/topics.ts)
// and the words of a measures heading and of the leaders' duty (src/data/parts.ts). A heading is
// read in one scan over one table, not one scan over a table per list.
import { LEADERS_DUTY_CUES, MEASURES_CUES } from '../data/parts.js';
import { TOPICS } from '../data/topics.js';
import type { Topic } from '../schema.js';
import { Lexicon } from './lexicon.js';

/**
 * What a word says, with the words it starts with (itself included): where it is the longest word
 * at a place, every other word there is one of those, so the longest one answers for all of them.
 */
export interface HeadingWord {
  /** The topic of the longest topic cue among them (TOPICS: the first entry to list a cue), or null. */
  readonly topic: Topic | null;
  /** One of them is a measures cue (MEASURES_CUES). */
  readonly measures: boolean;
  /** One of them is a duty cue (LEADERS_DUTY_CUES). */
  readonly duty: boolean;
}

interface Own {
  topic: Topic | null;
  measures: boolean;
  duty: boolean;
}

function build(): Lexicon<HeadingWord> {
  const own = new Map<string, Own>();
  const entry = (word: string): Own => {
    let o = own.get(word);
    if (o === undefined) {
      o = { topic: null, measures: false, duty: false };
      own.set(word, o);
    }
    return o;
  };
  for (const t of TOPICS) {
    for (const w of t.cues) {
      const o = entry(w);
      o.topic ??= t.id;
    }
  }
  for (const w of MEASURES_CUES) entry(w).measures = true;
  for (const w of LEADERS_DUTY_CUES) entry(w).duty = true;
  const words: [string, HeadingWord][] = [];
  for (const word of own.keys()) {
    if (word === '') continue;
    let topic: Topic | null = null;
    let measures = false;
    let duty = false;
    // the words it starts with, longest first: the first topic met is the longest cue's
    for (let k = word.length; k >= 1; k--) {
      const o = own.get(word.slice(0, k));
      if (o === undefined) continue;
      topic ??= o.topic;
      measures ||= o.measures;
      duty ||= o.duty;
    }
    words.push([word, { topic, measures, duty }]);
  }
  return new Lexicon(words);
}

let built: Lexicon<HeadingWord> | undefined;

/** The lexicon, built on first use. */
export function headingWords(): Lexicon<HeadingWord> {
  built ??= build();
  return built;
}

/** The topic `text` names between `from` and `to` (the first place a topic cue starts leads), or undefined. */
export function firstTopicIn(text: string, from: number, to: number): Topic | undefined {
  const words = headingWords();
  for (let at = from; at < to; at++) {
    const topic = words.startingAt(text, at, to)?.value.topic;
    if (topic != null) return topic;
  }
  return undefined;
}

/** True when a measures cue stands in `text`. */
export function holdsMeasures(text: string): boolean {
  const words = headingWords();
  for (let at = 0; at < text.length; at++) if (words.startingAt(text, at)?.value.measures === true) return true;
  return false;
}
