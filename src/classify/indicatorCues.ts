// The indicator vocabulary as one word index: which ids each word points to, and how strongly.
import { INDICATORS, NOT_INDICATOR_CUES, type IndicatorEntry, type Measure } from '../data/indicators.js';
import { WordIndex } from '../metrics/wordIndex.js';
import type { Indicator } from '../schema.js';

/**
 * A cue names the activity counted; a law cue does so only in a sentence that speaks of law; an
 * object names only who or what is involved; `none` says the figure has no indicator.
 */
export type CueStrength = 'cue' | 'law' | 'object' | 'none';

export interface CueWord {
  readonly strength: CueStrength;
  /** The entries the word points to (empty for `none`). */
  readonly entries: readonly IndicatorEntry[];
}

export interface CueTable {
  readonly index: WordIndex;
  readonly words: ReadonlyMap<string, CueWord>;
}

const RANK: Record<CueStrength, number> = { cue: 3, law: 2, object: 1, none: 0 };

let table: CueTable | undefined;

/** Built once, on first use. A word keeps the strongest role any entry gives it. */
export function cueTable(): CueTable {
  if (table) return table;
  const words = new Map<string, { strength: CueStrength; entries: IndicatorEntry[] }>();
  const add = (word: string, strength: CueStrength, entry?: IndicatorEntry) => {
    let w = words.get(word);
    if (!w) {
      w = { strength, entries: [] };
      words.set(word, w);
    } else if (RANK[strength] > RANK[w.strength]) {
      w.strength = strength;
    }
    if (entry) w.entries.push(entry);
  };
  for (const e of INDICATORS) for (const w of e.cues) add(w, 'cue', e);
  for (const e of INDICATORS) for (const w of e.lawCues ?? []) add(w, 'law', e);
  for (const e of INDICATORS) for (const w of e.objects ?? []) add(w, 'object', e);
  for (const w of NOT_INDICATOR_CUES) if (!words.has(w)) add(w, 'none');
  table = { index: new WordIndex(words.keys()), words };
  return table;
}

/** The ids of `word` that take a figure of `measure` in `unit` (the first one listed wins a tie). */
export function idsFor(word: CueWord, measure: Measure, unit: string): Indicator[] {
  return word.entries.filter((e) => e.measures.includes(measure) && !e.excludeUnits?.includes(unit)).map((e) => e.id);
}
