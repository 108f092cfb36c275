// Lines that open with a heading marker and heading text: the candidates for sections, before the
// sequence of markers decides which of them the document's tree keeps.
import { SENTENCE_CONTINUES } from '../data/markers.js';
import { isBlankLine, type Doc, type Line } from '../document.js';
import { inChrome, type Chrome } from '../pipeline.js';
import { canStartMarker, CODE_CLOSE, CODE_SPACE, CodeSet } from './chars.js';
import { readMarker, type MarkerMatch } from './marker.js';
import { beforeSpacedSentence, beforeYearSentence, RUN_ON_LINE_MIN, runOnMarkers, SPACED_STYLES } from './runOn.js';
import { findTitleEnd } from './title.js';

export interface Candidate {
  readonly marker: MarkerMatch;
  readonly titleStart: number;
  readonly titleEnd: number;
  /** The line the title is on (the marker's own line, or the line under a marker alone). */
  readonly line: Line;
}

export interface CandidateScan {
  readonly candidates: Candidate[];
  readonly warnings: string[];
}

/** Separators allowed between a marker and its title: spaces, and after 第一部分 or (一) also 、:,. */
const SEPARATORS = new CodeSet(' 、:,.');
const CONTINUES = new CodeSet(SENTENCE_CONTINUES);

function inBody(chrome: Chrome, line: Line): boolean {
  return line.contentStart >= chrome.body.start && line.contentStart < chrome.body.end && !inChrome(chrome, line.contentStart);
}

/**
 * Where a page cut short ends: the end of its last line when that line has text and no line break
 * after it (…二、规范), else past the text. A heading ending there, its title not closed, was cut.
 */
function cutEnd(doc: Doc): number {
  const last = doc.lines[doc.lines.length - 1];
  return last && !isBlankLine(last) ? last.contentEnd : doc.view.length + 1;
}

function titleStartAfter(view: string, marker: MarkerMatch, limit: number): number {
  let at = marker.end;
  const closedMarker = marker.style === 'part' || view.charCodeAt(marker.end - 1) === CODE_CLOSE;
  if (closedMarker) while (at < limit && SEPARATORS.has(view.charCodeAt(at))) at++;
  else while (at < limit && view.charCodeAt(at) === CODE_SPACE) at++;
  return at;
}

/**
 * The marker opening a line, read once: a line is asked about as the line under a marker alone,
 * then as itself (one entry kept is enough, lines are read in order).
 */
class LineMarkers {
  private index = -1;
  private marker: MarkerMatch | null = null;

  constructor(private readonly view: string) {}

  of(line: Line): MarkerMatch | null {
    if (line.index !== this.index) {
      this.index = line.index;
      this.marker = readMarker(this.view, line.contentStart, line.contentEnd);
    }
    return this.marker;
  }
}

/** Blank lines skipped between a marker alone on its line and the title under it, at most. */
const MAX_BLANKS_BEFORE_TITLE = 1;

/** The line holding the title of a marker that stands alone on `line` (一、 / 主要成效), or null. */
function titleLineUnder(doc: Doc, chrome: Chrome, markers: LineMarkers, line: Line): Line | null {
  for (let i = line.index + 1; i <= line.index + 1 + MAX_BLANKS_BEFORE_TITLE && i < doc.lines.length; i++) {
    const next = doc.lines[i]!;
    if (isBlankLine(next)) continue;
    const marked = markers.of(next) !== null;
    return !marked && inBody(chrome, next) ? next : null;
  }
  return null;
}

/** Reads the heading on `line` (or, for a marker alone, on the line under it), or null. */
function readHeading(doc: Doc, chrome: Chrome, markers: LineMarkers, line: Line, end: number): Candidate | null {
  const { view } = doc;
  const marker = markers.of(line);
  if (!marker) return null;
  let titleLine: Line | null = line;
  let titleStart = titleStartAfter(view, marker, line.contentEnd);
  if (titleStart === line.contentEnd) {
    titleLine = titleLineUnder(doc, chrome, markers, line);
    if (!titleLine) return null;
    titleStart = titleLine.contentStart;
  }
  const title = findTitleEnd(view, titleStart, titleLine.contentEnd);
  if (title.end <= titleStart) return null;
  // A heading with nothing after it and no closing stop: the page was cut inside the heading.
  if (!title.closed && titleLine.contentEnd >= end) return null;
  return { marker, titleStart, titleEnd: title.end, line: titleLine };
}

/**
 * The headings a long line runs on after its sentences (a page scraped with no line breaks). Each
 * title is looked for up to the next such heading, not to the end of the line: a title that holds
 * an unclosed quote or a 一是 would otherwise scan the rest of the line once per heading.
 */
function runOnHeadings(doc: Doc, line: Line, end: number): Candidate[] {
  const out: Candidate[] = [];
  const markers = runOnMarkers(doc.view, line);
  for (let k = 0; k < markers.length; k++) {
    const marker = markers[k]!;
    const next = markers[k + 1];
    const scanEnd = next ? next.start : line.contentEnd;
    const titleStart = titleStartAfter(doc.view, marker, scanEnd);
    const title = findTitleEnd(doc.view, titleStart, scanEnd);
    if (title.end <= titleStart || (!title.closed && scanEnd >= end)) continue;
    let titleEnd = beforeSpacedSentence(doc.view, titleStart, beforeYearSentence(doc.view, titleStart, title.end));
    // the space a line break left before the sentence is no part of the title
    while (titleEnd > titleStart && doc.view.charCodeAt(titleEnd - 1) === CODE_SPACE) titleEnd--;
    const heading: Candidate = { marker, titleStart, titleEnd, line };
    out.push(heading);
    // 一、主要举措和成效(一)加强组织领导。: the first sub-heading runs on after the heading's title
    const child = childRunOn(doc, heading, end, scanEnd);
    if (child) out.push(child);
  }
  return out;
}

/** How far past a heading's title the marker that ended it may start (spaces, a comma). */
const CHILD_MARKER_REACH = 3;
/** Styles of headings whose first sub-heading may run on after their title on the same line. */
const PARENT_STYLES = new Set(['cn', 'part']);

/**
 * The first sub-heading run on after a heading's title on its line: 一、强化组织保障(一)健全工作机制。
 * (the title of 一、 ends where (一) starts; (一) opens a heading of its own), 一、工作安排 1.抓好… (1.
 * after the space a line break left), or null. Read up to
 * `lineEnd` (a run-on heading's: the next run-on heading).
 */
function childRunOn(doc: Doc, heading: Candidate, end: number, lineEnd = heading.line.contentEnd): Candidate | null {
  if (!PARENT_STYLES.has(heading.marker.style)) return null;
  const { view } = doc;
  for (let at = heading.titleEnd; at < lineEnd && at <= heading.titleEnd + CHILD_MARKER_REACH; at++) {
    if (!canStartMarker(view.charCodeAt(at))) continue;
    const marker = readMarker(view, at, lineEnd);
    // (一) glued to the title, or 1. / (1) after the space a line break left
    if (!marker || marker.ordinal !== 1 || !(marker.style === 'cn-paren' || (at > heading.titleEnd && SPACED_STYLES.includes(marker.style)))) return null;
    const titleStart = titleStartAfter(view, marker, lineEnd);
    const title = findTitleEnd(view, titleStart, lineEnd);
    if (title.end <= titleStart || (!title.closed && lineEnd >= end)) return null;
    return { marker, titleStart, titleEnd: title.end, line: heading.line };
  }
  return null;
}

const NO_CANDIDATES: readonly Candidate[] = [];

/** Every line of the body that reads as a heading, in document order. */
export function findCandidates(doc: Doc, chrome: Chrome): CandidateScan {
  const candidates: Candidate[] = [];
  const warnings: string[] = [];
  const end = cutEnd(doc);
  let previous: Line | null = null;
  let lastHeadingLine: Line | null = null;
  const markers = new LineMarkers(doc.view);
  for (const line of doc.lines) {
    if (isBlankLine(line) || !inBody(chrome, line)) continue;
    // most lines are too short to run headings on: no scan, no list
    const runOn = line.contentEnd - line.contentStart < RUN_ON_LINE_MIN ? NO_CANDIDATES : runOnHeadings(doc, line, end);
    // A heading opens with a marker character: every other line is text, after one test.
    if (!canStartMarker(doc.view.charCodeAt(line.contentStart))) {
      if (runOn.length > 0) candidates.push(...runOn);
      previous = line;
      continue;
    }
    const heading = readHeading(doc, chrome, markers, line, end);
    // A line after a paragraph that breaks off mid-sentence (…、 / …,) goes on with that sentence.
    const afterOpenSentence =
      previous !== null && previous !== lastHeadingLine && CONTINUES.has(doc.view.charCodeAt(previous.contentEnd - 1));
    if (heading && !afterOpenSentence) {
      candidates.push(heading);
      const child = childRunOn(doc, heading, end);
      if (child) candidates.push(child);
      lastHeadingLine = heading.line;
    }
    else if (!heading && line.contentEnd >= end && markers.of(line)) {
      warnings.push(`sections: the text ends inside a heading: ${doc.input.slice(line.contentStart, line.contentEnd)}`);
    }
    if (runOn.length > 0) candidates.push(...runOn);
    previous = line;
  }
  return { candidates, warnings };
}
