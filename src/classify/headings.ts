// What the topic and parts passes both ask of a section heading (its title in the view, whether
// it names the year's measures or the leaders' duty), found once per heading and document.
import { MEASURES_CUES } from '../data/parts.js';
import type { Doc } from '../document.js';
import { viewTitle } from '../lists/sectionText.js';
import type { Section } from '../schema.js';
import { CueSet, namesDuty } from './headingCues.js';

export interface Heading {
  /** The heading's title in the view (simplified characters). */
  readonly title: string;
  /** The title names the first-responsible-person duty (第一责任). */
  readonly duty: boolean;
  /** The title names the year's measures and results (主要举措和成效, 工作情况 …). */
  readonly measures: boolean;
}

const MEASURES = new CueSet(MEASURES_CUES);

/** A heading read, with where it starts and its raw title (the section it was read for). */
interface Read {
  readonly start: number;
  readonly raw: string;
  readonly heading: Heading;
}

/**
 * The headings read so far of the document read last, in the order the topic pass read them: the
 * parts pass right after it asks them again in the same order (both walk the tree parent first),
 * so the next one expected is compared, with no map; a heading asked out of that order is read
 * again (the same answer). One slot, not a WeakMap: a WeakMap entry per parse costs more than the
 * headings it would save.
 */
let last: { readonly doc: Doc; readonly read: Read[]; next: number } | null = null;

/** True when `title` names the year's measures and results. */
export function namesMeasures(title: string): boolean {
  return MEASURES.in(title);
}

/** The heading of `s`, read once per document. */
export function headingOf(doc: Doc, s: Section): Heading {
  if (last === null || last.doc !== doc) last = { doc, read: [], next: 0 };
  const slot = last;
  const known = slot.read[slot.next];
  if (known !== undefined && known.start === s.headingSpan.start && known.raw === s.title) {
    slot.next++;
    return known.heading;
  }
  const title = viewTitle(doc, s);
  const heading: Heading = { title, duty: namesDuty(title), measures: MEASURES.in(title) };
  slot.read.push({ start: s.headingSpan.start, raw: s.title, heading });
  return heading;
}

/** Lets the document's headings go (the last pass that asks them is done). */
export function forgetHeadings(doc: Doc): void {
  if (last !== null && last.doc === doc) last = null;
}
