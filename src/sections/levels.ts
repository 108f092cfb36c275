// Levels from the tree the document builds. Headings are read in order against a stack of the
// open ones: a heading continues an open heading of its style (二 after 一: a sibling), or opens a
// level below the current one (一 always may: 一、 right after 一、 is a sub-level, since a
// sibling cannot repeat 一). A heading that does neither is kept only when the sequence vouches
// for it: it continues the numbering its style had at that level under the previous parent
// (1. 2. | (二) | 3.), or the next heading of its style continues it ((二) then (三) when (一)
// was lost). Anything else is a number that happens to open a line.
import { STYLE_DEPTH } from '../data/markers.js';
import type { SectionStyle } from '../schema.js';
import type { Candidate } from './candidates.js';

export interface Leveled {
  readonly heading: Candidate;
  readonly level: number;
}

interface Open {
  readonly style: SectionStyle;
  readonly ordinal: number;
}

const depthOf = (style: SectionStyle): number => STYLE_DEPTH.indexOf(style);

/** Deepest level a tree may have, and how often one style may be open at once (一、 inside 一、). */
export const MAX_LEVEL = 8;
const MAX_OPEN_PER_STYLE = 2;
/** How many headings ahead a heading out of sequence may look for the one that continues it. */
const LOOKAHEAD = 40;
/** Headings a page may lose between two siblings (an excerpt that skips (二)(三)): (一) then (四). */
const MAX_GAP = 3;
/** The styles of a report's own structure (一、 (一) 第一部分); a list (1. (1) ①) loses at most one. */
const STRUCTURE_STYLES: readonly SectionStyle[] = ['cn', 'cn-paren', 'part'];

/** One number for a style at a stack index (the index stays below MAX_LEVEL). */
const placeKey = (style: SectionStyle, at: number): number => depthOf(style) * (MAX_LEVEL + 1) + at;

/** The deepest open heading of `style` that `ordinal` follows (its sibling), or -1. */
function siblingOf(stack: readonly Open[], style: SectionStyle, ordinal: number): number {
  for (let i = stack.length - 1; i >= 0; i--) if (stack[i]!.style === style && ordinal === stack[i]!.ordinal + 1) return i;
  return -1;
}

/** The deepest open heading of `style` that `ordinal` repeats or follows with at most `maxGap` lost between, or -1. */
function afterGap(stack: readonly Open[], style: SectionStyle, ordinal: number, maxGap: number): number {
  for (let i = stack.length - 1; i >= 0; i--) {
    const o = stack[i]!;
    if (o.style === style && ((ordinal > o.ordinal + 1 && ordinal <= o.ordinal + maxGap) || ordinal === o.ordinal)) return i;
  }
  return -1;
}

/**
 * Index in the stack a style opens at when no heading of it is open: below the deepest open heading
 * whose style usually sits above it (a child of the current heading when that one does).
 */
function placeNewStyle(stack: readonly Open[], style: SectionStyle): number {
  const depth = depthOf(style);
  for (let i = stack.length - 1; i >= 0; i--) if (depthOf(stack[i]!.style) < depth) return i + 1;
  return 0;
}

/**
 * True when a later heading of the same style continues `ordinal` before the parent level closes
 * (the parents are the first `parents` headings of the stack).
 */
function continuedLater(candidates: readonly Candidate[], from: number, style: SectionStyle, ordinal: number, stack: readonly Open[], parents: number): boolean {
  for (let j = from + 1; j < Math.min(candidates.length, from + 1 + LOOKAHEAD); j++) {
    const next = candidates[j]!.marker;
    if (next.style === style) return next.ordinal === ordinal + 1;
    for (let k = 0; k < parents; k++) if (stack[k]!.style === next.style && next.ordinal === stack[k]!.ordinal + 1) return false;
  }
  return false;
}

export interface LevelResult {
  readonly sections: Leveled[];
  readonly warnings: string[];
}

/**
 * The last ordinal seen for each style at each stack index (by placeKey), NaN where none was: one
 * table for every call (assignLevels calls nothing that calls it again), where a Map was made per
 * document.
 */
const LAST_AT = new Float64Array(STYLE_DEPTH.length * (MAX_LEVEL + 1));

/** Opens `heading` at stack index `at`: closes what is open at and below it. */
function openAt(stack: Open[], sections: Leveled[], at: number, heading: Candidate): void {
  const { style, ordinal } = heading.marker;
  // popped, not cut by setting the length (a call into the runtime each time)
  while (stack.length > at) stack.pop();
  stack.push({ style, ordinal });
  LAST_AT[placeKey(style, at)] = ordinal;
  sections.push({ heading, level: at + 1 });
}

export function assignLevels(candidates: readonly Candidate[], input: string): LevelResult {
  const stack: Open[] = [];
  LAST_AT.fill(NaN);
  const sections: Leveled[] = [];
  const warnings: string[] = [];
  const rejected: Candidate[] = [];
  for (let i = 0; i < candidates.length; i++) {
    const heading = candidates[i]!;
    const { style, ordinal } = heading.marker;
    const sibling = siblingOf(stack, style, ordinal);
    if (sibling >= 0) {
      openAt(stack, sections, sibling, heading);
      continue;
    }
    let openOfStyle = 0;
    for (const o of stack) if (o.style === style) openOfStyle++;
    if (ordinal === 1 && stack.length < MAX_LEVEL && openOfStyle < MAX_OPEN_PER_STYLE) {
      openAt(stack, sections, stack.length, heading);
      continue;
    }
    // A marker lost or repeated between siblings: (一) (三), or (二) (二).
    const maxGap = STRUCTURE_STYLES.includes(style) ? MAX_GAP : 2;
    const gap = afterGap(stack, style, ordinal, maxGap);
    if (gap >= 0) {
      openAt(stack, sections, gap, heading);
      continue;
    }
    if (openOfStyle === 0 && stack.length < MAX_LEVEL) {
      const at = placeNewStyle(stack, style);
      const continues = LAST_AT[placeKey(style, at)] === ordinal - 1;
      if (continues || continuedLater(candidates, i, style, ordinal, stack, at)) {
        openAt(stack, sections, at, heading);
        continue;
      }
    }
    rejected.push(heading);
  }
  const first = rejected[0];
  if (first) {
    const example = input.slice(first.marker.start, first.titleEnd);
    const more = rejected.length > 1 ? ` and ${rejected.length - 1} more` : '';
    warnings.push(`sections: not read as sections, out of sequence: ${example}${more}`);
  }
  return { sections, warnings };
}
