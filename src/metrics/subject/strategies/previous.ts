// When no subject is written for a figure: the subject of the figure before it, in the same clause
// (由46条减少到16条), or when the figure is that figure's growth (新增市场主体2.3万户,同比增长15%).
import { codeAt, charSet, inSet } from '../../../charTable.js';

/** A figure's neighbourhood, for the strategies that borrow the previous figure's subject. */
export interface Neighbour {
  readonly view: string;
  /** Where the figure's words start, and where the previous metric ended (0 when none). */
  readonly start: number;
  readonly floor: number;
  /** The previous metric, or null for the first. */
  readonly previous: { readonly subject: string | null } | null;
  /** True when the figure is a growth figure (比上年增长15%). */
  readonly growth: boolean;
}

/** One way of borrowing a subject: true when the figure takes its previous figure's subject. */
export interface SubjectFallback {
  readonly name: string;
  readonly applies: (n: Neighbour) => boolean;
}

const CLAUSE_BREAKS = charSet(',;。:!?()、\n');
/** How far a growth figure may stand from the figure it qualifies. */
const GROWTH_REACH = 3;

function hasClauseBreak(view: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (inSet(CLAUSE_BREAKS, codeAt(view, i))) return true;
  return false;
}

export const sameClause: SubjectFallback = {
  name: 'previous figure in the same clause',
  applies: (n) => n.previous !== null && !hasClauseBreak(n.view, n.floor, n.start),
};

export const growthOfPrevious: SubjectFallback = {
  name: 'growth of the figure right before',
  applies: (n) => n.growth && n.previous !== null && n.start - n.floor <= GROWTH_REACH,
};
