// parseReport: one immutable document, an ordered list of passes, one report.
import { chromePass } from './chrome/index.js';
import { citationsPass } from './citations/index.js';
import { indicatorPass } from './classify/indicator.js';
import { partsPass } from './classify/parts.js';
import { topicPass } from './classify/topic.js';
import { createDoc } from './document.js';
import { headerPass } from './header/index.js';
import { identityPass } from './identity/index.js';
import { listsPass } from './lists/index.js';
import { metricsPass } from './metrics/index.js';
import { describe, readOptions } from './options.js';
import type { Draft, Pass } from './pipeline.js';
import type { ParseOptions, Report } from './schema.js';
import { sectionsPass } from './sections/index.js';

export { DEFAULT_MAX_CHARS } from './options.js';

/** The pipeline, in order. Each pass sees the fields the passes before it set. */
export const PASSES: readonly Pass[] = [
  chromePass,
  headerPass,
  identityPass,
  sectionsPass,
  metricsPass,
  listsPass,
  indicatorPass,
  topicPass,
  partsPass,
  citationsPass,
];

/** A draft with every field empty, as the first pass sees it (exported for tests and the bench). */
export function emptyDraft(length: number): Draft {
  return {
    schemaVersion: 2,
    title: null,
    titleSpan: null,
    issuer: null,
    year: null,
    publishedAt: null,
    signedAt: null,
    addressee: null,
    sections: [],
    metrics: [],
    problems: [],
    plans: [],
    parts: { measures: [], shortcomings: [], leadersDuty: [], nextYear: [] },
    citations: [],
    warnings: [],
    chrome: { spans: [], body: { start: 0, end: length }, meta: [] },
  };
}

/**
 * Parses the text of a 法治政府建设年度报告 into a typed report.
 *
 * Throws a TypeError when `text` is not a string or the options are invalid, and a RangeError
 * when the text is longer than `maxChars`; never throws on the content of a string: what it
 * cannot decide is said in `warnings`.
 */
export function parseReport(text: string, options?: ParseOptions): Report {
  if (typeof text !== 'string') {
    throw new TypeError(`parseReport: expected the report text as a string, got ${describe(text)}`);
  }
  const { maxChars } = readOptions(options);
  if (text.length > maxChars) {
    throw new RangeError(
      `parseReport: the text is ${text.length} characters long, over the limit of ${maxChars} (raise it with the maxChars option)`,
    );
  }
  const draft = emptyDraft(text.length);
  if (text.trim() === '') {
    draft.warnings.push('empty input: there is no text to parse');
    return finish(draft);
  }
  const doc = createDoc(text);
  for (const pass of PASSES) {
    // One draft, filled in place: a pass sees what the passes before it set.
    const { warnings } = draft;
    const update = pass.run(doc, draft);
    Object.assign(draft, update);
    draft.warnings = update.warnings === undefined ? warnings : warnings.concat(update.warnings);
  }
  return finish(draft);
}

/**
 * Drops what the passes shared among themselves; every report field is passed on as it is. Written
 * out field by field (in the schema's order): one object shape, where a rest spread of the draft
 * copied it through a generic path.
 */
function finish(d: Draft): Report {
  return {
    schemaVersion: d.schemaVersion,
    title: d.title,
    titleSpan: d.titleSpan,
    issuer: d.issuer,
    year: d.year,
    publishedAt: d.publishedAt,
    signedAt: d.signedAt,
    addressee: d.addressee,
    sections: d.sections,
    metrics: d.metrics,
    problems: d.problems,
    plans: d.plans,
    parts: d.parts,
    citations: d.citations,
    warnings: d.warnings,
  };
}
