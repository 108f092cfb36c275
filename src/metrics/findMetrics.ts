// One linear scan of the view: every number is read as a quantity, checked against the
// distractors, and given its qualifiers, growth phrase and subject.
import type { Doc } from '../document.js';
import { inChrome, type Chrome } from '../pipeline.js';
import type { Approx, Change, Metric, MetricKind } from '../schema.js';
import { APPROX_AFTER } from '../data/metricQualifiers.js';
import { distractor, type DistractorReason } from './distractors.js';
import { APPROX_AFTER_WORDS, MIXED_TAIL, MIXED_TAIL_MAX, NUMBER_RE, NUMBER_START, NUMBER_START_BITS, plainNumeralEnd, POINT_CODE, followsNumber, TITLE_OPEN_KIND, VAGUE_CODE, ARABIC_ONLY_FOLLOW } from './patterns.js';
import { approxBefore, changeBefore } from './qualifiers.js';
import { readQuantity, readQuantityAt, type Quantity } from './readQuantity.js';
import { respectiveOfFiguresBefore, respectiveSubjects } from './respectively.js';
import { subjectOf } from './subject.js';
import { digitsValue } from './figures.js';
import { codeAt, charSet, inSet } from '../charTable.js';
import { CN_FINANCIAL_CHARS, MULTIPLIERS } from '../data/numerals.js';

/** Characters only financial numerals use: a run they lead may be a word (队伍, 陆续) before a number. */
const FINANCIAL_START = charSet(CN_FINANCIAL_CHARS);

const MULTIPLIER_CODES = charSet(Object.keys(MULTIPLIERS).map((m) => m[0]!));

/**
 * Where to go on after Arabic digits that gave no quantity: past the mixed numeral they lead
 * (3万400件 reads two ways, and its 400件 is no figure of its own), else right after them.
 */
function pastMixedTail(view: string, at: number): number {
  if (!inSet(MULTIPLIER_CODES, codeAt(view, at))) return at;
  let j = at + 1;
  while (j - at <= MIXED_TAIL_MAX && inSet(MIXED_TAIL, codeAt(view, j))) j++;
  return j;
}

/** Characters that join two figures of one enumeration: 12件和8件, 5%、8%. */
const JOINERS = charSet('和、及与或');

/** Characters that end a sentence: figures of 分别 pair only within one. */
const SENTENCE_END = charSet('。;!?\n');

/** The longest run of digits NUMBER_RE reads as one number. */
const MAX_DIGITS = 16;

function kindOf(unitKind: MetricKind, change: Change | null): MetricKind {
  if (change && (unitKind === 'percent' || unitKind === 'change')) return 'change';
  return unitKind;
}

/** A quantity a distractor dropped, and why (see `findMetrics`' `dropped`). */
export interface Dropped {
  raw: string;
  span: { start: number; end: number };
  reason: DistractorReason;
}

/**
 * Every metric of the document, in document order. `dropped`, when given, receives every quantity
 * a distractor kept out, with its reason (for tests and debugging).
 */
export function findMetrics(doc: Doc, chrome: Chrome, dropped?: Dropped[]): Metric[] {
  const { view, input } = doc;
  const metrics: Metric[] = [];
  let floor = 0;
  // the run of figures joined by 、/和 that the last metric belongs to: 分别为98%、100%
  let run = { first: 0, wordsStart: 0, floor: 0 };
  const closeRun = (): void => {
    const count = metrics.length - run.first;
    if (count < 2) return;
    const spans = respectiveSubjects(view, run.wordsStart, run.floor, count);
    if (spans) spans.forEach((s, k) => (metrics[run.first + k]!.subject = input.slice(s.start, s.end)));
    else if (figuresBeforeInSentence(count) && respectiveOfFiguresBefore(view, run.wordsStart, run.floor)) {
      for (let k = 0; k < count; k++) metrics[run.first + k]!.subject = metrics[run.first - count + k]!.subject;
    }
  };
  // the `count` figures right before the run, all in its sentence: 893件,1026.7万元,同比分别增长…
  const figuresBeforeInSentence = (count: number): boolean => {
    if (run.first < count) return false;
    for (let i = metrics[run.first - count]!.span.end; i < run.wordsStart; i++) if (inSet(SENTENCE_END, codeAt(view, i))) return false;
    return true;
  };
  // the last opening quote and 《 the scan passed (-1 before the first): it stops at every one, and
  // what it passes over (a run of digits or numerals, a quantity's number, unit and range) holds none
  let quoteOpen = -1;
  let titleOpen = -1;
  const re = NUMBER_RE; // sticky, module-level: the scan below is synchronous
  const starts = NUMBER_START; // the tables in locals: the scan reads them at every character
  const bits = NUMBER_START_BITS;
  const length = view.length;
  for (let i = 0; i < length; ) {
    // most characters start no number: a tight loop of its own passes over them, a bit each
    let c = view.charCodeAt(i); // i < length: no bounds check needed
    while (((bits[c >>> 5]! >>> (c & 31)) & 1) === 0 && ++i < length) c = view.charCodeAt(i);
    if (i >= length) break;
    const start = starts[c]!;
    if (start >= TITLE_OPEN_KIND) {
      quoteOpen = i;
      if (start === TITLE_OPEN_KIND) titleOpen = i;
      i++;
      continue;
    }
    let digits: string | null = null; // a plain run of digits, read without the regex
    let numeralEnd = -1; // the end of a plain run of numerals, read without the regex
    if (start === 2) {
      const next = codeAt(view, i + 1);
      if (starts[next] !== 2 && next !== POINT_CODE && next !== VAGUE_CODE && (!followsNumber(next) || inSet(ARABIC_ONLY_FOLLOW, next))) {
        i++; // a lone numeral character followed by no unit (一是, 统一, 进一步, 一、)
        continue;
      }
      numeralEnd = plainNumeralEnd(view, i);
    } else {
      // digits followed by no unit, separator or decimal point (2023年, 12月) are passed over; the
      // look is bounded by the longest run NUMBER_RE reads, so a long run of digits stays linear
      let j = i + 1;
      while (j - i <= MAX_DIGITS && starts[codeAt(view, j)] === 1) j++;
      const next = codeAt(view, j);
      if (j - i <= MAX_DIGITS && !followsNumber(next) && next !== 0x2c && next !== 0x2e) {
        i = j;
        continue;
      }
      // no group separator or decimal point follows: NUMBER_RE would match the run itself
      if (j - i <= MAX_DIGITS && next !== 0x2c && next !== 0x2e) digits = view.slice(i, j);
    }
    let q: Quantity | null;
    if (digits !== null) {
      q = readQuantityAt(view, i, digits, undefined, digits, undefined, digitsValue(view, i, i + digits.length));
      if (!q) {
        i = pastMixedTail(view, i + digits.length);
        continue;
      }
    } else {
      let numberEnd = numeralEnd;
      let arabic = false;
      if (numeralEnd >= 0) {
        // most numerals (一是, 进一步, 统一) are followed by nothing a quantity can go on with
        const after = codeAt(view, numeralEnd);
        const run = followsNumber(after) && !inSet(ARABIC_ONLY_FOLLOW, after) ? view.slice(i, numeralEnd) : null;
        q = run === null ? null : readQuantityAt(view, i, run, undefined, undefined, run);
      } else {
        re.lastIndex = i;
        const m = re.exec(view)!; // a digit or a numeral character always matches
        numberEnd = i + m[0].length;
        arabic = m[2] !== undefined;
        const after = codeAt(view, numberEnd);
        q = m[1] !== undefined || (followsNumber(after) && (arabic || !inSet(ARABIC_ONLY_FOLLOW, after))) ? readQuantity(view, m) : null;
      }
      if (!q) {
        // a run led by a financial character that reads as nothing (队伍一万人: 伍一万) may hold a
        // number after its first character
        if (inSet(FINANCIAL_START, codeAt(view, i))) i++;
        else i = arabic ? pastMixedTail(view, numberEnd) : numberEnd;
        continue;
      }
    }
    i = q.end;
    if (inChrome(chrome, q.start)) continue;
    const reason = distractor(view, q, quoteOpen, titleOpen);
    if (reason !== null) {
      dropped?.push({ raw: input.slice(q.start, q.end), span: { start: q.start, end: q.end }, reason });
      continue;
    }

    let approx: Approx | null = q.approx;
    let wordsStart = q.start;
    let wordsEnd = q.end;
    const suffix = APPROX_AFTER_WORDS.startingAt(view, q.end);
    if (suffix) {
      approx ??= APPROX_AFTER[suffix]!;
      wordsEnd += suffix.length;
    }
    const before = approxBefore(view, wordsStart);
    if (before) {
      approx ??= before.approx;
      wordsStart = before.start;
    }
    let change: Change | null = null;
    const growth = changeBefore(view, wordsStart);
    if (growth && (growth.change.basis !== null || q.unit.kind === 'percent' || q.unit.kind === 'change')) {
      change = growth.change;
      wordsStart = growth.start;
    }

    const previous = metrics.length > 0 ? metrics[metrics.length - 1]! : null;
    // 分别下降25%和33.3%, 分别为12件、8件: a figure joined to the one before shares its subject and growth
    const joined = previous !== null && wordsStart - floor === 1 && inSet(JOINERS, codeAt(view, floor));
    if (joined && change === null && previous.change !== null && q.unit.kind === 'percent') change = previous.change;
    if (!joined) {
      closeRun();
      run = { first: metrics.length, wordsStart, floor };
    }
    const shared = joined ? previous.subject : null;
    const subject =
      shared ??
      subjectOf(input, view, { start: wordsStart, end: wordsEnd, unit: q.unit, floor }, { view, start: wordsStart, floor, previous, growth: change !== null });

    metrics.push({
      raw: input.slice(q.start, q.end),
      span: { start: q.start, end: q.end },
      value: q.value,
      max: q.max,
      unit: q.unit.reads ?? q.unit.unit,
      kind: kindOf(q.unit.kind, change),
      approx,
      subject,
      change,
      indicator: null,
    });
    floor = q.end;
  }
  closeRun();
  return metrics;
}
