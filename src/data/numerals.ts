// Chinese numerals: digit characters, their values, and the multipliers between them.

/** Digit characters and their values (两 and 〇 included). */
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

/** Multipliers inside a number (十 百 千) and between groups (万 亿). */
export const CN_SMALL_UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };
export const CN_BIG_UNITS: Readonly<Record<string, number>> = { 万: 1e4, 亿: 1e8 };

/** Every character that can be part of a Chinese numeral. */
export const CN_NUMERAL_CHARS = '〇零一二两三四五六七八九十百千万亿';

/**
 * The value of a Chinese integer numeral: 十 → 10, 一百二十 → 120, 一万零十二 → 10012,
 * 二十万 → 200000, 两千 → 2000; a run of digit characters reads positionally: 二〇二二 → 2022.
 * Returns null when `s` is empty or holds anything else.
 */
export function parseCnInteger(s: string): number | null {
  if (s.length === 0) return null;
  let positional = true;
  for (const ch of s) if (CN_DIGITS[ch] === undefined) positional = false;
  if (positional) {
    if (s.length === 1) return CN_DIGITS[s]!;
    let v = 0;
    for (const ch of s) v = v * 10 + CN_DIGITS[ch]!;
    return v;
  }
  let total = 0; // groups closed by 亿
  let section = 0; // groups closed by 万
  let current = 0; // within a group of 千百十
  let digit: number | null = null;
  for (const ch of s) {
    const d = CN_DIGITS[ch];
    if (d !== undefined) {
      digit = d === 0 ? null : d; // 零 only holds a place: 一万零十二
      continue;
    }
    const small = CN_SMALL_UNITS[ch];
    if (small !== undefined) {
      current += (digit ?? 1) * small;
      digit = null;
      continue;
    }
    const big = CN_BIG_UNITS[ch];
    if (big === undefined) return null;
    const group = current + (digit ?? 0);
    if (big === 1e8) {
      total = (total + section + group || 1) * big;
      section = 0;
    } else {
      section = (section + group || 1) * big;
    }
    current = 0;
    digit = null;
  }
  return total + section + current + (digit ?? 0);
}

/** Multipliers written after Arabic digits (277.2万元, 1.5亿): longest first. */
export const MULTIPLIERS: Readonly<Record<string, number>> = {
  万亿: 1e12,
  千万: 1e7,
  百万: 1e6,
  亿: 1e8,
  万: 1e4,
  千: 1e3,
};

/** Digit characters after 点 in a Chinese decimal (三点五 → 3.5). */
export const CN_DECIMAL_DIGITS = '〇零一二三四五六七八九';

/**
 * The value of a Chinese numeral with an optional decimal part: 三点五 → 3.5, 九十九点八 → 99.8,
 * 二十万 → 200000. Returns null when `s` is not one.
 */
export function parseCnNumber(s: string): number | null {
  const dot = s.indexOf('点');
  if (dot < 0) return parseCnInteger(s);
  const whole = parseCnInteger(s.slice(0, dot));
  const fraction = s.slice(dot + 1);
  if (whole === null || fraction.length === 0) return null;
  let digits = '';
  for (const ch of fraction) {
    const d = CN_DIGITS[ch];
    if (d === undefined || ch === '两') return null;
    digits += String(d);
  }
  return Number(`${whole}.${digits}`);
}

/** The value of Arabic digits with optional thousands separators and decimals: 20,300.5 → 20300.5. */
export function parseArabic(s: string): number {
  return Number(s.includes(',') ? s.replace(/,/g, '') : s);
}
