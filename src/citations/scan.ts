// Every title in 《…》 of a text, in one pass: a stack of open 《, so a title quoted inside another
// (《关于印发《…方案》的通知》) stays part of it, and an unclosed 《 is given up at the end of its line
// or after TITLE_MAX characters: the scan never looks back, so it stays linear.
import type { Span } from '../schema.js';

/** A cited title is never longer than this (the longest real ones are about 80 characters). */
export const TITLE_MAX = 200;

interface Open {
  readonly start: number;
  /** Titles closed inside this one (null while none): cited on their own if this one is never closed. */
  inner: Span[] | null;
}

const OPEN = 0x300a; // 《
const CLOSE = 0x300b; // 》
const LF = 0x0a;

/**
 * The next 《, 》 or line feed at or after `from`, or -1. Asked only while a title is open: with
 * none open, only the next 《 matters (a 》 or a line end changes nothing) and indexOf finds it.
 */
function nextEvent(view: string, from: number): number {
  for (let k = from; k < view.length; k++) {
    const c = view.charCodeAt(k);
    if (c === OPEN || c === CLOSE || c === LF) return k;
  }
  return -1;
}

function isSorted(spans: readonly Span[]): boolean {
  for (let k = 1; k < spans.length; k++) if (spans[k]!.start < spans[k - 1]!.start) return false;
  return true;
}

/** The spans of 《…》 in `view` (each from 《 to past 》), outermost titles only, in order. */
export function scanTitles(view: string): Span[] {
  const out: Span[] = [];
  const stack: Open[] = [];
  let bottom = 0; // frames below this index were given up
  const giveUp = (frame: Open) => {
    if (frame.inner !== null) out.push(...frame.inner);
  };
  for (let i = view.indexOf('《'); i >= 0; ) {
    // the oldest open 《 too far back is given up; its closed inner titles stand alone
    while (stack.length > bottom && i - stack[bottom]!.start > TITLE_MAX) giveUp(stack[bottom++]!);
    const c = view.charCodeAt(i);
    if (c === OPEN) {
      if (bottom === stack.length && bottom !== 0) {
        stack.length = 0;
        bottom = 0;
      }
      stack.push({ start: i, inner: null });
    } else if (c === CLOSE && stack.length > bottom) {
      const frame = stack.pop()!;
      const span = { start: frame.start, end: i + 1 };
      if (stack.length > bottom) (stack[stack.length - 1]!.inner ??= []).push(span);
      else out.push(span);
    } else if (c === LF) {
      for (let k = bottom; k < stack.length; k++) giveUp(stack[k]!);
      stack.length = 0;
      bottom = 0;
    }
    if (stack.length === bottom) {
      if (bottom !== 0) {
        stack.length = 0;
        bottom = 0;
      }
      i = view.indexOf('《', i + 1);
    } else i = nextEvent(view, i + 1);
  }
  for (let k = bottom; k < stack.length; k++) giveUp(stack[k]!);
  return isSorted(out) ? out : out.sort((a, b) => a.start - b.start);
}
