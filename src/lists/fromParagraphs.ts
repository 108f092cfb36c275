// Problems and plans from plain paragraphs, for reports without a problems or plans section.
import { anyInBitTable, bitTable } from '../charTable.js';
import type { Doc } from '../document.js';
import { HEADING_CUE_CHARS, headingRole, type HeadingRole } from '../data/listCues.js';
import { ADMISSION, LIST_END, PARAGRAPH_CUE_CHARS, PROBLEM_WORD, WE_WILL } from '../data/listParagraphCues.js';
import type { Section, Span } from '../schema.js';
import type { Lists } from './fromSections.js';
import { inlineProblems } from './inlineList.js';
import { makeItem } from './item.js';
import { mayHeadWhatFollows, isIntro, isPlanOpener } from './paragraphKinds.js';
import { regionItems, splitAtPlans } from './regions.js';
import { sectionItemSpan } from './sectionText.js';
import { enumMarkers, paragraphs, sentences } from './text.js';

/** What the paragraph reader needs to know about the rest of the report. */
export interface ParagraphContext {
  /** Where to look: the report's body. */
  body: Span;
  /**
   * Stretches already read (problems/plans sections) or not report text (chrome, the title), as
   * lists of spans each read on its own (none is copied into one list and sorted).
   */
  skip: readonly (readonly Span[])[];
  /** Sections by the start offset of their heading line, with the siblings they stand among. */
  headings: ReadonlyMap<number, SectionPlace>;
  reportYear: number | null;
  /** Which lists still need paragraphs. */
  want: { problems: boolean; plans: boolean };
}

/** A section and the list of siblings it belongs to. */
export interface SectionPlace {
  section: Section;
  siblings: readonly Section[];
  index: number;
}

/** Sections by the start of their heading line (`lineStart` maps an offset to its line's content start). */
export function placeHeadings(sections: readonly Section[], lineStart: (offset: number) => number, out = new Map<number, SectionPlace>()): Map<number, SectionPlace> {
  for (let index = 0; index < sections.length; index++) {
    const section = sections[index]!;
    out.set(lineStart(section.headingSpan.start), { section, siblings: sections, index });
    if (section.children.length > 0) placeHeadings(section.children, lineStart, out);
  }
  return out;
}

/** A paragraph that starts with an inline marker: 一是…, 第二,… */
const MARKER_START = /^(?:[一二三四五六七八九十]是|第[一二三四五六七八九十][,、:]|其[一二三四五六七八九十][,、:])/;
/** How far after the admission the problem word may stand. */
const PROBLEM_WORD_REACH = 16;
/** How far after the problem word the colon before a list of problems may stand (…不足,主要表现在:). */
const MAX_TO_COLON = 20;
/** The most 一是/二是 lines a list runs on for (一是 … 十是). */
const MAX_LIST_LINES = 10;
/** The longest unmarked line read as a heading. */
const MAX_HEADING = 30;

/**
 * Characters a paragraph must hold to head, admit or open anything (see PARAGRAPH_CUE_CHARS), a
 * bit per code: every character of a short paragraph is asked, and 8 KB stay in cache where a
 * word per code would not.
 */
const CUE_CHAR = bitTable(HEADING_CUE_CHARS + PARAGRAPH_CUE_CHARS);

/** Paragraphs longer than this are read without the cue-character test (the cue patterns scan natively). */
const CUE_TEST_MAX = 64;

/** Whether `p` may hold a cue: a short paragraph without a cue character (1. / (2) / 表格) is passed over at once. */
function hasCueChar(view: string, p: Span): boolean {
  if (p.end - p.start > CUE_TEST_MAX) return true;
  return anyInBitTable(CUE_CHAR, view, p.start, p.end);
}

/** True when the spans start in increasing order (a stable sort would leave them as they are). */
function inOrder(spans: readonly Span[]): boolean {
  for (let k = 1; k < spans.length; k++) if (spans[k]!.start < spans[k - 1]!.start) return false;
  return true;
}

const byStart = (a: Span, b: Span): number => a.start - b.start;

/**
 * The paragraphs outside every span of `skip` (one pass over the paragraphs and each list, in
 * order). A paragraph that starts inside one and goes on past it keeps what follows it: a page
 * scraped as one line starts with its title and goes on with the whole report.
 */
function outside(view: string, paras: readonly Span[], skip: readonly (readonly Span[])[]): Span[] {
  const lists = skip.map((spans) => (inOrder(spans) ? spans : spans.slice().sort(byStart)));
  const next = lists.map(() => 0);
  const out: Span[] = [];
  let reach = -1; // the furthest end among the spans started so far
  for (const p of paras) {
    for (let l = 0; l < lists.length; l++) {
      const spans = lists[l]!;
      let k = next[l]!;
      while (k < spans.length && spans[k]!.start <= p.start) reach = Math.max(reach, spans[k++]!.end);
      next[l] = k;
    }
    if (p.start >= reach) out.push(p);
    else {
      let start = reach;
      while (start < p.end && /\s/u.test(view[start]!)) start++;
      if (start < p.end) out.push({ start, end: p.end });
    }
  }
  return out;
}

/** The offset where an admission of problems (`m`, ADMISSION's match in `text`) ends with its problem word (仍存在以下不足:), or -1. */
function admissionEnd(text: string, m: RegExpExecArray): number {
  const after = m.index + m[0].length;
  const word = PROBLEM_WORD.exec(text.slice(after, after + PROBLEM_WORD_REACH));
  return word ? after + word.index + word[0].length : -1;
}

/** The places of paragraphs when no section heads any: every index reads undefined. */
const NO_PLACES: readonly (SectionPlace | undefined)[] = [];

export function fromParagraphs(doc: Doc, ctx: ParagraphContext): Lists {
  const lists: Lists = { problems: [], plans: [] };
  // a page scraped into one line: its paragraphs where a sentence's end is followed by spaces
  const paras = outside(doc.view, paragraphs(doc, ctx.body, true), ctx.skip);
  const text = (p: Span): string => doc.view.slice(p.start, p.end);
  // the section each paragraph heads, looked up once per paragraph (the loop asks several times)
  // a report without sections (many pages) looks up nothing
  const places = ctx.headings.size === 0 ? NO_PLACES : paras.map((p) => ctx.headings.get(p.start));
  const isHeading = (k: number): boolean => places[k] !== undefined;
  /** After an intro (…做好以下工作:), the sections that follow it as items, and the index past them. */
  const sectionRun = (i: number): { items: Span[]; next: number } | null => {
    const place = i + 1 < paras.length ? places[i + 1] : undefined;
    if (!place || !isIntro(text(paras[i]!))) return null;
    const run = place.siblings.slice(place.index);
    const end = run[run.length - 1]!.span.end;
    const items = run.map((s) => sectionItemSpan(doc, s)).filter((s): s is Span => s !== null);
    let next = i + 1;
    while (next < paras.length && paras[next]!.start < end) next++;
    return { items, next };
  };
  /** Index past `i` and the paragraphs after it that go on its 一是 list. */
  const markerRun = (i: number): number => {
    let j = i + 1;
    const last = Math.min(paras.length, i + 1 + MAX_LIST_LINES);
    while (j < last && !isHeading(j) && MARKER_START.test(text(paras[j]!))) j++;
    return j;
  };
  const push = (kind: 'problems' | 'plans', spans: readonly Span[]): void => {
    for (const s of spans) lists[kind].push(makeItem(doc, s));
  };
  /** The items of a region under a problems/plans heading; problems give way to plans at 下一步,… */
  const pushRegion = (role: 'problems' | 'plans' | 'both', region: Span): void => {
    if (role === 'plans') {
      if (ctx.want.plans) push('plans', regionItems(doc, region));
      return;
    }
    const { before, after } = splitAtPlans(doc, region, ctx.reportYear);
    if (ctx.want.problems) push('problems', regionItems(doc, before));
    if (after && ctx.want.plans) push('plans', regionItems(doc, after));
  };

  /** The role of paragraph `k` when it is an unmarked heading line, computed once. */
  const roles: (HeadingRole | undefined)[] = new Array<HeadingRole | undefined>(paras.length);
  const bareRole = (k: number): HeadingRole => {
    let role = roles[k];
    if (role === undefined) {
      const q = paras[k]!;
      role = q.end - q.start <= MAX_HEADING && !isHeading(k) ? bareHeadingRole(text(q), ctx.reportYear) : null;
      roles[k] = role;
    }
    return role;
  };

  let i = 0;
  while (i < paras.length) {
    const p = paras[i]!;
    if (!hasCueChar(doc.view, p)) {
      i++;
      continue;
    }
    const t = text(p);
    const role = bareRole(i);
    if (role === 'problems' || role === 'plans' || role === 'both') {
      // an unmarked heading line: 存在的问题 / 下一步工作打算
      let j = i + 1;
      while (j < paras.length && !isHeading(j) && bareRole(j) === null) j++;
      if (j > i + 1) pushRegion(role, { start: paras[i + 1]!.start, end: paras[j - 1]!.end });
      i = j;
      continue;
    }
    const label = isHeading(i) ? null : runInLabel(t, ctx.reportYear);
    if (label) {
      // a run-in label: 存在的问题:… / 下一步打算:一是…
      const j = markerRun(i);
      pushRegion(label.role, { start: p.start + label.end, end: paras[j - 1]!.end });
      i = j;
      continue;
    }
    if (ctx.want.plans && !isHeading(i) && isPlanOpener(t, ctx.reportYear)) {
      const run = sectionRun(i);
      if (run) {
        push('plans', run.items);
        i = run.next;
        continue;
      }
      const j = markerRun(i);
      const region = { start: p.start, end: paras[j - 1]!.end };
      push('plans', enumMarkers(doc, region).length > 0 ? regionItems(doc, region) : sentences(doc, p));
      i = j;
      continue;
    }
    // one reading of the admission: whether there is one, and where it ends
    const admission = ADMISSION.exec(t);
    if (admission) {
      const admitted = admissionEnd(t, admission);
      const run = ctx.want.problems && admitted >= 0 && !isHeading(i) ? sectionRun(i) : null;
      if (run) {
        push('problems', run.items);
        i = run.next;
        continue;
      }
      // the problems, then (maybe in the same paragraph) the plans: …等问题。下一步,…一是…
      const j = admitted >= 0 ? markerRun(i) : i + 1;
      const { before, after } = splitAtPlans(doc, { start: p.start, end: paras[j - 1]!.end }, ctx.reportYear);
      const listed = { start: p.start + Math.max(0, admitted), end: before.end };
      let found = false;
      if (admitted >= 0 && listed.end > listed.start && enumMarkers(doc, listed).length > 0) {
        if (ctx.want.problems) push('problems', regionItems(doc, listed));
        found = true;
      } else if (LIST_END.test(doc.view.slice(before.start, before.end))) {
        for (const s of sentences(doc, before)) {
          const items = inlineProblems(doc, s);
          if (ctx.want.problems) push('problems', items);
          found ||= items.length > 0;
        }
      } else if (admitted >= 0) {
        // …还存在一些差距,主要是:A;B;C。
        const colon = t.indexOf(':', admitted);
        const from = p.start + colon + 1;
        const items = colon >= 0 && colon - admitted <= MAX_TO_COLON && from < before.end ? regionItems(doc, { start: from, end: before.end }) : [];
        if (items.length >= 2) {
          if (ctx.want.problems) push('problems', items);
          found = true;
        }
      }
      if (found && after && ctx.want.plans) push('plans', regionItems(doc, after));
      if (found) {
        i = after || admitted >= 0 ? j : i + 1;
        // the next paragraph says what will be done about them: 为此,我局将…
        if (!after && ctx.want.plans && i < paras.length && !isHeading(i) && WE_WILL.test(text(paras[i]!))) {
          const k = markerRun(i);
          push('plans', regionItems(doc, { start: paras[i]!.start, end: paras[k - 1]!.end }));
          i = k;
        }
        continue;
      }
    }
    i++;
  }
  return lists;
}

/** The longest run-in label: 存在的主要问题和不足: */
const MAX_LABEL = 20;

/** A paragraph that opens with a label and a colon (存在的问题:…): its role and where its text starts. */
function runInLabel(text: string, reportYear: number | null): { role: 'problems' | 'plans' | 'both'; end: number } | null {
  const colon = text.indexOf(':');
  if (colon <= 0 || colon > MAX_LABEL || colon === text.length - 1) return null;
  const role = bareHeadingRole(text.slice(0, colon), reportYear);
  return role === 'problems' || role === 'plans' || role === 'both' ? { role, end: colon + 1 } : null;
}

/** The role of an unmarked short line that is no sentence and no title: it may head what follows. */
function bareHeadingRole(text: string, reportYear: number | null): HeadingRole {
  // a short sentence that lists problems (仍存在A、B等问题。) says them, it heads nothing
  return mayHeadWhatFollows(text) && !LIST_END.test(text) ? headingRole(text, reportYear) : null;
}
