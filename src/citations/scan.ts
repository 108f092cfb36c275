// Every title in 《…》 of a text, in one pass: a stack of open 《, so a title quoted inside another
// (《关于印发《…方案》的通知》) stays part of it, and an unclosed 《 is given up at the end of its line
// or after TITLE_MAX characters: the scan never looks back, so it stays linear.
import type { Span } from '../schema.js';

/** A cited title is never longer than this (the longest real ones are about 80 characters). */
export const TITLE_MAX = 200;

interface Open {
  readonly start: number;
  /** Titles closed inside this one: cited on their own if this one is never closed. */
  inner: Span[];
}

/** The characters the scan stops at; everything between them is passed over by the regex engine. */
const EVENT = /[《》\n]/gu;

/** The spans of 《…》 in `view` (each from 《 to past 》), outermost titles only, in order. */
export function scanTitles(view: string): Span[] {
  const out: Span[] = [];
  if (!view.includes('《')) return out;
  const stack: Open[] = [];
  let bottom = 0; // frames below this index were given up
  const giveUp = (frame: Open) => out.push(...frame.inner);
  EVENT.lastIndex = 0;
  for (let m = EVENT.exec(view); m; m = EVENT.exec(view)) {
    const i = m.index;
    // the oldest open 《 too far back is given up; its closed inner titles stand alone
    while (stack.length > bottom && i - stack[bottom]!.start > TITLE_MAX) giveUp(stack[bottom++]!);
    if (bottom === stack.length) {
      stack.length = 0;
      bottom = 0;
    }
    const c = m[0];
    if (c === '《') {
      stack.push({ start: i, inner: [] });
    } else if (c === '》' && stack.length > bottom) {
      const frame = stack.pop()!;
      const span = { start: frame.start, end: i + 1 };
      if (stack.length > bottom) stack[stack.length - 1]!.inner.push(span);
      else out.push(span);
    } else if (c === '\n') {
      for (let k = bottom; k < stack.length; k++) giveUp(stack[k]!);
      stack.length = 0;
      bottom = 0;
    }
  }
  for (let k = bottom; k < stack.length; k++) giveUp(stack[k]!);
  return out.sort((a, b) => a.start - b.start);
}
