// Read-back property of the numeral reader: integers and decimals, written in Chinese in each valid
// way (standard, financial, elliptical, mixed with Arabic digits), in a sentence with a measure
// word, read back as one metric of the same value, with the raw text and its span.
// `npm run test:props` runs these with PROPS_RUNS=10000 too.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../src/index.js';

const RUNS = Number(process.env.PROPS_RUNS ?? 200);
const SEED = process.env.PROPS_SEED === undefined ? undefined : Number(process.env.PROPS_SEED);
const params = { numRuns: RUNS, ...(SEED === undefined ? {} : { seed: SEED }) };

interface Script {
  digits: string; // 0 … 9
  places: [string, string, string]; // 十 百 千
  big: [string, string]; // 万 亿
}
const STANDARD: Script = { digits: '零一二三四五六七八九', places: ['十', '百', '千'], big: ['万', '亿'] };
const FINANCIAL: Script = { digits: '零壹贰叁肆伍陆柒捌玖', places: ['拾', '佰', '仟'], big: ['万', '亿'] };
const FINANCIAL_TRADITIONAL: Script = { digits: '零壹貳叁肆伍陸柒捌玖', places: ['拾', '佰', '仟'], big: ['萬', '億'] };
const DIGIT_MIXED: Script = { digits: '零123456789', places: ['十', '百', '千'], big: ['万', '亿'] };

/** One group of four places (1 … 9999), as the script writes it; `lead` for the number's first group. */
function group(n: number, s: Script, lead: boolean): string {
  let out = '';
  let pendingZero = false;
  for (let place = 3; place >= 0; place--) {
    const d = Math.floor(n / 10 ** place) % 10;
    if (d === 0) {
      if (out !== '') pendingZero = true;
      continue;
    }
    if (pendingZero) out += s.digits[0];
    pendingZero = false;
    // 十二, not 一十二, at the very start of a number
    const digit = place === 1 && d === 1 && lead && out === '' && s === STANDARD ? '' : s.digits[d]!;
    out += digit + (place > 0 ? s.places[place - 1] : '');
  }
  return out;
}

/** n (1 … 10¹²−1) in the script: 一亿零三万, 壹仟零伍拾, 5万4千6百. */
function write(n: number, s: Script): string {
  const groups = [Math.floor(n / 1e8), Math.floor(n / 1e4) % 1e4, n % 1e4];
  const bigs = [s.big[1], s.big[0], ''];
  let out = '';
  let gap = false;
  for (let k = 0; k < 3; k++) {
    const g = groups[k]!;
    if (g === 0) {
      if (out !== '') gap = true;
      continue;
    }
    if (out !== '' && (gap || g < 1000)) out += s.digits[0]; // a skipped place needs 零
    gap = false;
    out += group(g, s, out === '') + bigs[k];
  }
  return out;
}

/** Each group in Arabic digits between 万 and 亿: 1234万5678, 3亿零56. */
function writeArabicGroups(n: number): string {
  return write(n, STANDARD).length > 0
    ? [Math.floor(n / 1e8), Math.floor(n / 1e4) % 1e4, n % 1e4].reduce<{ out: string; gap: boolean }>(
        (acc, g, k) => {
          if (g === 0) return { out: acc.out, gap: acc.out !== '' };
          const zero = acc.out !== '' && (acc.gap || g < 1000) ? '零' : '';
          return { out: acc.out + zero + String(g) + ['亿', '万', ''][k], gap: false };
        },
        { out: '', gap: false },
      ).out
    : String(n);
}

/**
 * The elliptical form where the language allows it: a standard numeral ending in a digit and the
 * place right below the multiplier before it drops that place (一万三千 → 一万三, 四百五十 → 四百五).
 */
function elliptical(standard: string): string | null {
  const below: Record<string, string> = { 万: '千', 千: '百', 百: '十' };
  const last = standard.at(-1)!;
  const beforeDigit = standard.at(-3);
  if (standard.length < 3 || beforeDigit === undefined || below[beforeDigit] !== last) return null;
  if (!'一二三四五六七八九'.includes(standard.at(-2)!)) return null;
  return standard.slice(0, -1);
}

const MEASURE_WORDS = ['件', '人', '个', '项', '元', '次', '家', '场'];

interface Case {
  raw: string;
  value: number;
  unit: string;
}

function readsBack({ raw, value, unit }: Case): void {
  const before = '全年共办理案件';
  const text = `${before}${raw}${unit}。`;
  const metrics = parseReport(text).metrics;
  expect(metrics.map((m) => ({ raw: m.raw, value: m.value, unit: m.unit, span: m.span }))).toEqual([
    { raw: raw + unit, value, unit, span: { start: before.length, end: before.length + raw.length + unit.length } },
  ]);
}

const integer = fc.oneof(
  fc.integer({ min: 1, max: 99_999 }),
  fc.integer({ min: 1, max: 999_999_999_999 }),
  // one or two significant digits, where the elliptical form lives: 13000, 450, 9200
  fc.tuple(fc.integer({ min: 1, max: 99 }), fc.integer({ min: 0, max: 9 })).map(([a, k]) => a * 10 ** k),
);
const unit = fc.constantFrom(...MEASURE_WORDS);

describe('a number written in Chinese reads back to its value', () => {
  it.each([
    ['standard', STANDARD],
    ['financial', FINANCIAL],
    ['financial, traditional', FINANCIAL_TRADITIONAL],
  ] as const)('%s', (_name, script) => {
    fc.assert(
      fc.property(integer, unit, (n, u) => {
        const raw = write(n, script);
        // alone, 伍 陆 肆 拾 are more often part of a word (队伍, 陆续): they count money only
        readsBack({ raw, value: n, unit: raw.length === 1 && '伍陆陸肆拾'.includes(raw) ? '元' : u });
      }),
      params,
    );
  });

  it('standard with 两 for a leading 2 (两千, 两万)', () => {
    fc.assert(
      fc.property(integer.filter((n) => write(n, STANDARD).startsWith('二') && !write(n, STANDARD).startsWith('二十')), unit, (n, u) =>
        readsBack({ raw: `两${write(n, STANDARD).slice(1)}`, value: n, unit: u }),
      ),
      params,
    );
  });

  it('elliptical (一万三, 四百五)', () => {
    const withEllipsis = integer.filter((n) => elliptical(write(n, STANDARD)) !== null);
    fc.assert(
      fc.property(withEllipsis, unit, (n, u) => readsBack({ raw: elliptical(write(n, STANDARD))!, value: n, unit: u })),
      params,
    );
  });

  it('mixed with Arabic digits, place by place (5万4千6百, 2千零30)', () => {
    // a number that starts with 十 has no digit to lead with (十5, 1十5 are no forms)
    const led = integer.filter((n) => !/^\d?十/u.test(write(n, DIGIT_MIXED)));
    fc.assert(
      fc.property(led, unit, (n, u) => readsBack({ raw: write(n, DIGIT_MIXED), value: n, unit: u })),
      params,
    );
  });

  it('mixed with Arabic digits, group by group (1234万5678, 3亿零56)', () => {
    fc.assert(
      fc.property(integer, unit, (n, u) => readsBack({ raw: writeArabicGroups(n), value: n, unit: u })),
      params,
    );
  });

  it('decimals: 三点一四, 两千三点一 (elliptical whole), 3.14', () => {
    const decimal = fc.record({
      whole: fc.oneof(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 1, max: 99 }).map((a) => a * 100)),
      fraction: fc.integer({ min: 1, max: 99 }).map((f) => String(f).padStart(2, '0').replace(/0$/, '')),
      elliptic: fc.boolean(),
    });
    fc.assert(
      fc.property(decimal, unit, ({ whole, fraction, elliptic }, u) => {
        const value = Number(`${whole}.${fraction}`);
        const standard = whole === 0 ? '零' : write(whole, STANDARD);
        const head = elliptic ? (elliptical(standard) ?? standard) : standard;
        const tail = [...fraction].map((d) => STANDARD.digits[Number(d)]!).join('');
        readsBack({ raw: `${head}点${tail}`, value, unit: u });
        readsBack({ raw: `${whole}.${fraction}`, value, unit: u });
      }),
      params,
    );
  });
});
