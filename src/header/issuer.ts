// The issuer: the first source that names it (title, signature, metadata, opening sentence, a
// self-reference with its full name nearby, footer), completed with the fullest form any other
// source gives (市卫生健康委员会 + 舟山市卫生健康委 → 舟山市卫生健康委员会) and, for a bare mention
// (县司法局), with the one place of that level the document names.
import type { Doc } from '../document.js';
import type { Chrome } from '../pipeline.js';
import type { Issuer, Span } from '../schema.js';
import type { Mention } from './mention.js';
import { selfNamedMention } from './selfNamed.js';
import { bannerMentions, footerMentions, metaNames } from './sourceIssuers.js';
import { bodySubjectMention, subjectMention } from './subject.js';
import { titleMention } from './titleIssuer.js';
import { isBareLevel, officialName, type OrgName } from './orgName.js';
import { sameBodyKey } from './bodyKey.js';
import { genrePlace, placeFor } from './places.js';
import { withFullPlaceNames, withLevelWord, withPlacesAbove } from './fullPlace.js';
import { STATE_NAME } from '../data/divisionNames.js';
import type { Title } from './title.js';
import type { TopText } from './topText.js';
import type { OpeningLines } from './region.js';

interface Candidate {
  readonly mention: Mention;
  readonly name: OrgName;
}

function candidate(doc: Doc, mention: Mention): Candidate {
  const { start, end } = mention.span;
  return { mention, name: officialName(doc.view.slice(start, end), doc.input.slice(start, end)) };
}

/**
 * Adds the place the document names before a bare mention: 县司法局 → 蒙城县司法局, the place taken
 * from another mention of the issuer (发布机构: 永新县人民政府) or else from the text.
 */
function withPlace(doc: Doc, name: OrgName, others: readonly Candidate[]): OrgName {
  if (!isBareLevel(name.view)) return name;
  const level = name.view[0]!;
  const named = others.map((c) => c.name.view).join('\n');
  const place = placeFor(named, level, name.view.slice(1)) ?? placeFor(doc.view, level, name.view.slice(1)) ?? genrePlace(doc.view);
  if (place === null) return name;
  const at = doc.view.indexOf(place + level);
  const text = at >= 0 ? doc.input.slice(at, at + place.length) : place;
  return { view: place + name.view, text: text + name.text };
}

/** 中华人民共和国水利部 → 水利部: a national body as analysts name it, without the state's name. */
function withoutStateName(name: OrgName): OrgName {
  const n = STATE_NAME.length;
  if (!name.view.startsWith(STATE_NAME) || name.view.length <= n + 1) return name;
  return { view: name.view.slice(n), text: name.text.slice(n) };
}

/** The site's name as the issuer, where the body calls its issuer by that name's kind: 省厅 or 我厅 under …厅. */
function selfNamedBanner(doc: Doc, chrome: Chrome, c: Candidate | undefined): Candidate | null {
  if (!c) return null;
  const kind = c.name.view.charAt(c.name.view.length - 1);
  if (!SELF_KINDS.includes(kind)) return null;
  const body = doc.view.slice(chrome.body.start, chrome.body.end);
  for (const lead of SELF_LEADS) if (body.includes(lead + kind)) return c;
  return null;
}
/** Kinds a body calls itself by (厅, 局, 委, 办) and what stands before them: 我局, 本委, 省厅, 市局. */
const SELF_KINDS = '厅局委办';
const SELF_LEADS = ['我', '本', '省', '市', '县', '区'];

/** A government or its office, which publishes the reports of its departments too. */
function isGovernment(name: OrgName): boolean {
  return GOVERNMENT.test(name.view);
}
const GOVERNMENT = /(?:人民政府|政府办公室|办事处)$/u;

/** An office that publishes its body's pages (某开发区党政办公室, 某厅办公室): named by the metadata, it is the publisher only. */
const PUBLISHING_OFFICE = /办公[室厅]$/u;
/** An office by any of its names (办公室, 办公厅, 依法治县办). */
const OFFICE = /办(?:公[室厅])?$/u;

/**
 * The first source that names the issuer, except that a government or an office named by the
 * metadata (the portal or the office that published the page) gives way to a department or body
 * the report's own text names.
 */
function primaryOf(candidates: readonly Candidate[]): Candidate | undefined {
  const first = candidates[0];
  if (!first || first.mention.source !== 'metadata' || !(isGovernment(first.name) || PUBLISHING_OFFICE.test(first.name.view))) return first;
  const office = !isGovernment(first.name);
  // an office gives way to a body only, not to its own short name (依法治县办)
  return candidates.find((c) => c.mention.source === 'body' && !isGovernment(c.name) && !(office && OFFICE.test(c.name.view))) ?? first;
}

/** Ways a text introduces a short name after the full one: 某某局(以下简称某局), 某某局(简称“某局”). */
const SHORT_NAME_LEADS: readonly string[] = ['(以下简称', '(简称'];
const SHORT_NAME_WORD = '简称';

/** True when the page writes `full`'s name and then defines `short`'s mention as its short name. */
function definesShortName(doc: Doc, full: Candidate, short: Candidate): boolean {
  const { view } = doc;
  const written = view.slice(full.mention.span.start, full.mention.span.end);
  const abbreviation = view.slice(short.mention.span.start, short.mention.span.end);
  for (const lead of SHORT_NAME_LEADS) {
    const at = view.indexOf(written + lead);
    if (at < 0) continue;
    let p = at + written.length + lead.length;
    if (view.charCodeAt(p) === OPENING_QUOTE) p++;
    if (view.startsWith(abbreviation, p)) return true;
  }
  return false;
}
const OPENING_QUOTE = '“'.charCodeAt(0);

/** Levels whose places are also called by their first character and the level (博州, 巴州, 锡盟). */
const ONE_CHARACTER_PLACES = '州盟';
/** The most characters the one stands for (博尔塔拉, 巴音郭楞, 克孜勒苏柯尔克孜). */
const ONE_CHARACTER_STANDS_MAX = 8;

/**
 * True when `short` names the body of `full` with its place called by the first character
 * (博州林业和草原局 and 博尔塔拉州林业和草原局, the keys of 博尔塔拉蒙古自治州林业和草原局).
 */
function placeByFirstCharacter(short: string, full: string): boolean {
  const extra = full.length - short.length;
  return (
    extra >= 1 &&
    extra < ONE_CHARACTER_STANDS_MAX &&
    ONE_CHARACTER_PLACES.includes(short.charAt(1)) &&
    full.charCodeAt(0) === short.charCodeAt(0) &&
    full.endsWith(short.slice(1))
  );
}

/** True when `key` and `longer` (sameBodyKey's) name one body: the same by its key, or its place called by the first character. */
function sameBody(key: string, longer: string): boolean {
  return longer.endsWith(key) || placeByFirstCharacter(key, longer);
}

function isMetadata(mention: Mention): boolean {
  return mention.source === 'metadata';
}

export function findIssuer(
  top: TopText,
  title: Title | null,
  letterhead: Mention | null,
  signatureName: Span | null,
  opening: OpeningLines,
): Issuer | null {
  const { doc, chrome } = top;
  const mentions: Mention[] = [];
  const fromTitle = title ? titleMention(title) : null;
  if (fromTitle) mentions.push(fromTitle);
  if (letterhead) mentions.push(letterhead);
  if (signatureName) mentions.push({ source: 'signature', span: signatureName });
  // the metadata's fields are walked once: its publisher and source here, its author after the text
  const meta = metaNames(top);
  for (const m of meta.named) mentions.push(m);
  const subject = subjectMention(doc, opening);
  if (subject) mentions.push(subject);
  const named = selfNamedMention(doc, chrome);
  if (named) mentions.push(named);
  for (const m of meta.authors) mentions.push(m);
  mentions.push(...footerMentions(doc, chrome));
  // a page that names its issuer nowhere else (an excerpt from the middle of a report), or only in its
  // metadata (which may name it short: 来源:某苏木人民政府): the body's sentences
  if (mentions.every(isMetadata)) {
    const fromBody = bodySubjectMention(doc, chrome);
    if (fromBody) mentions.push(fromBody);
  }
  const found = mentions.map((m) => candidate(doc, m));
  // the site's name over the page completes a mention; it names the issuer alone only where the
  // body speaks of its issuer by that name's kind (省厅, 我厅 under …厅): a county's portal also
  // publishes its towns' reports (我镇)
  const banner = bannerMentions(top).map((m) => candidate(doc, m));
  const primary = primaryOf(found) ?? selfNamedBanner(doc, chrome, banner[0]);
  if (!primary) return null;
  const candidates = banner.length > 0 ? found.concat(banner) : found;
  let best = primary;
  // the first name's key is made only when a longer name is there to compare (on most pages none is)
  let key: string | null = null;
  let shortNames: boolean | null = null;
  for (const c of candidates) {
    if (c.name.view.length <= best.name.view.length) continue;
    // a name that ends with the whole first one (自治区… under 广西壮族自治区…: the key shortens an
    // autonomous place, which a bare level cannot follow), or the same body by its key
    if (c.name.view.endsWith(primary.name.view) || sameBody((key ??= sameBodyKey(primary.name.view)), sameBodyKey(c.name.view))) best = c;
    // or the name the page itself gives the first one's short form: 某某总局(以下简称某总局), asked only
    // of a page that defines a short name at all
    else if ((shortNames ??= doc.view.includes(SHORT_NAME_WORD)) && definesShortName(doc, c, primary)) best = c;
  }
  const name = withoutStateName(withFullPlaceNames(doc, withPlacesAbove(doc, withLevelWord(doc, withPlace(doc, best.name, candidates)))));
  const { span, source } = best.mention;
  // who the issuer is (level, kind, department, region) is the identity pass's to say
  return {
    name: name.text,
    mention: doc.input.slice(span.start, span.end),
    span,
    source,
    level: null,
    kind: 'other',
    department: null,
    region: null,
  };
}
