// What a figure measures, as written nearby: the clause before it (核发诊所备案凭证33件 →
// 诊所备案凭证) or, for a measure word that counts the noun after it, that noun
// (对21家医疗机构开展… → 医疗机构). Rule-based: clause boundaries, time and scope words, action
// verbs and link words from src/data/metricSubjects.ts.
//
// The ways of finding it are an ordered list (SUBJECT_STRATEGIES, one file each under
// subject/strategies/): the first that applies decides. The span it gives is then trimmed of
// spaces, trailing place words and a subject's own quotes. When none gives a subject, the figure
// may share the previous figure's (SUBJECT_FALLBACKS). To add a way: a file under strategies/ and
// a place in the list.
import { CLOSE_QUOTE, OPEN_QUOTE } from './subject/chars.js';
import { isBareSpan } from './subject/clean.js';
import { trailingWords, trimSpaces } from './subject/clause.js';
import { Search, type Span, type SubjectContext, type SubjectStrategy } from './subject/search.js';
import { actionAfterFigure } from './subject/strategies/actionAfter.js';
import { beforeParenthesis } from './subject/strategies/beforeParenthesis.js';
import { clauseBeforeFigure } from './subject/strategies/clauseBefore.js';
import { nounAfterFigure } from './subject/strategies/nounAfter.js';
import { nounAfterDeFigure } from './subject/strategies/nounAfterDe.js';
import { growthOfPrevious, sameClause, type Neighbour, type SubjectFallback } from './subject/strategies/previous.js';
import { shareOfObjectNoun, shareOfWhatFollows } from './subject/strategies/shareOfWhatFollows.js';
import { MIN_SUBJECT } from './subject/words.js';

export { cleanSubject, isBareSubject } from './subject/clean.js';
export type { SubjectContext } from './subject/search.js';

/** Where a subject is written, tried in order. */
export const SUBJECT_STRATEGIES: readonly SubjectStrategy[] = [
  actionAfterFigure,
  nounAfterFigure,
  nounAfterDeFigure,
  shareOfObjectNoun,
  clauseBeforeFigure,
  shareOfWhatFollows,
  beforeParenthesis,
];

/** When no subject is written: whose subject the figure shares, tried in order. */
export const SUBJECT_FALLBACKS: readonly SubjectFallback[] = [sameClause, growthOfPrevious];

function subjectAt(view: string, ctx: SubjectContext): Span | null {
  const search = new Search(view, ctx);
  for (const strategy of SUBJECT_STRATEGIES) {
    const found = strategy.find(search);
    if (found !== undefined) return found;
  }
  return null; // 由46条减少到16条: a fallback may lend the previous figure's subject
}

/** Where the subject is, as view offsets, or null; a subject that is one quotation loses its quotes: “首违不罚”. */
/**
 * A subject that opens a quote it does not close ends before that quote (严重失信企业在“信用中国 →
 * 严重失信企业在), or loses the quote mark when it opens with it (“信用联合奖惩对象名单 → 信用联合奖惩对象名单).
 */
function withoutOpenQuote(view: string, at: Span): Span | null {
  let open = -1;
  for (let i = at.start; i < at.end; i++) {
    const c = view.charCodeAt(i);
    if (c === OPEN_QUOTE) open = i;
    else if (c === CLOSE_QUOTE) open = -1;
  }
  if (open < 0) return at;
  const cut = open === at.start ? { start: at.start + 1, end: at.end } : { start: at.start, end: open };
  return cut.end > cut.start ? cut : null;
}

export function findSubject(view: string, ctx: SubjectContext): Span | null {
  const found = trimSpaces(view, subjectAt(view, ctx));
  const at = found && withoutOpenQuote(view, { start: found.start, end: found.end - trailingWords(view, found) });
  if (at !== null && isBareSpan(view, at.start, at.end)) return null; // 覆盖, 中: no subject
  if (at === null || at.end - at.start < MIN_SUBJECT + 2) return at;
  if (view.charCodeAt(at.start) !== OPEN_QUOTE || view.charCodeAt(at.end - 1) !== CLOSE_QUOTE) return at;
  const inner = view.indexOf('“', at.start + 1);
  return inner === -1 || inner >= at.end ? { start: at.start + 1, end: at.end - 1 } : at;
}

/**
 * The subject of a figure as written in `input`: where it is written, else the previous figure's
 * when a fallback lends it, else null.
 */
export function subjectOf(input: string, view: string, ctx: SubjectContext, neighbour: Neighbour): string | null {
  const at = findSubject(view, ctx);
  if (at) return input.slice(at.start, at.end);
  for (const fallback of SUBJECT_FALLBACKS) if (fallback.applies(neighbour)) return neighbour.previous!.subject;
  return null;
}
