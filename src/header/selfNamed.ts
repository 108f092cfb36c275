// A report that calls itself 我局 / 我委: its full name is the one the body names most often.
import { SELF_REFERENCES } from '../data/issuerNames.js';
import type { Doc } from '../document.js';
import type { Chrome } from '../pipeline.js';
import type { Span } from '../schema.js';
import type { Mention } from './mention.js';
import { isOrgName } from './orgName.js';

/**
 * The report calls itself 我局 / 我委: its full name is then the most frequent "place + … + 局"
 * the body names after an opening bracket or punctuation (《江门市交通运输局制定…》).
 */
export function selfNamedMention(doc: Doc, chrome: Chrome): Mention | null {
  const body = doc.view.slice(chrome.body.start, chrome.body.end);
  const kinds = new Set<string>();
  for (const [word, kind] of Object.entries(SELF_REFERENCES)) if (body.includes(word)) kinds.add(kind);
  if (kinds.size === 0) return null;
  const tally = new Map<string, { count: number; span: Span }>();
  for (const kind of kinds) {
    const re = new RegExp(`(?<=^|[《“"(,:;。、\\s])[\\u4e00-\\u9fff]{2,5}?[省市县区][\\u4e00-\\u9fff]{1,12}?${kind}`, 'gmu');
    for (const m of body.matchAll(re)) {
      if (!isOrgName(m[0])) continue;
      const start = chrome.body.start + m.index;
      const seen = tally.get(m[0]);
      if (seen) seen.count++;
      else tally.set(m[0], { count: 1, span: { start, end: start + m[0].length } });
    }
  }
  let best: { count: number; span: Span } | null = null;
  for (const v of tally.values()) if (!best || v.count > best.count) best = v;
  return best ? { source: 'body', span: best.span } : null;
}
