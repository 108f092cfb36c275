// Problems and plans from the sections whose headings announce them.
import type { Doc } from '../document.js';
import { PART_HEADING, SHORTCOMING_WORDS, headingRole, type HeadingRole } from '../data/listCues.js';
import type { ListItem, ListKind, Section, Span } from '../schema.js';
import { makeItem } from './item.js';
import { regionItems, splitAtPlans } from './regions.js';
import { afterHeading, afterMarker, sectionItemSpan, viewTitle } from './sectionText.js';

export interface Lists {
  problems: ListItem[];
  plans: ListItem[];
}

/** A section heading's title in the view and what it announces. */
interface Heading {
  role: HeadingRole;
  title: string;
}

export class SectionLists {
  readonly lists: Lists = { problems: [], plans: [] };
  /** The spans of the sections read here. */
  readonly claimed: Span[] = [];

  constructor(
    private readonly doc: Doc,
    private readonly reportYear: number | null,
  ) {}

  private heading(s: Section): Heading {
    const title = viewTitle(this.doc, s);
    return { role: headingRole(title, this.reportYear), title };
  }

  /** Reads every section with a problems/plans heading; descends into the others. */
  walk(sections: readonly Section[]): void {
    for (const s of sections) {
      const { role, title } = this.heading(s);
      if (role === 'problems' || role === 'plans' || role === 'both') {
        this.claimed.push(s.span);
        const found = this.section(s, role);
        // a heading that is all title (…(一)执法力量不足。) is an item itself
        if (!found && role !== 'both' && s.children.length === 0 && !PART_HEADING.test(title)) {
          this.child(s, role);
        }
      } else if (role !== 'causes') {
        this.walk(s.children);
      }
    }
  }

  private push(kind: ListKind, spans: readonly Span[], title?: string | null): void {
    for (const span of spans) this.lists[kind].push(makeItem(this.doc, span, title));
  }

  /** Items of a region of one kind; problems give way to plans at 下一步,… */
  private region(kind: ListKind | 'both', region: Span): void {
    if (kind === 'plans') {
      this.push('plans', regionItems(this.doc, region));
      return;
    }
    const { before, after } = splitAtPlans(this.doc, region, this.reportYear);
    this.push('problems', regionItems(this.doc, before));
    if (after) this.push('plans', regionItems(this.doc, after));
  }

  /** Reads a problems/plans section; false when it gave no item. */
  private section(s: Section, role: 'problems' | 'plans' | 'both'): boolean {
    const before = this.lists.problems.length + this.lists.plans.length;
    if (s.children.length === 0) this.region(role, { start: afterHeading(this.doc, s), end: s.span.end });
    else {
      // text before the first sub-section: an intro, or (problems) the problems themselves
      if (role !== 'plans') this.region(role, { start: afterHeading(this.doc, s), end: s.children[0]!.span.start });
      this.subSections(s.children, role);
    }
    return this.lists.problems.length + this.lists.plans.length > before;
  }

  private subSections(children: readonly Section[], role: 'problems' | 'plans' | 'both'): void {
    const headings = children.map((c) => this.heading(c));
    const kinds = this.childKinds(headings, role);
    children.forEach((child, i) => {
      const kind = kinds[i];
      if (kind === undefined || kind === null) return;
      const { role: childRole, title } = headings[i]!;
      // a sub-section is one item, sub-sections of its own and all, unless it only heads a part
      const container = childRole === 'both' || (childRole === kind && PART_HEADING.test(title));
      // a container heading with no text under it (…(一)不足。) is an item itself
      if (!container || !this.section(child, childRole === 'both' ? 'both' : kind)) this.child(child, kind);
    });
  }

  /** One item for a sub-section: from after its marker to the end of its text. */
  private child(child: Section, kind: ListKind): void {
    const region = { start: afterMarker(this.doc, child), end: child.span.end };
    const { before, after } =
      kind === 'problems' ? splitAtPlans(this.doc, region, this.reportYear) : { before: region, after: null };
    const item = sectionItemSpan(this.doc, child, before.end);
    if (item) this.push(kind, [item], child.title || null);
    if (after) this.push('plans', regionItems(this.doc, after));
  }

  /** The kind of each sub-section (null: left out, e.g. causes). */
  private childKinds(headings: readonly Heading[], role: 'problems' | 'plans' | 'both'): (ListKind | null)[] {
    const roles: HeadingRole[] = headings.map((h) => h.role);
    // inside problems, only a heading that names a part (下一步打算, 2025年工作计划) turns to plans
    const turns = (r: HeadingRole, i: number): boolean => r === 'plans' && (role === 'both' || PART_HEADING.test(headings[i]!.title));
    const firstPlan = role === 'plans' ? -1 : roles.findIndex(turns);
    return roles.map((r, i) => {
      if (r === 'causes') return null;
      if (firstPlan >= 0) return i < firstPlan ? 'problems' : 'plans';
      if (role !== 'both') return role;
      if (r === 'problems') return 'problems';
      return SHORTCOMING_WORDS.test(headings[i]!.title) ? 'problems' : 'plans';
    });
  }
}

/** The problems and plans of the sections whose headings announce them, and the spans read. */
export function fromSections(doc: Doc, sections: readonly Section[], reportYear: number | null): Lists & { claimed: Span[] } {
  const reader = new SectionLists(doc, reportYear);
  reader.walk(sections);
  return { problems: reader.lists.problems, plans: reader.lists.plans, claimed: reader.claimed };
}
