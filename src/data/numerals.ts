// Chinese numerals: digit characters, their values, and the multipliers between them. The reader
// that puts them together (standard, financial, elliptical, mixed with Arabic digits) is
// src/sections/numeral.ts; its two entry points are re-exported here for the callers that read
// dates and years.

/** Digit characters of everyday writing and their values (两 and 〇 included). */
export const CN_DIGITS: Readonly<Record<string, number>> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/**
 * Financial numerals (大写), as penalty decisions and budget lines write amounts: 罚款人民币壹万元整.
 * The view folds traditional forms (貳 陸 萬 億 兩 倆) to these, but the traditional ones are listed
 * too, for callers that read raw text. 参 is left out: it is far more often 参加 than 叁.
 */
export const CN_FINANCIAL_DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  壹: 1,
  贰: 2,
  貳: 2,
  俩: 2,
  倆: 2,
  兩: 2,
  叁: 3,
  肆: 4,
  伍: 5,
  陆: 6,
  陸: 6,
  柒: 7,
  捌: 8,
  玖: 9,
};

/** Multipliers inside a group (十 百 千), financial forms included. */
export const CN_SMALL_UNITS: Readonly<Record<string, number>> = {
  十: 10,
  百: 100,
  千: 1000,
  拾: 10,
  佰: 100,
  仟: 1000,
};
/** Multipliers between groups (万 亿), traditional forms included. */
export const CN_BIG_UNITS: Readonly<Record<string, number>> = { 万: 1e4, 亿: 1e8, 萬: 1e4, 億: 1e8 };

/**
 * The digit of vague numerals (二十几万, 一百零几万, 十几人): it holds a place whose value is
 * unknown, so the number reads as its known part, approx "over".
 */
export const CN_VAGUE_DIGIT = '几';

/** Every character of an everyday (not financial) Chinese numeral. */
export const CN_NUMERAL_CHARS = '〇零一二两三四五六七八九十百千万亿';

/** Characters only financial numerals use (壹 … 仟), which the metric scanner also reads. */
export const CN_FINANCIAL_CHARS = [...Object.keys(CN_FINANCIAL_DIGITS), ...'拾佰仟萬億']
  .filter((ch) => !CN_NUMERAL_CHARS.includes(ch))
  .join('');

/**
 * Financial characters that, standing alone, are more often part of a word (陆续, 大陆, 陆家嘴,
 * 队伍, 放肆, 收拾): alone, they count only money (伍元), not things.
 */
export const CN_FINANCIAL_WORD_CHARS = '陆陸伍肆拾';

/** Multipliers written after Arabic digits (277.2万元, 1.5亿, 5百人): longest first. */
export const MULTIPLIERS: Readonly<Record<string, number>> = {
  万亿: 1e12,
  千万: 1e7,
  百万: 1e6,
  亿: 1e8,
  万: 1e4,
  千: 1e3,
  百: 1e2,
};

/** Digit characters after 点 in a Chinese decimal (三点五 → 3.5). */
export const CN_DECIMAL_DIGITS = '〇零一二三四五六七八九';

/**
 * Fractions written as words, with the unit they give and the factor from the numerator to that
 * unit's value: 百分之三十五 → 35 %, 千分之三 → 3 ‰ (its own unit), 万分之三 → 0.03 %.
 */
export const CN_FRACTIONS: Readonly<Record<string, { readonly unit: string; readonly factor: number }>> = {
  百分之: { unit: '%', factor: 1 },
  千分之: { unit: '‰', factor: 1 },
  万分之: { unit: '%', factor: 0.01 },
};

/**
 * Tenths (成): 九成 → 90 %, 三成半 → 35 %, 七成五 → 75 %. A numeral of one to ten tenths reads
 * as this many percent per tenth.
 */
export const TENTH = '成';
export const PERCENT_PER_TENTH = 10;
/** Half a tenth written after 成: 三成半. */
export const HALF = '半';

/**
 * The parts of a yuan written after 元/圆 in financial writing: 捌角玖分 (0.89). A figure in yuan
 * that stops before them would be a wrong value, so they are read into it.
 */
export const YUAN_FRACTIONS: Readonly<Record<string, number>> = { 角: 0.1, 分: 0.01 };

/** The value of Arabic digits with optional thousands separators and decimals: 20,300.5 → 20300.5. */
export function parseArabic(s: string): number {
  return Number(s.includes(',') ? s.replace(/,/g, '') : s);
}

export { parseCnInteger, parseCnNumber, readNumeral } from '../sections/numeral.js';
