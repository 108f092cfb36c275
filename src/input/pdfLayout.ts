// A PDF page's text pieces (strings at positions) → lines of text. Pieces on one baseline make a
// line, read left to right; a line that runs to the right margin and is followed by one starting
// at the left margin was wrapped by the page width and is joined to it (also across a page
// break); page numbers (- 3 -, 第3页 共9页, 3/9) and a running header or footer repeated on most
// pages are dropped when they stand first or last on a page.

export interface TextPiece {
  readonly text: string;
  /** Left end of the baseline, in PDF units (y grows upwards). */
  readonly x: number;
  readonly y: number;
  readonly width: number;
  /** Font size (height). */
  readonly size: number;
}

export interface PageLines {
  readonly pieces: readonly TextPiece[];
  readonly width: number;
  readonly height: number;
}

interface Line {
  text: string;
  left: number;
  right: number;
  size: number;
}

/** How many lines at each end of a page may be a header, footer or page number. */
const EDGE_LINES = 2;

const PAGE_NUMBER = [
  /^[-—–－]?\s{0,3}\d{1,4}\s{0,3}[-—–－]?$/u, // 3, - 3 -, —3—
  /^第\s{0,3}\d{1,4}\s{0,3}页(?:\s{0,3}[,，/]?\s{0,3}共\s{0,3}\d{1,4}\s{0,3}页)?$/u, // 第3页, 第3页 共9页
  /^\d{1,4}\s{0,3}\/\s{0,3}\d{1,4}$/u, // 3/9
  /^(?:page\s{0,3})?\d{1,4}\s{0,3}of\s{0,3}\d{1,4}$/iu, // Page 3 of 9
];

function isPageNumber(text: string): boolean {
  const t = text.trim();
  return PAGE_NUMBER.some((re) => re.test(t));
}

const isSpace = (s: string): boolean => s.trim() === '';
const isLatin = (c: string | undefined): boolean => c !== undefined && /[A-Za-z0-9]/u.test(c);

/** The pieces of one page → its lines, top to bottom. */
export function pageLines(pieces: readonly TextPiece[]): Line[] {
  const sorted = [...pieces].sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: TextPiece[][] = [];
  for (const piece of sorted) {
    const row = rows.at(-1);
    const anchor = row?.[0];
    if (row && anchor && Math.abs(anchor.y - piece.y) <= Math.max(anchor.size, piece.size, 1) * 0.5) row.push(piece);
    else rows.push([piece]);
  }
  const lines: Line[] = [];
  for (const row of rows) {
    row.sort((a, b) => a.x - b.x);
    let text = '';
    let end = -Infinity;
    let size = 0;
    for (const piece of row) {
      size = Math.max(size, piece.size);
      const gap = piece.x - end;
      if (text !== '' && gap > piece.size * 0.6 && !isSpace(piece.text) && !text.endsWith(' ')) text += ' ';
      text += piece.text;
      end = Math.max(end, piece.x + piece.width);
    }
    if (isSpace(text)) continue;
    const inked = row.filter((p) => !isSpace(p.text));
    lines.push({ text: text.trim(), left: Math.min(...inked.map((p) => p.x)), right: Math.max(...inked.map((p) => p.x + p.width)), size });
  }
  return lines;
}

/** Running headers and footers: texts (digits aside) at a page's edge on at least half the pages. */
function runningTexts(pages: readonly Line[][]): Set<string> {
  const seen = new Map<string, number>();
  for (const lines of pages) {
    const edge = new Set([...lines.slice(0, EDGE_LINES), ...lines.slice(-EDGE_LINES)].map((l) => l.text.replace(/\d+/gu, '#')));
    for (const key of edge) seen.set(key, (seen.get(key) ?? 0) + 1);
  }
  const running = new Set<string>();
  if (pages.length < 2) return running;
  for (const [key, count] of seen) if (count >= 2 && count * 2 >= pages.length) running.add(key);
  return running;
}

/** Drops page numbers and running headers/footers at the ends of a page. */
function dropChrome(lines: Line[], running: Set<string>): Line[] {
  const drop = (line: Line) => isPageNumber(line.text) || running.has(line.text.replace(/\d+/gu, '#'));
  let start = 0;
  let end = lines.length;
  while (start < Math.min(EDGE_LINES, end) && drop(lines[start]!)) start++;
  while (end > start && lines.length - end < EDGE_LINES && drop(lines[end - 1]!)) end--;
  return lines.slice(start, end);
}

/** Pages → the document's text, one line per printed line, wrapped lines joined. */
export function layoutPages(pages: readonly PageLines[]): string {
  const perPage = pages.map((p) => pageLines(p.pieces));
  const running = runningTexts(perPage);
  const kept = perPage.map((lines, i) => dropChrome(lines, running).map((line) => ({ line, width: pages[i]!.width })));
  // the left margin of the whole document; the right one mirrors it (a last page of short lines
  // has the same margins, and its longest line is no full line)
  let left = Infinity;
  for (const { line } of kept.flat()) left = Math.min(left, line.left);
  let out = '';
  let wrapped = false;
  {
    for (const { line, width } of kept.flat()) {
      const atMargin = line.left <= left + line.size * 0.5;
      if (out !== '') {
        const join = wrapped && atMargin;
        out += join ? (isLatin(out.at(-1)) && isLatin(line.text[0]) ? ' ' : '') : '\n';
      }
      out += line.text;
      wrapped = line.right >= width - left - line.size * 2;
    }
  }
  return out;
}
