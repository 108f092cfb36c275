// report.parts: the four items the 督察工作规定 asks of every annual report, each the spans that
// carry it. A section whose heading names one part is that part (一、2023年法治政府建设主要举措和成效;
// 二、存在的不足和原因; 三、党政主要负责人履行推进法治建设第一责任人职责情况; 四、2024年工作安排); a
// heading naming several (主要举措、成效及存在的问题) is looked into. Without such sections, the
// paragraphs that hold the problems and plans the lists pass found; a report of achievement sections
// only has measures = those sections.
import { LEADERS_DUTY_CUES } from '../data/parts.js';
import { isWhiteSpace } from '../charTable.js';
import { headingRole } from '../data/listCues.js';
import { lineAt, type Doc } from '../document.js';
import { trim } from '../lists/text.js';
import type { Draft, Pass } from '../pipeline.js';
import type { ListItem, Parts, Section, Span } from '../schema.js';
import { isLeadersDuty } from './headingCues.js';
import { forgetHeadings, headingOf, namesMeasures, type Heading } from './headings.js';

type PartKey = keyof Parts;

/** A heading that announces problems among other parts (主要举措、成效和存在的问题). */
const PROBLEM_WORD = /问题|不足|短板|差距/u;

/** How far into a paragraph a leaders' duty cue still opens it. */
const DUTY_OPENING = 60;

/** The parts in the order a heading's parts are listed; a set of them is a mask of these bits. */
const KEYS: readonly PartKey[] = ['measures', 'shortcomings', 'leadersDuty', 'nextYear'];
const MEASURES = 1;
const SHORTCOMINGS = 2;
const LEADERS_DUTY = 4;
const NEXT_YEAR = 8;

/** The parts a heading names, as a mask of KEYS bits. */
function partMask(title: string, reportYear: number | null, heading: Heading | null): number {
  let keys = 0;
  const role = headingRole(title, reportYear);
  if ((heading ? heading.measures : namesMeasures(title)) || role === 'announce') keys |= MEASURES;
  if (role === 'problems' || role === 'both' || role === 'causes' || (role === 'announce' && PROBLEM_WORD.test(title))) keys |= SHORTCOMINGS;
  if ((heading ? heading.duty : true) && isLeadersDuty(title)) keys |= LEADERS_DUTY;
  if (role === 'plans' || role === 'both' || (role === 'announce' && (keys & SHORTCOMINGS) === 0)) keys |= NEXT_YEAR;
  return keys;
}

/** The parts a heading names. */
export function headingParts(title: string, reportYear: number | null, heading: Heading | null = null): PartKey[] {
  const keys = partMask(title, reportYear, heading);
  return KEYS.filter((_, i) => (keys & (1 << i)) !== 0);
}

function emptyParts(): Parts {
  return { measures: [], shortcomings: [], leadersDuty: [], nextYear: [] };
}

/**
 * Sections whose headings name parts, outermost first; `inside` is the part of an enclosing
 * section (a KEYS bit, 0 for none). Gives the parts claimed, as a mask.
 */
function fromSections(doc: Doc, sections: readonly Section[], year: number | null, parts: Parts, inside: number): number {
  let claimed = 0;
  for (const s of sections) {
    const heading = headingOf(doc, s);
    const keys = partMask(heading.title, year, heading) & ~inside;
    if (keys !== 0 && (keys & (keys - 1)) === 0) {
      parts[KEYS[31 - Math.clz32(keys)]!].push(s.span);
      claimed |= keys;
      fromSections(doc, s.children, year, parts, keys); // 一、主要举措和成效 › (二)党政主要负责人履行…情况
    } else {
      const found = fromSections(doc, s.children, year, parts, inside);
      // 一、主要举措、成效和不足 with no sub-section for a part: the whole section carries it
      for (let i = 0; i < KEYS.length; i++) if ((keys & (1 << i)) !== 0 && (found & (1 << i)) === 0) parts[KEYS[i]!].push(s.span);
      claimed |= keys | found;
    }
  }
  return claimed;
}

/** True when only white space stands in `view[from, to)` (read in place, as trim() would find it empty). */
function blank(view: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!isWhiteSpace(view.charCodeAt(k))) return false;
  return true;
}

/** The paragraphs (whole lines) that hold `items`, merged where only line breaks and spaces part them. */
function paragraphsOf(doc: Doc, items: readonly ListItem[]): Span[] {
  const out: Span[] = [];
  for (const it of items) {
    const first = lineAt(doc, it.span.start);
    const last = lineAt(doc, Math.max(it.span.start, it.span.end - 1));
    const span = { start: first.contentStart, end: last.contentEnd };
    const prev = out[out.length - 1];
    if (prev && span.start <= prev.end) prev.end = Math.max(prev.end, span.end);
    else if (prev && blank(doc.view, prev.end, span.start)) prev.end = span.end; // the next line: one block
    else out.push(span);
  }
  return out;
}

/** The body lines on which `cue` stands within DUTY_OPENING of the start, added to `out`. */
function linesOpeningWith(doc: Doc, body: Span, cue: string, out: Span[]): void {
  for (let at = doc.view.indexOf(cue, body.start); at >= 0 && at < body.end; at = doc.view.indexOf(cue, at + 1)) {
    const line = lineAt(doc, at);
    if (line.contentEnd > body.end) break;
    if (at - line.contentStart <= DUTY_OPENING) out.push({ start: line.contentStart, end: line.contentEnd });
  }
}

function byStart(spans: Span[]): Span[] {
  for (let k = 1; k < spans.length; k++) if (spans[k]!.start < spans[k - 1]!.start) return spans.sort((a, b) => a.start - b.start);
  return spans;
}

/** Paragraphs that open on the leaders' duty (党政主要负责人履行推进法治建设第一责任人职责情况…). */
function dutyParagraphs(doc: Doc, draft: Readonly<Draft>): Span[] {
  const { body } = draft.chrome;
  const found: Span[] = [];
  for (const cue of LEADERS_DUTY_CUES) linesOpeningWith(doc, body, cue, found);
  if (found.length === 0) return found;
  const lines = byStart(found);
  return lines.filter(
    (line, i) =>
      (i === 0 || line.start !== lines[i - 1]!.start) &&
      isLeadersDuty(doc.view.slice(line.start, Math.min(line.end, line.start + DUTY_OPENING))),
  );
}

/** The report's parts (INDICATORS.md "Report parts"). */
export function reportParts(doc: Doc, draft: Readonly<Draft>): Parts {
  const parts = emptyParts();
  fromSections(doc, draft.sections, draft.year, parts, 0);
  if (parts.shortcomings.length === 0) parts.shortcomings = paragraphsOf(doc, draft.problems);
  if (parts.nextYear.length === 0) parts.nextYear = paragraphsOf(doc, draft.plans);
  if (parts.leadersDuty.length === 0) parts.leadersDuty = dutyParagraphs(doc, draft);
  if (parts.measures.length === 0) parts.measures = achievements(doc, draft, parts);
  return parts;
}

/** True when `a` lies within one of `spans`. */
function inAny(a: Span, spans: readonly Span[]): boolean {
  for (const b of spans) if (b.start <= a.start && a.end <= b.end) return true;
  return false;
}

/** The lowest start among `spans` (Infinity for none). */
function firstStart(spans: readonly Span[]): number {
  let min = Infinity;
  for (const s of spans) if (s.start < min) min = s.start;
  return min;
}

/**
 * Without a measures heading: the top-level sections that carry no other part, or, in a report
 * without sections, the body from after the title to the first other part.
 */
function achievements(doc: Doc, draft: Readonly<Draft>, parts: Parts): Span[] {
  const { shortcomings, leadersDuty, nextYear } = parts;
  if (draft.sections.length > 0) {
    const out: Span[] = [];
    for (const { span } of draft.sections) {
      if (!inAny(span, shortcomings) && !inAny(span, leadersDuty) && !inAny(span, nextYear)) out.push(span);
    }
    return out;
  }
  const start = Math.max(draft.chrome.body.start, draft.titleSpan?.end ?? 0);
  const end = Math.min(draft.chrome.body.end, firstStart(shortcomings), firstStart(leadersDuty), firstStart(nextYear));
  if (end <= start) return [];
  const span = trim(doc, { start, end });
  return span.end > span.start ? [span] : [];
}

export const partsPass: Pass = {
  name: 'parts',
  run(doc, draft) {
    const parts = reportParts(doc, draft);
    forgetHeadings(doc);
    return { parts };
  },
};
