// 受理率、办结率分别为98%、100%: names listed before 分别 and as many figures joined after it
// (by 、 or 和) pair up in order, the first name with the first figure.
import { codeAt, charSet, inSet } from '../charTable.js';
import { WordIndex } from './wordIndex.js';
import { cleanSubject } from './subject.js';
import { CHANGE_BASES } from '../data/metricQualifiers.js';

/** 分别 with the link word after it, longest first. */
const RESPECTIVELY = new WordIndex(['分别为', '分别是', '分别达到', '分别达', '分别有', '分别占', '分别']);
/** Characters that end the clause holding the names (、 and 和 separate names, they do not end it). */
const CLAUSE_END = charSet(',;。:!?()\n“”');
/** Words between the last two names: 受理率、办结率和满意率. */
const LAST_JOINERS = ['和', '及', '与'];
/** How far back the names may reach. */
const REACH = 40;

/** A comparison basis written before 分别: 较上年分别提高5%和8%, 比2019年分别压缩. */
const BASES = new WordIndex(CHANGE_BASES.map((b) => b.written));
const YEAR_BASIS_RE = /^[比较]\d{4}年度?/;

/**
 * Where the names end: before 分别 (受理率、办结率分别为) or before a basis that 分别 follows
 * (受理率和办结率较上年分别提高, whose growth words start at the basis); -1 when neither.
 */
function namesEnd(view: string, wordsStart: number): number {
  const word = RESPECTIVELY.endingAt(view, wordsStart);
  if (word) {
    const end = wordsStart - word.length;
    const basis = BASES.endingAt(view, end); // 较上年分别: the basis is no name
    return basis ? end - basis.length : end;
  }
  const basis = BASES.startingAt(view, wordsStart) ?? YEAR_BASIS_RE.exec(view.slice(wordsStart, wordsStart + 8))?.[0];
  if (basis) return view.startsWith('分别', wordsStart + basis.length) ? wordsStart : -1;
  return shareNamesEnd(view, wordsStart);
}

/** How far 分别占 may stand before the first figure: 分别占全部受理案件的. */
const SHARE_REACH = 16;

/** Where names end before 分别占 and the whole of a share (分别占总数的60%和40%), or -1. */
function shareNamesEnd(view: string, wordsStart: number): number {
  if (codeAt(view, wordsStart - 1) !== 0x7684) return -1; // 的
  // looked for within reach only: a search back to the start of the text would be quadratic
  const from = Math.max(0, wordsStart - SHARE_REACH);
  const k = view.slice(from, wordsStart).lastIndexOf('分别占');
  if (k < 0) return -1;
  const at = from + k;
  for (let i = at; i < wordsStart; i++) if (inSet(CLAUSE_END, codeAt(view, i))) return -1;
  return at;
}

/** Where the clause of the names that end at `end` starts, no further back than `floor` or REACH. */
function clauseStart(view: string, end: number, floor: number): number {
  let start = end;
  while (start > floor && end - start < REACH && !inSet(CLAUSE_END, codeAt(view, start - 1))) start--;
  return start;
}

/**
 * True when 分别 (or a basis before it) opens its clause with no names before it: 罚没款1026.7万元,
 * 同比分别增长8.1%和15.6%. The joined figures then pair with the figures of the clauses before,
 * whose subjects are their names.
 */
export function respectiveOfFiguresBefore(view: string, wordsStart: number, floor: number): boolean {
  const end = namesEnd(view, wordsStart);
  if (end < 0) return false;
  const start = clauseStart(view, end, floor);
  return start === end || (inSet(CLAUSE_END, codeAt(view, start - 1)) && view.slice(start, end).trim() === '');
}

/**
 * The subjects of `count` joined figures whose words start at `wordsStart`, as view spans in
 * order, or null when the words before them are not `count` names and 分别.
 */
export function respectiveSubjects(
  view: string,
  wordsStart: number,
  floor: number,
  count: number,
): { start: number; end: number }[] | null {
  const end = namesEnd(view, wordsStart);
  if (end < 0) return null;
  const start = clauseStart(view, end, floor);
  // the names as [from, to) offsets, split at 、 and, for the last two, at 和/及/与
  const parts: [number, number][] = [];
  let from = start;
  for (let i = start; i < end; i++) {
    if (codeAt(view, i) === 0x3001) {
      parts.push([from, i]);
      from = i + 1;
    }
  }
  parts.push([from, end]);
  if (parts.length === count - 1) {
    const [a, b] = parts.pop()!;
    const text = view.slice(a, b);
    const at = Math.max(...LAST_JOINERS.map((j) => text.indexOf(j)));
    if (at <= 0) return null;
    parts.push([a, a + at], [a + at + 1, b]);
  }
  if (parts.length !== count) return null;
  const spans: { start: number; end: number }[] = [];
  for (const [a, b] of parts) {
    const text = view.slice(a, b);
    const name = cleanSubject(text);
    const at = name ? text.lastIndexOf(name) : -1;
    if (at < 0) return null;
    spans.push({ start: a + at, end: a + at + name.length });
  }
  return spans;
}
