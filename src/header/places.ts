// Places a document names, by level: 江苏省 in 《江苏省安全生产条例》, 蒙城县 in “蒙城县‘5+N’…”.
// Used to complete a bare mention (省应急管理厅, 县司法局) with the one place of its level the
// document itself names; never a place the document does not name.
import { NOT_NAME_STARTS } from '../data/issuerNames.js';

/** A place opens a document title or a quotation, or a line (after 关于): 《蒙城县…, “江苏省…. */
const PLACE_AT = /(?:关于)?(?:(?:\d{4}|[〇零一二三四五六七八九]{4})年度?)?([\u4e00-\u9fff]{2,5}?)([省市县区镇乡])/y;
/** Characters after which a place may open: an opening bracket or quotation, a line break (global, to jump between them). */
const OPENER = /[《“"(\n\r\u2028\u2029]/gu;

/** Counts of each place of `level` the text names at its start or after an opening bracket or quotation. */
export function placesOfLevel(text: string, level: string): Map<string, number> {
  const counts = new Map<string, number>();
  let done = 0;
  const tryAt = (at: number): void => {
    PLACE_AT.lastIndex = at;
    const m = PLACE_AT.exec(text);
    if (!m) return;
    done = at + m[0].length;
    if (m[2] !== level) return;
    const place = m[1]!;
    if (NOT_NAME_STARTS.some((s) => place.startsWith(s))) return;
    counts.set(place, (counts.get(place) ?? 0) + 1);
  };
  if (text.length > 0) tryAt(0);
  // only the offsets right after an opener are tried: the regex engine finds them, not a loop in JS
  OPENER.lastIndex = 0;
  for (let m = OPENER.exec(text); m; m = OPENER.exec(text)) {
    const at = m.index + 1;
    if (at >= done && at < text.length) tryAt(at);
  }
  return counts;
}

/**
 * The place to put before a bare mention `rest` of `level` (县 + 司法局): one that the text names
 * right before `rest`, else the only (or clearly most frequent) place of that level; else null.
 */
export function placeFor(text: string, level: string, rest: string): string | null {
  const counts = placesOfLevel(text, level);
  if (counts.size === 0) return null;
  const head = rest.slice(0, 2);
  const direct = [...counts.keys()].filter((p) => head !== '' && text.includes(`${p}${level}${head}`));
  if (direct.length === 1) return direct[0]!;
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  const [top, second] = ranked;
  if (!top) return null;
  return !second || top[1] > second[1] ? top[0] : null;
}
