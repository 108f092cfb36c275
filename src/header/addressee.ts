// The salutation line a report opens with: 县委、县政府: / 市人民政府:
import type { TopText } from './topText.js';
import type { Span } from '../schema.js';
import { isOrgName } from './orgName.js';

const SALUTATION = /^([\u4e00-\u9fff、]{2,40}) {0,2}:$/u;
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
    // a salutation ends with its colon: other lines need no regex
    if (doc.view.charCodeAt(line.contentEnd - 1) !== COLON) continue;
    const m = SALUTATION.exec(top.text(k));
    if (!m || !allBodies(m[1]!)) continue;
    const span = { start: line.contentStart, end: line.contentStart + m[1]!.length };
    return { text: doc.input.slice(span.start, span.end), span };
  }
  return null;
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
