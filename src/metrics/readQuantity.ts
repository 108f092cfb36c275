// Reads one quantity at a number the scanner found: the number, a multiplier, 余/多, a range end,
// and the unit. Returns null when no unit follows (a bare number is not a metric).
import {
  CN_DIGITS,
  CN_FINANCIAL_DIGITS,
  CN_FINANCIAL_WORD_CHARS,
  CN_FRACTIONS,
  HALF,
  MULTIPLIERS,
  PERCENT_PER_TENTH,
  TENTH,
  YUAN_FRACTIONS,
  parseArabic,
} from '../data/numerals.js';
import { readNumeral, scaled } from '../sections/numeral.js';
import { timesMultiplier } from './figures.js';
import { PHASE_OWNERS, UNITS, UNIT_WORD_BREAKERS, unitInfo, type UnitInfo } from '../data/units.js';
import { LongestMatch } from './wordIndex.js';
import { APPROX_INSIDE } from '../data/metricQualifiers.js';
import { codeAt, charSet, inSet } from '../charTable.js';
import type { Approx } from '../schema.js';
import {
  APPROX_INSIDE_WORDS,
  MIXED_TAIL,
  MIXED_TAIL_MAX,
  MULTIPLIER_WORDS,
  RANGE_END_RE,
  RANGE_SEPARATORS,
  SHARED_UNIT_JOINER_CHARS,
  UNIT_WORDS,
  closesClause,
} from './patterns.js';

export interface Quantity {
  /** Where the quantity starts (the number, or 百分之) and ends (after the unit). */
  start: number;
  end: number;
  value: number;
  max: number | null;
  unit: UnitInfo;
  /** 余/多 between number and unit. */
  approx: Approx | null;
  /** True when the number is written in Chinese numerals. */
  chinese: boolean;
}

/**
 * Units and the words that merely start like one (3项目 is not 3项 + 目, 5处罚 not 5处 + 罚), in
 * one list: the longest word after the number decides whether a unit is there.
 */
const UNIT_AT = new LongestMatch(UNITS.map((u) => u.unit), UNIT_WORD_BREAKERS);
/** The first characters of the multipliers (万, 亿 …). */
const MULTIPLIER_FIRST = new Set(Object.keys(MULTIPLIERS).map((m) => m.charCodeAt(0)));
/** A Chinese numeral of digits only, two or more: 二〇二一, 三四. */
const POSITIONAL_CN_RE = /^[〇零一二两三四五六七八九]{2,16}$/;

function sticky(re: RegExp, view: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(view);
}

interface Figure {
  value: number;
  end: number;
  /** The multiplier written after it, 1 when none. */
  scale: number;
}

/**
 * A multiplier (万, 亿 …) at `at` after Arabic digits `digits` worth `value`, and what a mixed
 * numeral writes after it (3万4000, 5万4千6百, 2千零30万, 1万3); null when that tail makes the
 * numeral read more than one way (3万400: 30400 or 34000?).
 */
function readScale(view: string, at: number, value: number, digits: string): Figure | null {
  const m = MULTIPLIER_WORDS.startingAt(view, at);
  if (!m) return { value, end: at, scale: 1 };
  const unit = UNIT_WORDS.startingAt(view, at); // 5千克, 30千瓦: a unit that starts like a multiplier
  if (unit && unit.length > m.length) return { value, end: at, scale: 1 };
  const scale = MULTIPLIERS[m]!;
  const end = at + m.length;
  let tail = end;
  while (tail < view.length && tail - end < MIXED_TAIL_MAX && inSet(MIXED_TAIL, codeAt(view, tail))) {
    const longer = UNIT_WORDS.startingAt(view, tail); // 5万3千米: 千米 is the unit
    if (longer && longer.length > 1 && MULTIPLIER_WORDS.startingAt(view, tail)) break;
    tail++;
  }
  if (tail === end) return { value: timesMultiplier(value, scale), end, scale };
  const reading = readNumeral(digits + m + view.slice(end, tail));
  if (reading === null || reading.vague) return null;
  return { value: reading.value, end: tail, scale };
}

/** What a number reads as; `vague` for 二十几万. */
function readNumber(arabic: string | undefined, chinese: string | undefined, arabicValue?: number): { value: number; vague: boolean } | null {
  if (arabic !== undefined) return { value: arabicValue ?? parseArabic(arabic), vague: false };
  if (chinese !== undefined) return readNumeral(chinese);
  return null;
}

/** True when `chinese` is one financial character that is often part of a word (陆家嘴, 队伍). */
function loneFinancial(chinese: string | undefined): boolean {
  return chinese !== undefined && chinese.length === 1 && CN_FINANCIAL_WORD_CHARS.includes(chinese);
}

/** What joins a bare number to the figure after it whose unit it shares: 6.3和4.1个百分点. */
const SHARED_UNIT_JOINERS = charSet(SHARED_UNIT_JOINER_CHARS);
const NEXT_ARABIC_RE = /\d+(?:\.\d+)?/y;

/**
 * The unit a bare Arabic number ending at `at` shares with the figure joined right after it, when
 * that is a share or a change (分别提升6.3和4.1个百分点, 分别增长5和8%); null otherwise.
 */
function sharedUnit(view: string, at: number): string | null {
  if (!inSet(SHARED_UNIT_JOINERS, codeAt(view, at))) return null;
  const next = sticky(NEXT_ARABIC_RE, view, at + 1);
  if (!next) return null;
  const u = UNIT_AT.startingAt(view, at + 1 + next[0].length);
  const kind = u ? unitInfo(u)!.kind : null;
  return kind === 'percent' || kind === 'change' ? u : null;
}

const TENTH_CODE = TENTH.charCodeAt(0);

/** Followers of a tenth (九成以上, 七成的, 九成。): anything else makes 成 a word (八成是, 三成员). */
const TENTH_FOLLOW = charSet(',。;:!?、)”’ \n以左上的和及至到多余');

/**
 * Tenths at `at` after a numeral of one to ten: 九成 → 90 %, 三成半 → 35 %, 七成五 → 75 %; null when
 * 成 is part of a word there.
 */
function readTenths(view: string, at: number, value: number): { value: number; end: number } | null {
  if (codeAt(view, at) !== TENTH_CODE || !Number.isInteger(value) || value < 1 || value > 10) return null;
  let end = at + 1;
  let percent = value * PERCENT_PER_TENTH;
  if (view[end] === HALF) {
    percent += PERCENT_PER_TENTH / 2;
    end++;
  } else {
    const d = CN_DIGITS[view[end] ?? ''];
    if (d !== undefined && d > 0 && value < 10) {
      percent += d; // 七成五: the digit after 成 is the next place down
      end++;
    }
  }
  if (end < view.length && !inSet(TENTH_FOLLOW, codeAt(view, end))) return null;
  return { value: percent, end };
}

/**
 * The quantity whose number the scanner matched as `m` (see NUMBER_RE), or null.
 * `fraction` is 百分之 or 千分之 when the number was written that way.
 */
export function readQuantity(view: string, m: RegExpExecArray): Quantity | null {
  return readQuantityAt(view, m.index, m[0], m[1], m[2], m[3]);
}

/** True when the figure at `start` follows what a phase is of (智慧城市|二期) or another phase (一期、|二期). */
function namesPhase(view: string, start: number, unit: string): boolean {
  if (codeAt(view, start - 1) === 0x3001 && view.startsWith(unit, start - 1 - unit.length)) return true; // 、
  return PHASE_OWNERS.some((w) => view.startsWith(w, start - w.length));
}

/**
 * The quantity whose number `text` starts at `start`, read as NUMBER_RE's groups: `fraction`
 * (百分之 / 千分之), `arabic` digits or a `chinese` numeral; null when no unit follows.
 */
export function readQuantityAt(
  view: string,
  start: number,
  text: string,
  fraction: string | undefined,
  arabic: string | undefined,
  chinese: string | undefined,
  /** What `arabic` is worth, when the scanner read it as it passed (see digitsValue). */
  arabicValue?: number,
): Quantity | null {
  const number = readNumber(arabic, chinese, arabicValue);
  if (number === null || !Number.isFinite(number.value)) return null;
  let value = number.value;
  let at = start + text.length;
  let approx: Approx | null = number.vague ? 'over' : null;
  let max: number | null = null;
  if (chinese !== undefined && !fraction && chinese.length >= 2 && POSITIONAL_CN_RE.test(chinese)) {
    // digits side by side are a year or a code (二〇二一), or a rough range: 三四次 → 3 to 4
    const low = CN_DIGITS[chinese[0]!]!;
    const high = CN_DIGITS[chinese[1]!]!;
    if (chinese.length !== 2 || high !== low + 1) return null;
    value = low;
    max = high;
    approx = 'about';
  }
  if (fraction) {
    const { unit, factor } = CN_FRACTIONS[fraction]!;
    return { start, end: at, value: scaled(value, factor), max: null, unit: unitInfo(unit)!, approx, chinese: chinese !== undefined };
  }
  const tenths = readTenths(view, at, value);
  if (tenths) {
    const high = max === null ? null : readTenths(view, at, max); // 三四成: 30 to 40 %
    return { start, end: tenths.end, value: tenths.value, max: high && high.end === tenths.end ? high.value : null, unit: unitInfo('%')!, approx, chinese: chinese !== undefined };
  }
  let scale = 1;
  if (arabic !== undefined) {
    // one space before a multiplier, as scraped pages often have: 27.5 万次
    const spaced = codeAt(view, at) === 0x20 && MULTIPLIER_FIRST.has(codeAt(view, at + 1));
    const fig = readScale(view, spaced ? at + 1 : at, value, arabic);
    if (fig === null) return null;
    if (fig.scale === 1 && spaced) fig.end = at;
    value = fig.value;
    at = fig.end;
    scale = fig.scale;
  }
  // 5-10人, 5万至10万元, 三至五人
  if (inSet(RANGE_SEPARATORS, codeAt(view, at))) {
    const second = sticky(RANGE_END_RE, view, at + 1);
    if (second && (second[1] !== undefined) === (arabic !== undefined)) {
      const read = readNumber(second[1], second[2]);
      let high = read === null || read.vague ? null : read.value;
      let end = at + 1 + second[0].length;
      if (high !== null && second[1] !== undefined) {
        const fig = readScale(view, end, high, second[1]);
        if (fig !== null && scale === 1 && fig.scale !== 1) value = scaled(value, fig.scale); // 5-10万元: both ends in 万
        high = fig === null ? null : fig.value;
        if (fig !== null) end = fig.end;
      }
      if (high !== null && high > value && UNIT_WORDS.startingAt(view, end)) {
        max = high;
        at = end;
      }
    }
  }
  // one space before 余/多 too, as before a unit: 6,200 余件
  if (arabic !== undefined && codeAt(view, at) === 0x20 && APPROX_INSIDE_WORDS.startingAt(view, at + 1)) at++;
  const inside = APPROX_INSIDE_WORDS.startingAt(view, at);
  if (inside) {
    approx = APPROX_INSIDE[inside]!;
    at += inside.length;
    if (max === null) {
      const fig = readScale(view, at, value, String(value)); // 10余万元, 十余万元
      if (fig !== null && fig.scale !== 1) {
        value = fig.value;
        at = fig.end;
      }
    }
  }
  // one space between digits and unit, as scraped pages often have: 共办理 12 件
  if (arabic !== undefined && codeAt(view, at) === 0x20 && codeAt(view, at + 1) !== 0x20) at++;
  const u = UNIT_AT.startingAt(view, at);
  if (!u) {
    const shared = arabic !== undefined && max === null && approx === null && scale === 1 ? sharedUnit(view, at) : null;
    return shared ? { start, end: at, value, max: null, unit: unitInfo(shared)!, approx, chinese: false } : null;
  }
  const unit = unitInfo(u)!;
  if (loneFinancial(chinese) && unit.kind !== 'money') return null;
  // 两 only ever counts (二期 may name a phase, 两期 never does), and so does a numeral ending its
  // clause (培训七期。), unless it follows what a phase is of (智慧城市二期。)
  if (chinese !== undefined && !unit.afterCn && chinese !== '两' && (!closesClause(view, at + u.length) || namesPhase(view, start, u))) return null;
  let end = at + u.length;
  if (chinese !== undefined && unit.kind === 'money' && max === null) {
    const cents = readYuanFractions(view, end, value); // 壹佰元捌角玖分
    value = cents.value;
    end = cents.end;
  }
  if (max === null && arabic !== undefined) {
    const high = sameUnitRangeEnd(view, end, u); // 5%-10%
    if (high && high.value > value) {
      max = high.value;
      end = high.end;
    }
  }
  return { start, end, value, max, unit, approx, chinese: chinese !== undefined };
}

/** 角 and 分 after 元 in financial writing (捌角玖分), added to `value`: each a digit and its word. */
function readYuanFractions(view: string, at: number, value: number): { value: number; end: number } {
  let end = at;
  let v = value;
  for (const [word, part] of Object.entries(YUAN_FRACTIONS)) {
    const d = CN_DIGITS[view[end] ?? ''] ?? CN_FINANCIAL_DIGITS[view[end] ?? ''];
    if (d === undefined || view[end + 1] !== word) continue;
    v = scaled(v + d * part, 1);
    end += 2;
  }
  return { value: v, end };
}

/** The upper end of a range that repeats the unit: the 10% of 5%-10%, or null. */
function sameUnitRangeEnd(view: string, at: number, unit: string): { value: number; end: number } | null {
  if (!inSet(RANGE_SEPARATORS, codeAt(view, at))) return null;
  const second = sticky(RANGE_END_RE, view, at + 1);
  if (!second || second[1] === undefined) return null;
  const end = at + 1 + second[0].length;
  return view.startsWith(unit, end) ? { value: parseArabic(second[1]), end: end + unit.length } : null;
}
