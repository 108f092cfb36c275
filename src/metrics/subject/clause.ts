// The clause around a figure, and the edges of a subject found in it: notes in brackets kept with
// their noun, lists of parallel names, trailing place words and spaces.
import { codeAt, inSet } from '../../charTable.js';
import { codeFilter, mayHold } from '../../codeFilter.js';
import { POSTPOSITIONS, POSTPOSITION_EXCEPTIONS } from '../../data/metricSubjects.js';
import { WordIndex } from '../wordIndex.js';
import { BOUNDARY, BOUNDARY_CHARS, HARD_BOUNDARY, HARD_BOUNDARY_CHARS, levelWithAlternatives, MIN_SUBJECT, REACH_AFTER, REACH_BEFORE, VERBS } from './words.js';
import { clean } from './clean.js';
import { CLOSE_PAREN, CLOSE_QUOTE, DE, LIST_COMMA, OPEN_PAREN, OPEN_QUOTE, SPACE, startsNoun } from './chars.js';

/** The longest note in brackets read as part of a noun: 示范村(社区). */
const NOUN_NOTE_MAX = 8;
/** The longest verb looked for before a note. */
const VERB_MAX = 4;

/**
 * Where the "(" of a short note in brackets closing at `close` is, when the note belongs to the
 * noun before it (示范村(社区), 市(州)): a CJK character that ends no verb stands before it. Else -1.
 */
function nounNoteStart(view: string, close: number, floor: number): number {
  for (let k = close - 1; k > floor && close - k <= NOUN_NOTE_MAX; k--) {
    const c = codeAt(view, k);
    if (c === OPEN_PAREN) {
      // 办理(不含移送): after a verb the note qualifies the action, and no noun stands before it
      const noun = startsNoun(codeAt(view, k - 1)) && VERBS.endingAt(view.slice(Math.max(floor, k - VERB_MAX), k)) === null;
      return noun ? k : -1;
    }
    if (inSet(BOUNDARY, c)) return -1;
  }
  return -1;
}

/** The clause before a figure: its text, the character that bounds it on the left ('' at the start) and where it starts. */
export interface Clause {
  text: string;
  boundary: string;
  start: number;
}

/** Every character clauseBefore stops at or acts on, as a filter asked before the tables. */
const CLAUSE_STOPS = codeFilter([...(BOUNDARY_CHARS + HARD_BOUNDARY_CHARS)].map((ch) => ch.charCodeAt(0)).concat(OPEN_QUOTE, CLOSE_QUOTE, CLOSE_PAREN));

export function clauseBefore(view: string, at: number, floor: number): Clause {
  let i = at;
  let quoted = false; // inside “…” (read backwards), where 、 and , do not end the clause: “双随机、一公开”
  for (; i > floor && at - i < REACH_BEFORE; i--) {
    const c = codeAt(view, i - 1);
    if (!mayHold(CLAUSE_STOPS, c)) continue; // most characters: no quote, bracket or boundary
    if (c === CLOSE_QUOTE) quoted = true;
    else if (c === OPEN_QUOTE) quoted = false;
    else if (c === CLOSE_PAREN && !quoted) {
      const open = nounNoteStart(view, i - 1, floor);
      if (open < 0) break;
      i = open + 1; // the note is part of the noun: go on before its "("
    } else if (quoted ? inSet(HARD_BOUNDARY, c) : inSet(BOUNDARY, c)) break;
  }
  return { text: view.slice(i, at), boundary: i > 0 ? view[i - 1]! : '', start: i };
}

export function clauseAfter(view: string, at: number): string {
  // 9个市(州): the brackets of a level's alternatives end no clause
  let i = at + levelWithAlternatives(view, at);
  while (i < view.length && i - at < REACH_AFTER) {
    const c = view.charCodeAt(i);
    if (mayHold(CLAUSE_STOPS, c) && inSet(BOUNDARY, c)) break;
    i++;
  }
  return view.slice(at, i);
}

/** How many names before the last a list subject may hold, and how long it may be. */
const LIST_ITEMS_MAX = 5;
const LIST_LENGTH_MAX = 60;

/**
 * The subject `at` widened over the names listed before it with 、, when they are parallel names
 * the figure counts together: 办结率、满意率均为100%, 开展习近平法治思想宣传、宣讲146场次. Only when
 * the last name stands whole at the start of its clause (nothing stripped: 加强执法、查处案件12件
 * keeps 案件), and each earlier name ends right at its 、.
 */
export function overList(view: string, at: { start: number; end: number }, clauseStart: number, floor: number): { start: number; end: number } {
  if (at.start !== skipSpaces(view, clauseStart, at.start)) return at;
  let start = at.start;
  let comma = clauseStart - 1;
  for (let n = 0; n < LIST_ITEMS_MAX && codeAt(view, comma) === LIST_COMMA; n++) {
    const item = clauseBefore(view, comma, floor);
    const name = item.text ? clean(item.text) : '';
    if (!name || !item.text.endsWith(name) || at.end - (comma - name.length) > LIST_LENGTH_MAX) break;
    start = comma - name.length;
    if (start !== skipSpaces(view, item.start, start)) break; // a name that lost its verb or time words heads the list
    comma = item.start - 1;
  }
  return { start, end: at.end };
}

/** The first offset from `from` (up to `to`) that is no space. */
function skipSpaces(view: string, from: number, to: number): number {
  let i = from;
  while (i < to && codeAt(view, i) === SPACE) i++;
  return i;
}

const POSTPOSITION = new WordIndex(POSTPOSITIONS);
const POSTPOSITION_NOUNS = new WordIndex(POSTPOSITION_EXCEPTIONS);

/**
 * How many characters at the end of a subject are no part of it: a place word (16个乡镇中 →
 * 乡镇) or a 的 left dangling (具有法律职业资格的156人 → 具有法律职业资格), keeping two characters.
 * The subject is `at` of the view, read in place.
 */
export function trailingWords(view: string, at: { start: number; end: number }): number {
  const { start, end } = at;
  if (view.charCodeAt(end - 1) === DE) return end - start - 1 >= MIN_SUBJECT ? 1 : 0;
  const place = POSTPOSITION.endingAt(view, end, start);
  if (!place || end - start - place.length < MIN_SUBJECT || POSTPOSITION_NOUNS.endingAt(view, end, start)) return 0;
  return place.length;
}

/** `span` without spaces at either end (a CR before LF reads as a space in the view), or null when nothing is left. */
export function trimSpaces(view: string, span: { start: number; end: number } | null): { start: number; end: number } | null {
  if (span === null) return null;
  let { start, end } = span;
  while (start < end && codeAt(view, start) === SPACE) start++;
  while (end > start && codeAt(view, end - 1) === SPACE) end--;
  return end > start ? { start, end } : null;
}

