// The salutation line a report opens with: 县委、县政府: / 市人民政府:
import type { TopText } from './topText.js';
import type { Span } from '../schema.js';
import { isOrgName } from './orgName.js';
import { isHan } from '../charTable.js';

/** A salutation's names: 2–40 ideographs or 、, then up to two spaces and the colon that ends the line. */
const NAMES_MIN = 2;
const NAMES_MAX = 40;
const SPACES_MAX = 2;
const SPACE = 0x20;
const LIST_MARK_CODE = '、'.charCodeAt(0);
/** A party committee or government named by its level alone: 县委, 市政府, 人民政府. */
const LEVEL_BODY = /^[省市县区镇乡]?(?:委|政府|人民政府)$/u;
const SEARCH_LINES = 12;
const COLON = ':'.charCodeAt(0);

/** The addressee and its span, or null when the report has no salutation. */
export function findAddressee(top: TopText): { text: string; span: Span } | null {
  const { doc } = top;
  for (let k = 0; k < SEARCH_LINES; k++) {
    const line = top.line(k);
    if (line === undefined) break;
    // a salutation ends with its colon: other lines are not read
    if (doc.view.charCodeAt(line.contentEnd - 1) !== COLON) continue;
    const end = namesEnd(doc.view, line.contentStart, line.contentEnd - 1);
    if (end < 0 || !allBodies(doc.view.slice(line.contentStart, end))) continue;
    const span = { start: line.contentStart, end };
    return { text: doc.input.slice(span.start, span.end), span };
  }
  return null;
}

/**
 * Where the names of a salutation from `start` end, before up to two spaces and its colon at
 * `colon` (2–40 ideographs or 、: 县委、县政府 :), or -1; read in place.
 */
function namesEnd(view: string, start: number, colon: number): number {
  let end = colon;
  while (end > start && colon - end < SPACES_MAX && view.charCodeAt(end - 1) === SPACE) end--;
  if (end - start < NAMES_MIN || end - start > NAMES_MAX) return -1;
  for (let i = start; i < end; i++) {
    const code = view.charCodeAt(i);
    if (!isHan(code) && code !== LIST_MARK_CODE) return -1;
  }
  return end;
}

const LIST_MARK = '、';

/** True when every piece of `names` between its 、 names a body (an empty piece names none); read in place, no pieces split off. */
function allBodies(names: string): boolean {
  for (let start = 0; start <= names.length; ) {
    let end = names.indexOf(LIST_MARK, start);
    if (end < 0) end = names.length;
    const part = names.slice(start, end);
    if (!isOrgName(part) && !LEVEL_BODY.test(part)) return false;
    start = end + LIST_MARK.length;
  }
  return true;
}
