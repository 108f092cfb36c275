// Markup a crawl pipeline leaves in the text it hands over: HTML tags a converter kept (<p>, <br>,
// <span style="…">) and the Markdown an HTML-to-Markdown converter writes (# 标题, **一、…**,
// [上一篇](https://…), ![](…png)). The normalised view reads each as spaces of the same length, a
// block tag as a line break and spaces, so offsets stay the input's (see document.ts).
import { isAsciiDigit } from './charTable.js';

/** The longest tag read, from < to > (a span with a style runs long). */
const TAG_MAX = 300;
/** Tags that break a line (the rest, inline, read as spaces). */
const BLOCK_TAGS = new Set(['p', 'br', 'div', 'li', 'ul', 'ol', 'tr', 'td', 'th', 'table', 'tbody', 'thead', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'section', 'article', 'hr', 'dd', 'dt', 'dl', 'pre', 'blockquote']);
const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const LF = 0x0a;
const SPACE = 0x20;

function isAsciiLetter(c: number): boolean {
  return (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a;
}

/**
 * The HTML tag starting at `i` (a `<` then a letter, or `</` and a letter, closed by `>` before any
 * other `<` or line break, within TAG_MAX): its length, negative for a block tag; 0 where none is.
 */
export function tagAt(input: string, i: number): number {
  let p = i + 1;
  if (input.charCodeAt(p) === SLASH) p++;
  if (!isAsciiLetter(input.charCodeAt(p))) return 0;
  const nameStart = p;
  while (p < input.length && (isAsciiLetter(input.charCodeAt(p)) || isAsciiDigit(input.charCodeAt(p)))) p++;
  const name = input.slice(nameStart, p).toLowerCase();
  // after the name: its end, a space before attributes, or the / of <br/>
  const after = input.charCodeAt(p);
  if (after !== GT && after !== SPACE && after !== SLASH && after !== 0x09) return 0;
  for (let k = p; k < input.length && k - i < TAG_MAX; k++) {
    const c = input.charCodeAt(k);
    if (c === GT) return BLOCK_TAGS.has(name) ? -(k - i + 1) : k - i + 1;
    if (c === LT || c === LF) return 0;
  }
  return 0;
}

const HASH = 0x23;
const STAR = 0x2a;
const OPEN = 0x5b;
const CLOSE = 0x5d;
const PAREN_OPEN = 0x28;
const PAREN_CLOSE = 0x29;
const BANG = 0x21;
/** The longest link text and URL read ([上一篇:…](https://…)). */
const LINK_TEXT_MAX = 200;
const URL_MAX = 400;

/** True when only spaces (or the full-width space) stand between the line's start and `i`. */
function atLineStart(input: string, i: number): boolean {
  for (let k = i - 1; k >= 0; k--) {
    const c = input.charCodeAt(k);
    if (c === LF || c === 0x0d) return true;
    if (c !== SPACE && c !== 0x3000 && c !== 0x09) return false;
  }
  return true;
}

/** The length of a Markdown heading's hashes and space at `i` (## 标题), or 0. */
export function headingHashesAt(input: string, i: number): number {
  let p = i;
  while (p < input.length && p - i < 6 && input.charCodeAt(p) === HASH) p++;
  return input.charCodeAt(p) === SPACE && atLineStart(input, i) ? p - i + 1 : 0;
}

/** 2 where `**` (bold) stands at `i`, else 0. */
export function boldAt(input: string, i: number): number {
  return input.charCodeAt(i) === STAR && input.charCodeAt(i + 1) === STAR ? 2 : 0;
}

/**
 * A Markdown link or image at `i` ([text](url), ![alt](url)) on one line: where its text starts and
 * ends and where the whole ends, or null. The URL holds no space.
 */
export function linkAt(input: string, i: number): { readonly textStart: number; readonly textEnd: number; readonly end: number } | null {
  const image = input.charCodeAt(i) === BANG;
  const open = image ? i + 1 : i;
  if (input.charCodeAt(open) !== OPEN) return null;
  let close = -1;
  for (let k = open + 1; k < input.length && k - open <= LINK_TEXT_MAX; k++) {
    const c = input.charCodeAt(k);
    if (c === CLOSE) {
      close = k;
      break;
    }
    if (c === LF || c === OPEN) return null;
  }
  if (close < 0 || input.charCodeAt(close + 1) !== PAREN_OPEN) return null;
  for (let k = close + 2; k < input.length && k - close <= URL_MAX; k++) {
    const c = input.charCodeAt(k);
    if (c === PAREN_CLOSE) return k === close + 2 ? null : { textStart: image ? k + 1 : open + 1, textEnd: image ? k + 1 : close, end: k + 1 };
    if (c === SPACE || c === LF || c === LT) return null;
  }
  return null;
}

/** Elements whose content is code, not text: read as blank through their closing tag. */
const RAW_TEXT_ELEMENTS: readonly string[] = ['script', 'style'];
const CLOSES: Readonly<Record<string, RegExp>> = { script: /<\/script\s*>/giu, style: /<\/style\s*>/giu };

/**
 * Where each raw-text element's closing tag was last looked for and not found: none stands after
 * that point, so no later opening tag looks again (a text of many unclosed <script>s stays linear).
 */
export interface RawTextMemo {
  script: number;
  style: number;
}

export function rawTextMemo(): RawTextMemo {
  return { script: Number.MAX_SAFE_INTEGER, style: Number.MAX_SAFE_INTEGER };
}

/**
 * The length of a <script> or <style> element at `i`, its content and closing tag included (its
 * code is no text of the page), or 0 where none is.
 */
export function rawTextElementAt(input: string, i: number, memo: RawTextMemo): number {
  for (const name of RAW_TEXT_ELEMENTS) {
    const after = input.charCodeAt(i + 1 + name.length);
    if (after !== GT && after !== SPACE) continue;
    if (input.slice(i + 1, i + 1 + name.length).toLowerCase() !== name) continue;
    const key = name as keyof RawTextMemo;
    if (i >= memo[key]) return 0;
    const close = CLOSES[name]!;
    close.lastIndex = i;
    const m = close.exec(input);
    if (m === null) {
      memo[key] = i;
      return 0;
    }
    return m.index + m[0].length - i;
  }
  return 0;
}
