// HTML → text with a real HTML parser (htmlparser2): scripts, styles and navigation are dropped,
// entities decoded, whitespace collapsed as a browser does (a line break between two Chinese
// characters disappears, CSS Text 3 §4.1.2), blocks become lines and <p>/headings paragraphs.
import { Parser } from 'htmlparser2';
import {
  BLOCK_ELEMENTS,
  CELL_ELEMENTS,
  DROPPED_ELEMENTS,
  DROPPED_ROLES,
  PARAGRAPH_ELEMENTS,
  PREFORMATTED_ELEMENTS,
} from './data/htmlElements.js';

/** East Asian wide characters (CJK, kana, hangul, full-width forms, surrogate halves of CJK ext.). */
const WIDE = /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uD800-\uDFFF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/;
const HTML_SPACE = /[ \t\n\r\f]/;

function isDropped(name: string, attribs: Record<string, string>): boolean {
  if (DROPPED_ELEMENTS.has(name)) return true;
  if ('hidden' in attribs) return true;
  if (attribs['aria-hidden'] === 'true') return true;
  const role = attribs.role?.trim().toLowerCase();
  return role !== undefined && DROPPED_ROLES.has(role);
}

/** Builds lines from text runs and break requests. */
class TextBuilder {
  private readonly lines: string[] = [];
  private line = '';
  private pendingSpace = false;
  private pendingSegmentBreak = false;

  text(chunk: string, preformatted: boolean): void {
    if (preformatted) {
      this.flushSpace('x');
      const parts = chunk.replace(/\r\n?/g, '\n').split('\n');
      parts.forEach((part, i) => {
        if (i > 0) this.hardBreak();
        this.line += part;
      });
      return;
    }
    for (const ch of chunk) {
      if (HTML_SPACE.test(ch)) {
        this.pendingSpace = true;
        if (ch === '\n' || ch === '\r') this.pendingSegmentBreak = true;
      } else {
        this.flushSpace(ch);
        this.line += ch;
      }
    }
  }

  /** Emits the pending collapsed space before `next`, unless it falls at a line start or between wide characters. */
  private flushSpace(next: string): void {
    if (this.pendingSpace && this.line !== '') {
      const last = this.line.at(-1) ?? '';
      const between = WIDE.test(last) && WIDE.test(next);
      if (!(this.pendingSegmentBreak && between)) this.line += ' ';
    }
    this.pendingSpace = false;
    this.pendingSegmentBreak = false;
  }

  /** Ends the current line if it has text. */
  softBreak(): void {
    this.pendingSpace = false;
    this.pendingSegmentBreak = false;
    if (this.line.trim() !== '') this.hardBreak();
    else this.line = '';
  }

  /** Ends the current line and leaves one blank line. */
  paragraphBreak(): void {
    this.softBreak();
    if (this.lines.length > 0 && this.lines.at(-1) !== '') this.lines.push('');
  }

  /** <br>: ends the line even when empty; at most one blank line in a row. */
  hardBreak(): void {
    const line = this.line.trimEnd();
    this.line = '';
    this.pendingSpace = false;
    this.pendingSegmentBreak = false;
    if (line === '' && (this.lines.length === 0 || this.lines.at(-1) === '')) return;
    this.lines.push(line);
  }

  /** Separates table cells within a row. */
  cell(): void {
    this.pendingSpace = false;
    if (this.line.trim() !== '') this.line = `${this.line.trimEnd()}\t`;
  }

  finish(): string {
    this.softBreak();
    while (this.lines.at(-1) === '') this.lines.pop();
    return this.lines.join('\n');
  }
}

/** The readable text of an HTML page. */
export function htmlToText(html: string): string {
  if (typeof html !== 'string') throw new TypeError('htmlToText: html must be a string');
  const out = new TextBuilder();
  /** One entry per open element: dropped? preformatted? */
  const stack: { name: string; dropped: boolean; pre: boolean }[] = [];
  let dropped = 0;
  let pre = 0;
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        const entry = { name, dropped: dropped > 0 || isDropped(name, attribs), pre: PREFORMATTED_ELEMENTS.has(name) };
        stack.push(entry);
        if (entry.dropped) dropped += 1;
        if (entry.pre) pre += 1;
        if (entry.dropped) return;
        if (name === 'br') out.hardBreak();
        else if (PARAGRAPH_ELEMENTS.has(name)) out.paragraphBreak();
        else if (BLOCK_ELEMENTS.has(name)) out.softBreak();
        else if (CELL_ELEMENTS.has(name)) out.cell();
      },
      ontext(text) {
        if (dropped === 0) out.text(text, pre > 0);
      },
      onclosetag(name) {
        const entry = stack.pop();
        if (!entry) return;
        if (entry.dropped) dropped -= 1;
        if (entry.pre) pre -= 1;
        if (entry.dropped) return;
        if (PARAGRAPH_ELEMENTS.has(name)) out.paragraphBreak();
        else if (BLOCK_ELEMENTS.has(name)) out.softBreak();
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  return out.finish();
}
