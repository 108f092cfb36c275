// Issuers named by the page around the report: the metadata (发布机构, 来源) and the footer (版权所有, 主办).
import { EMPTY_SOURCES } from '../data/chromeLabels.js';
import type { Doc } from '../document.js';
import type { Chrome } from '../pipeline.js';
import type { Mention } from './mention.js';
import { isOrgName } from './orgName.js';
import { lineText } from './region.js';

/** Organisations named by the metadata: 发布机构 first, then 来源. */
export function metaMentions(doc: Doc, chrome: Chrome): Mention[] {
  const rank = (key: string) => (key === 'publisher' ? 0 : 1);
  return chrome.meta
    .filter((m) => m.key === 'publisher' || m.key === 'source')
    .filter((m) => !EMPTY_SOURCES.includes(m.value) && isOrgName(doc.view.slice(m.span.start, m.span.end)))
    .sort((a, b) => rank(a.key) - rank(b.key))
    .map((m) => ({ source: 'metadata' as const, span: m.span }));
}

/** The owner a footer names: 版权所有@济源…委员会, 主办:… */
export function footerMentions(doc: Doc, chrome: Chrome): Mention[] {
  const out: Mention[] = [];
  const re = /(?:版权所有|主办单位|主办) {0,2}[:@©] {0,2}([\u4e00-\u9fff]{2,40})/gu;
  for (const line of doc.lines) {
    if (line.contentStart < chrome.body.end) continue;
    const text = lineText(doc, line);
    for (const m of text.matchAll(re)) {
      const name = m[1]!;
      if (!isOrgName(name)) continue;
      const start = line.contentStart + m.index + m[0].length - name.length;
      out.push({ source: 'footer', span: { start, end: start + name.length } });
    }
  }
  return out;
}
