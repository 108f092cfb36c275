// The words of DEPARTMENT_LINES indexed by their first character: the identity pass asks whether a
// department's word stands at a place, before a place, or anywhere in a name, and each question
// reads the name's characters once instead of trying every word of every line.
import { DEPARTMENT_LINES } from '../data/departments.js';
import { bitTable, inBitTable } from '../charTable.js';

interface DepartmentWord {
  readonly text: string;
  /** The index of its line in DEPARTMENT_LINES. */
  readonly line: number;
  /** The code of its last character: one compare before startsWith is asked. */
  readonly last: number;
}

const BY_FIRST = new Map<number, DepartmentWord[]>();
for (let line = 0; line < DEPARTMENT_LINES.length; line++) {
  for (const text of DEPARTMENT_LINES[line]!.words) {
    const code = text.charCodeAt(0);
    const word = { text, line, last: text.charCodeAt(text.length - 1) };
    const list = BY_FIRST.get(code);
    if (list) list.push(word);
    else BY_FIRST.set(code, [word]);
  }
}
const FIRSTS = bitTable(DEPARTMENT_LINES.flatMap((line) => line.words));

/** The lowest line index of the words that start at `at` in `text`, or DEPARTMENT_LINES.length when none. */
function lineAt(text: string, at: number): number {
  let best = DEPARTMENT_LINES.length;
  const code = text.charCodeAt(at);
  if (!inBitTable(FIRSTS, code)) return best;
  for (const w of BY_FIRST.get(code)!) {
    if (w.line < best && text.charCodeAt(at + w.text.length - 1) === w.last && text.startsWith(w.text, at)) best = w.line;
  }
  return best;
}

/** The first line of DEPARTMENT_LINES one of whose words `text` holds (the list's order decides), or null. */
export function departmentLineIn(text: string): string | null {
  let best = DEPARTMENT_LINES.length;
  // the first line can not be bettered: the scan stops there
  for (let at = 0; at < text.length && best > 0; at++) best = Math.min(best, lineAt(text, at));
  return best < DEPARTMENT_LINES.length ? DEPARTMENT_LINES[best]!.id : null;
}

/** True when a department's word starts at `at` in `text` (烟台 + 人力资源和社会保障局). */
export function departmentWordAt(text: string, at: number): boolean {
  return lineAt(text, at) < DEPARTMENT_LINES.length;
}

/** True when a department's word starts in the first `n` characters of `text` (住房和城市|建设局). */
export function departmentWordWithin(text: string, n: number): boolean {
  for (let at = 0; at < n && at < text.length; at++) if (departmentWordAt(text, at)) return true;
  return false;
}
