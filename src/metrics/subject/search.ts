// What every subject strategy reads: the figure, the clause before it and the words after it.
import type { UnitInfo } from '../../data/units.js';
import { objectPosition } from './after.js';
import { clean } from './clean.js';
import { clauseAfter, clauseBefore, type Clause } from './clause.js';

export interface Span {
  start: number;
  end: number;
}

export interface SubjectContext {
  /** Where the figure's words start (before 超过 / 比上年提升 …) and where it ends (after 以上 …). */
  start: number;
  end: number;
  unit: UnitInfo;
  /** Where the subject search must stop on the left (the end of the previous metric). */
  floor: number;
}

/** The longest note in brackets passed over right after a figure. */
const NOTE_MAX = 20;
const OPEN_NOTE = '(';
const CLOSE_NOTE = ')';

/**
 * Where the words after a figure start: right after it, or after a short note in brackets that
 * follows it (开展4次(每个季度进行一次)“双随机”执法检查 → “双随机”执法检查).
 */
function pastNote(view: string, end: number): number {
  if (view[end] !== OPEN_NOTE) return end;
  const close = view.indexOf(CLOSE_NOTE, end + 1);
  if (close < 0 || close - end > NOTE_MAX) return end;
  const note = view.slice(end + 1, close);
  return /[。;!?\n(]/u.test(note) ? end : close + 1;
}

/** A figure's surroundings, each piece worked out once, when a strategy first asks for it. */
export class Search {
  readonly clause: Clause;
  /** False for shares and changes (%, 个百分点): they measure the words before them, not a noun after. */
  readonly shareable: boolean;
  /** The clause after the figure ('' for shares), and where it starts: past a note in brackets (4次(每季度一次)执法检查). */
  readonly after: string;
  readonly afterStart: number;
  private cleaned: string | null = null;
  private object: boolean | null = null;

  constructor(
    readonly view: string,
    readonly ctx: SubjectContext,
  ) {
    this.clause = clauseBefore(view, ctx.start, ctx.floor);
    this.shareable = ctx.unit.kind !== 'percent' && ctx.unit.kind !== 'change';
    this.afterStart = this.shareable ? pastNote(view, ctx.end) : ctx.end;
    this.after = this.shareable ? clauseAfter(view, this.afterStart) : '';
  }

  /** The subject cleaned from the clause before the figure ('' when there is none). */
  before(): string {
    return (this.cleaned ??= clean(this.clause.text));
  }

  /** True when the clause before leaves the figure as an object (objectPosition; asked by several strategies). */
  inObjectPosition(): boolean {
    return (this.object ??= objectPosition(this.clause.text));
  }

  /** Where `s` stands last in [from, to) of the view, or null. */
  locate(s: string, from: number, to: number): Span | null {
    if (!s) return null;
    const at = this.view.lastIndexOf(s, to - s.length);
    return at >= from ? { start: at, end: at + s.length } : null;
  }

  /** Where `s` stands in the words after the figure. */
  locateAfter(s: string): Span | null {
    return this.locate(s, this.afterStart, this.afterStart + this.after.length);
  }
}

/**
 * One way of finding a subject: a span, null for "no subject" (the search stops), or undefined
 * when the strategy does not apply (the next one is tried).
 */
export interface SubjectStrategy {
  readonly name: string;
  readonly find: (s: Search) => Span | null | undefined;
}
