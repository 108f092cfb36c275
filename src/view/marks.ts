// Spans of the text → one HTML string with each span wrapped in its own element. Spans may nest
// (a metric inside a problem inside a section) and may cross; a crossing element is closed and
// reopened around the boundary (only its first piece carries the id). An atomic span (a metric) is
// never cut: a boundary of another span that falls inside it is moved to its edge.
import { escapeHtml } from './escape.js';

export interface Mark {
  start: number;
  end: number;
  /** Lower is outer: at the same start, lower ranks open first. */
  rank: number;
  tag: string;
  /** The element's class. */
  className: string;
  /** Attributes of the first piece only (id …), values unescaped. */
  first?: Readonly<Record<string, string>>;
  /** Attributes of every piece (data-…), values unescaped. */
  attrs?: Readonly<Record<string, string>>;
  /** Never split: other spans' boundaries inside it move to its edges. */
  atomic?: boolean;
}

function attributes(attrs: Readonly<Record<string, string>> | undefined): string {
  if (!attrs) return '';
  let out = '';
  for (const [name, value] of Object.entries(attrs)) out += ` ${name}="${escapeHtml(value)}"`;
  return out;
}

function openTag(mark: Mark, firstPiece: boolean): string {
  const cls = firstPiece ? mark.className : `${mark.className} cont`;
  return `<${mark.tag} class="${cls}"${firstPiece ? attributes(mark.first) : ''}${attributes(mark.attrs)}>`;
}

/** Atomic spans that do not overlap one another, in order; an overlapping one loses atomicity. */
function atomicSpans(marks: readonly Mark[]): Mark[] {
  const atomic = marks.filter((m) => m.atomic).sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Mark[] = [];
  for (const m of atomic) {
    const last = kept[kept.length - 1];
    if (last && m.start < last.end) continue;
    kept.push(m);
  }
  return kept;
}

/** The atomic span strictly containing `offset` (start < offset < end), by binary search. */
function atomicAround(atomic: readonly Mark[], offset: number): Mark | null {
  let lo = 0;
  let hi = atomic.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const m = atomic[mid]!;
    if (offset <= m.start) hi = mid - 1;
    else if (offset >= m.end) lo = mid + 1;
    else return m;
  }
  return null;
}

/** Clamps spans to the text, drops empty ones and moves boundaries out of atomic spans. */
function normalise(text: string, marks: readonly Mark[]): Mark[] {
  const clamped = marks
    .map((m) => ({ ...m, start: Math.max(0, Math.min(m.start, text.length)), end: Math.max(0, Math.min(m.end, text.length)) }))
    .filter((m) => m.end > m.start);
  const atomic = new Set(atomicSpans(clamped));
  const sortedAtomic = [...atomic].sort((a, b) => a.start - b.start);
  return clamped.map((m) => {
    if (atomic.has(m)) return m;
    const start = atomicAround(sortedAtomic, m.start)?.start ?? m.start;
    const end = atomicAround(sortedAtomic, m.end)?.end ?? m.end;
    return { ...m, start, end, atomic: false };
  });
}

/** `text` as HTML, every mark wrapped around its span; text outside markup is escaped. */
export function renderMarked(text: string, marks: readonly Mark[]): string {
  const opening = normalise(text, marks).sort((a, b) => a.start - b.start || b.end - a.end || a.rank - b.rank);
  const ends = opening.map((m) => m.end).sort((a, b) => a - b);
  const parts: string[] = [];
  const stack: Mark[] = [];
  let at = 0;
  let nextOpen = 0;
  let nextEnd = 0;
  while (nextOpen < opening.length || nextEnd < ends.length) {
    const pos = Math.min(opening[nextOpen]?.start ?? Infinity, ends[nextEnd] ?? Infinity);
    if (pos > at) parts.push(escapeHtml(text.slice(at, pos)));
    at = pos;
    while (nextEnd < ends.length && ends[nextEnd] === pos) nextEnd += 1;
    closeEndingAt(pos, stack, parts);
    while (nextOpen < opening.length && opening[nextOpen]!.start === pos) {
      const mark = opening[nextOpen]!;
      parts.push(openTag(mark, true));
      stack.push(mark);
      nextOpen += 1;
    }
  }
  if (at < text.length) parts.push(escapeHtml(text.slice(at)));
  return parts.join('');
}

/** Closes every open element that ends at `pos`; those above it on the stack are reopened. */
function closeEndingAt(pos: number, stack: Mark[], parts: string[]): void {
  let deepest = -1;
  for (let i = 0; i < stack.length; i += 1) {
    if (stack[i]!.end === pos) {
      deepest = i;
      break;
    }
  }
  if (deepest < 0) return;
  const reopen: Mark[] = [];
  while (stack.length > deepest) {
    const mark = stack.pop()!;
    parts.push(`</${mark.tag}>`);
    if (mark.end !== pos) reopen.push(mark);
  }
  for (let i = reopen.length - 1; i >= 0; i -= 1) {
    parts.push(openTag(reopen[i]!, false));
    stack.push(reopen[i]!);
  }
}
