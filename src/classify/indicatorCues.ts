// The indicator vocabulary as one word index: which ids each word points to, and how strongly.
import { INDICATORS, NOT_INDICATOR_CUES, STEP_CUES, type IndicatorEntry, type Measure } from '../data/indicators.js';
import { Lexicon } from './lexicon.js';
import type { Indicator } from '../schema.js';

/**
 * A cue names the activity counted; a law cue does so only in a sentence that speaks of law; an
 * object names only who or what is involved; `none` says the figure has no indicator; a `step`
 * word only names a step of handling (审结, 维持) and points to no id of its own.
 */
export type CueStrength = 'cue' | 'law' | 'object' | 'none' | 'step';

export interface CueWord {
  readonly strength: CueStrength;
  /** The entries the word points to (empty for `none`). */
  readonly entries: readonly IndicatorEntry[];
  /** The word names a step or a grade of handling (STEP_CUES): the figure counts what its sentence named before. */
  readonly step: boolean;
  /** The ids of the entries that take each measure, in the order listed (before units are looked at). */
  readonly byMeasure: Readonly<Record<Measure, readonly Indicator[]>>;
  /** Some entry of the word excludes some units. */
  readonly unitBound: boolean;
  /** Every unit some entry of the word excludes: a figure in any other unit takes byMeasure as it is. */
  readonly excludedUnits: readonly string[];
}

export interface CueTable {
  /** Every cue word with what it says, found in the text with it. */
  readonly lexicon: Lexicon<CueWord>;
}

const RANK: Record<CueStrength, number> = { cue: 4, law: 3, object: 2, step: 1, none: 0 };
const MEASURES: readonly Measure[] = ['times', 'people', 'things', 'rate', 'money', 'other'];

let table: CueTable | undefined;

/** Built once, on first use. A word keeps the strongest role any entry gives it. */
export function cueTable(): CueTable {
  if (table) return table;
  const found = new Map<string, { strength: CueStrength; entries: IndicatorEntry[] }>();
  const add = (word: string, strength: CueStrength, entry?: IndicatorEntry) => {
    let w = found.get(word);
    if (!w) {
      w = { strength, entries: [] };
      found.set(word, w);
    } else if (RANK[strength] > RANK[w.strength]) {
      w.strength = strength;
    }
    if (entry) w.entries.push(entry);
  };
  for (const e of INDICATORS) for (const w of e.cues) add(w, 'cue', e);
  for (const e of INDICATORS) for (const w of e.lawCues ?? []) add(w, 'law', e);
  for (const e of INDICATORS) for (const w of e.objects ?? []) add(w, 'object', e);
  for (const w of STEP_CUES) add(w, 'step');
  for (const w of NOT_INDICATOR_CUES) if (!found.has(w)) add(w, 'none');
  const steps = new Set(STEP_CUES);
  const words: [string, CueWord][] = [];
  for (const [word, { strength, entries }] of found) {
    const byMeasure = {} as Record<Measure, readonly Indicator[]>;
    for (const m of MEASURES) byMeasure[m] = entries.filter((e) => e.measures.includes(m)).map((e) => e.id);
    const excludedUnits = [...new Set(entries.flatMap((e) => e.excludeUnits ?? []))];
    words.push([word, { strength, entries, step: steps.has(word), byMeasure, unitBound: entries.some((e) => e.excludeUnits !== undefined), excludedUnits }]);
  }
  table = { lexicon: new Lexicon(words) };
  return table;
}

/**
 * The list of `measure` in `byMeasure`, read by a named property for each measure: one object shape
 * at each site, where a look-up keyed by the six names turned megamorphic.
 */
function takingMeasure(byMeasure: Readonly<Record<Measure, readonly Indicator[]>>, measure: Measure): readonly Indicator[] {
  switch (measure) {
    case 'times':
      return byMeasure.times;
    case 'people':
      return byMeasure.people;
    case 'things':
      return byMeasure.things;
    case 'rate':
      return byMeasure.rate;
    case 'money':
      return byMeasure.money;
    case 'other':
      return byMeasure.other;
  }
}

/** The ids of `word` that take a figure of `measure` in `unit` (the first one listed wins a tie). */
export function idsFor(word: CueWord, measure: Measure, unit: string): readonly Indicator[] {
  // a unit no entry excludes keeps every entry that takes the measure: the list made once
  if (!word.unitBound || !word.excludedUnits.includes(unit)) return takingMeasure(word.byMeasure, measure);
  return word.entries.filter((e) => e.measures.includes(measure) && !e.excludeUnits?.includes(unit)).map((e) => e.id);
}

const MEASURES_OF = new Map(INDICATORS.map((e) => [e.id, e.measures]));

/** True when `id` takes figures of `measure`. */
export function takes(id: Indicator, measure: Measure): boolean {
  return MEASURES_OF.get(id)?.includes(measure) ?? false;
}
