// Headings inside a long line: a page scraped with no line breaks runs its headings on after the
// sentence before them (…法治保障。一、坚持党的领导,…引领法治政府建设。一是…). Only the markers of
// a report's own structure (一、 (一) 第一部分) count there, and only right after a full stop.
import type { Line } from '../document.js';
import type { SectionStyle } from '../schema.js';
import { canStartMarker, CODE_SPACE } from './chars.js';
import { readMarker, type MarkerMatch } from './marker.js';

/** A line this long is a page (or much of one) run together, not a paragraph under a heading. */
export const RUN_ON_LINE_MIN = 300;
const FULL_STOP = '。'.charCodeAt(0);
const RUN_ON_STYLES: readonly SectionStyle[] = ['cn', 'cn-paren', 'part'];

/** The markers of structure that stand right after a full stop inside `line` (not at its start). */
export function runOnMarkers(view: string, line: Line): MarkerMatch[] {
  const out: MarkerMatch[] = [];
  if (line.contentEnd - line.contentStart < RUN_ON_LINE_MIN) return out;
  for (let i = line.contentStart; i < line.contentEnd; i++) {
    if (view.charCodeAt(i) !== FULL_STOP) continue;
    let at = i + 1;
    if (!canStartMarker(view.charCodeAt(at)) && view.charCodeAt(at) !== CODE_SPACE) continue;
    while (at < line.contentEnd && view.charCodeAt(at) === CODE_SPACE) at++;
    const marker = readMarker(view, at, line.contentEnd);
    if (marker && RUN_ON_STYLES.includes(marker.style)) out.push(marker);
  }
  return out;
}
