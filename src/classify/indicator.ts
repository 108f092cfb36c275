// metric.indicator: what a figure counts, in the fixed ids of INDICATORS.md, from the wording
// closest to it. A noun right after the figure names what it counts (召开22次党组会, 1起行政复议案件);
// else the clause before it (培训执法人员200人次: 培训), else the metric's subject. A word of
// ordinary business closest to the figure (刑事立案, 水质) or cues of different ids listed together
// (学习培训、宣传宣讲100余场次) give null: null beats a wrong id.
import { bitTable, inBitTable } from '../charTable.js';
import { DOCUMENT_VERBS, type Measure } from '../data/indicators.js';
import type { Pass } from '../pipeline.js';
import type { Indicator, Metric } from '../schema.js';
import { cueTable, idsFor, takes, type CueTable, type CueWord } from './indicatorCues.js';
import { measureOf } from './measure.js';
import { WordIndex } from '../metrics/wordIndex.js';
import { CueSet } from './headingCues.js';
import { backTo, forwardTo, LawCursor, Place, stops } from './place.js';

/** Characters that end the clause a figure is read in. */
const CLAUSE_END = stops('。;!?\n,:()[]【】');
const REACH_BEFORE = 30;
const REACH_AFTER = 16;
/** Words that may stand between a cue and its figure (罚没款金额达38.8万元). */
const LINKS = bitTable('共达为约近超计逾了合累有 ');
/** The part of a list (after its last 、) a lumped figure's cue stands in is no longer than this. */
const LUMP_PART_MAX = 10;
/** Words that say a count is the reach of the activity named earlier in the sentence. */
const COVERAGE = new CueSet(['覆盖', '参加', '参与', '惠及', '共计', '累计', '涉及']);
const RATE = 0x7387; // 率
/** The head count that goes with an activity (培训N场,覆盖N人次 → trainees). */
const PEOPLE_OF: Partial<Record<Indicator, Indicator>> = {
  'training.sessions': 'training.participants',
  'study.sessions': 'training.participants',
  'publicity.events': 'publicity.reach',
};

/** What the reading of one figure needs. */
interface Reader {
  readonly cues: CueTable;
  readonly measure: Measure;
  readonly unit: string;
  /** Where the figure stands: whether its sentence speaks of law (法), so that law cues count. */
  readonly place: Place;
}

/** What closestBefore found: written into one of two slots the figure's reading reuses (no object per search). */
interface Found {
  /** The id, null when the closest word says no indicator, undefined when no word gives one. */
  id: Indicator | null | undefined;
  /** Where the word that decided starts and ends. */
  start: number;
  end: number;
  /** Where the closest word starts when it is a step word (受理12件, 其中维持10件), else -1. */
  step: number;
}

/** The search right before the figure, read again after the others. */
const BEFORE: Found = { id: undefined, start: -1, end: -1, step: -1 };
/** Every other search, read right after it is made. */
const OTHER: Found = { id: undefined, start: -1, end: -1, step: -1 };

function found(out: Found, id: Indicator | null | undefined, start: number, end: number, step: number): Found {
  out.id = id;
  out.start = start;
  out.end = end;
  out.step = step;
  return out;
}

/** The last 、 at or before `from` and not before `floor`, or -1. */
function listMarkBack(text: string, from: number, floor: number): number {
  for (let k = from; k >= floor; k--) if (text.charCodeAt(k) === LIST_MARK) return k;
  return -1;
}

/** The ids `word` gives this figure, or null when it gives none. */
function idsOf(r: Reader, info: CueWord): readonly Indicator[] | null {
  if (info.strength === 'cue' || (info.strength === 'law' && r.place.law())) {
    const ids = idsFor(info, r.measure, r.unit);
    return ids.length > 0 ? ids : null;
  }
  return null;
}

/**
 * The closest cue before `end` (back to `start`); a `none` word closer than any cue gives null.
 * With `skipSteps`, step words are passed over (the head of a sentence is looked for behind them).
 */
function closestBefore(out: Found, r: Reader, text: string, start: number, end: number, skipSteps = false): Found {
  let id: Indicator | undefined;
  let idStart = -1;
  let idEnd = -1;
  let step = -1;
  let met = false;
  for (let e = end; e > start; e--) {
    if (text.charCodeAt(e - 1) === CLOSE_TITLE) {
      // 学习《信访工作条例》等法律法规5次: a cited title names what is studied, not the activity
      let open = e - 2;
      while (open >= start && text.charCodeAt(open) !== OPEN_TITLE) open--;
      if (open >= start) e = open + 1;
      continue;
    }
    const cue = r.cues.lexicon.endingAt(text, e);
    if (cue === null || e - cue.text.length < start) continue;
    const info = cue.value;
    const word = cue.text;
    const at = e - word.length;
    e = at + 1; // words do not overlap
    if (info.step) {
      if (!met) step = at;
      if (skipSteps) continue;
    }
    met = true;
    if (id === undefined) {
      if (info.strength === 'none') return found(out, null, at, at + word.length, step);
      const ids = idsOf(r, info);
      if (ids) {
        id = ids[0]!;
        idStart = at;
        idEnd = at + word.length;
      }
    } else {
      // 学习培训、宣传宣讲100余场次: two activities listed together are no one indicator
      const ids = idsOf(r, info);
      if (ids && !ids.includes(id)) {
        // the last 、 before the first cue, when it stands after this one
        const sep = listMarkBack(text, idStart - 1, at + word.length);
        if (sep >= 0 && end - sep <= LUMP_PART_MAX) return found(out, null, idStart, idEnd, step);
      }
    }
  }
  return found(out, id, idStart, idEnd, step);
}

/** No ids: one shared empty list, not a fresh one per word read. */
const NO_IDS: readonly Indicator[] = [];

/**
 * The noun after a figure that names what it counts: a cue right after it (1起行政复议案件), else the
 * last cue (or, with `objects`, object) before `end` (6件政策性文件开展合规性审查); a `none` word
 * last gives null (7个电子证照标准).
 */
function headAfter(r: Reader, text: string, start: number, end: number, objects: boolean): Indicator | null | undefined {
  let last: Indicator | null | undefined;
  for (let s = start; s < end; s++) {
    const cue = r.cues.lexicon.startingAt(text, s);
    if (cue === null || s + cue.text.length > end) continue;
    const info = cue.value;
    const word = cue.text;
    const ids = objects ? (info.strength === 'object' ? idsFor(info, r.measure, r.unit) : NO_IDS) : idsOf(r, info);
    if (ids && ids.length > 0) {
      if (s === start) return ids[0];
      last = ids[0];
    } else if (!objects && info.strength === 'none') last = null;
    s += word.length - 1;
  }
  return last;
}

const documentVerbs = new WordIndex(Object.keys(DOCUMENT_VERBS));

/**
 * A count of documents (规范性文件N件) counts what the first document verb of its clause does to
 * them; a verb before a cited title acts on the title (修订《…条例》配套规章2部 issues rules).
 */
function ofDocuments(view: string, start: number, end: number, id: Indicator | null): Indicator | null {
  if (id !== 'normative-docs.issued') return id;
  let first: string | null = null;
  for (let s = start; s < end; s++) {
    if (view.charCodeAt(s) === CLOSE_TITLE) first = null;
    else if (first === null) first = documentVerbs.startingAt(view, s);
  }
  return first === null ? id : DOCUMENT_VERBS[first]!;
}

/** True when `code` stands between `from` and `to`. */
function holds(view: string, code: number, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (view.charCodeAt(k) === code) return true;
  return false;
}

/** True when only link words (共, 达, 为 …) stand between `from` and `to`. */
function linked(view: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!inBitTable(LINKS, view.charCodeAt(k))) return false;
  return true;
}

const OPEN_TITLE = 0x300a; // 《
const CLOSE_TITLE = 0x300b; // 》
const AFTER_END = stops('。;!?\n,:()[]【】、');
const LIST_MARK = 0x3001; // 、
/** The unit that counts laws and rules as well as devices. */
const LAWS_UNIT = '部';
const DOCUMENTS = 'normative-docs.';
/** The measures that count: an item of a list of counts counts what the item before it counts. */
const COUNTS: ReadonlySet<Measure> = new Set(['times', 'people', 'things']);

/** What the reading of a document's figures shares. */
interface Figures {
  readonly view: string;
  readonly metrics: readonly Metric[];
  /** The ids of the figures read so far. */
  readonly earlier: readonly (Indicator | null)[];
  readonly law: LawCursor;
}

/** The indicator of `f.metrics[i]`, given the ids of the metrics before it. */
export function indicatorOf(f: Figures, i: number): Indicator | null {
  const measure = measureOf(f.metrics[i]!);
  if (measure !== 'other') return readAs(f, i, measure);
  if (f.metrics[i]!.unit !== LAWS_UNIT) return null;
  // 配套规章2部: 部 counts laws and rules as well as devices (执法记录仪16部)
  const id = readAs(f, i, 'things');
  return id !== null && id.startsWith(DOCUMENTS) ? id : null;
}

/** The indicator of `metrics[i]`, read as a figure of `measure`. */
function readAs(f: Figures, i: number, measure: Measure): Indicator | null {
  const { view, metrics, earlier, law } = f;
  const m = metrics[i]!;
  const prev = metrics[i - 1];
  const prevEnd = prev && prev.span.end <= m.span.start ? prev.span.end : 0;
  const next = metrics[i + 1];
  const start = backTo(view, m.span.start, prevEnd, REACH_BEFORE, CLAUSE_END);
  // no sentence end stands in the clause: the sentence's start is looked for from the clause's on
  const sentence = new Place(view, law, start, m.span);
  if (m.change !== null && m.subject !== null) {
    // 罚没款277.2万元,同比增长12.5%: a growth figure counts what the figure it is the growth of counts
    for (let k = i - 1; k >= 0 && metrics[k]!.span.end > sentence.start(); k--) {
      if (metrics[k]!.change === null && metrics[k]!.subject === m.subject) return earlier[k] ?? null;
    }
  }
  const r: Reader = { cues: cueTable(), measure, unit: m.unit, place: sentence };
  const end = forwardTo(view, m.span.end, next ? next.span.start : view.length, REACH_AFTER, AFTER_END);

  const before = closestBefore(BEFORE, r, view, start, m.span.start);
  if (before.step >= 0) {
    // 收到行政复议申请14件,受理12件、审结12件: a step counts what the sentence named before it
    const head = closestBefore(OTHER, r, view, sentence.start(), before.step, true);
    if (head.id) return head.id;
  }
  // a cue right before the figure (发放宣传材料400余份) outranks the noun after it
  if (before.id && linked(view, before.end, m.span.start)) return ofDocuments(view, start, end, before.id);
  const after = headAfter(r, view, m.span.end, end, false);
  if (after !== undefined) return ofDocuments(view, start, end, after);
  if (before.id !== undefined) return ofDocuments(view, start, end, before.id);
  if (m.subject) {
    const bySubject = closestBefore(OTHER, r, m.subject, 0, m.subject.length);
    if (bySubject.id !== undefined) return bySubject.id;
  }
  if (prev && start === prevEnd && view.charCodeAt(prevEnd) === LIST_MARK && earlier[i - 1] && COUNTS.has(measure) && measureOf(prev) === measure) {
    // 审查合同27份、决策文件5件: an item of a list under one verb counts what the item before it counts
    // (not a rate: 频次下降53%、成本降低37% are changes of two things)
    return earlier[i - 1]!;
  }
  const object = headAfter(r, view, start, m.span.start, true) ?? headAfter(r, view, m.span.end, end, true);
  if (object) return object;

  if (r.measure === 'people' && COVERAGE.in(view, start, m.span.start)) {
    // 培训4场次,覆盖380余人次: the reach of the activity named before, in the same sentence
    for (const measure of ['times', 'things'] as const) {
      const activity = closestBefore(OTHER, { ...r, measure }, view, sentence.start(), start);
      const people = activity.id ? PEOPLE_OF[activity.id] : undefined;
      if (people) return people;
    }
  }
  if (r.measure === 'things' && COVERAGE.in(view, start, m.span.start)) {
    // 执法检查126次,涉及企业378家: the units reached by the activity named before, when its id counts them
    const activity = closestBefore(OTHER, { ...r, measure: 'times' }, view, sentence.start(), start);
    if (activity.id && takes(activity.id, 'things')) return activity.id;
  }
  if (r.measure === 'rate' && (holds(view, RATE, start, m.span.start) || m.subject?.endsWith('率'))) {
    // 抽查任务740家,完成率100%: a rate of no named activity is the rate of the figure before it
    // (制发规范性文件2件,经合法性审核率100%: of the documents, the rate of what the clause does to them)
    for (let k = i - 1; k >= 0 && metrics[k]!.span.end > sentence.start(); k--) {
      const id = earlier[k];
      if (id) return ofDocuments(view, start, end, id);
    }
  }
  return null;
}

/** Fills metric.indicator (INDICATORS.md "Metric indicators"). */
export const indicatorPass: Pass = {
  name: 'indicator',
  run(doc, draft) {
    const ids: (Indicator | null)[] = [];
    const figures: Figures = { view: doc.view, metrics: draft.metrics, earlier: ids, law: new LawCursor(doc.view) };
    const metrics: Metric[] = [];
    for (let i = 0; i < draft.metrics.length; i++) {
      const m = draft.metrics[i]!;
      const indicator = indicatorOf(figures, i);
      ids.push(indicator);
      metrics.push(indicator === m.indicator ? m : { ...m, indicator });
    }
    return { metrics };
  },
};
