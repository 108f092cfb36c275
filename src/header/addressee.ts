// The salutation line a report opens with: 县委、县政府: / 市人民政府:
import { isTextLine, lineText } from './region.js';
import type { Doc } from '../document.js';
import type { Chrome } from '../pipeline.js';
import type { Span } from '../schema.js';
import { isOrgName } from './orgName.js';

const SALUTATION = /^([\u4e00-\u9fff、]{2,40}) {0,2}:$/u;
const SEARCH_LINES = 12;
const COLON = ':'.charCodeAt(0);

/** The addressee and its span, or null when the report has no salutation. */
export function findAddressee(doc: Doc, chrome: Chrome): { text: string; span: Span } | null {
  let seen = 0;
  for (const line of doc.lines) {
    if (!isTextLine(doc, chrome, line)) continue;
    if (++seen > SEARCH_LINES) break;
    // a salutation ends with its colon: other lines need no regex
    if (doc.view.charCodeAt(line.contentEnd - 1) !== COLON) continue;
    const m = SALUTATION.exec(lineText(doc, line));
    if (!m) continue;
    const parts = m[1]!.trim().split('、');
    if (!parts.every((p) => isOrgName(p) || /^[省市县区镇乡]?(?:委|政府|人民政府)$/u.test(p))) continue;
    const span = { start: line.contentStart, end: line.contentStart + m[1]!.trimEnd().length };
    return { text: doc.input.slice(span.start, span.end), span };
  }
  return null;
}
