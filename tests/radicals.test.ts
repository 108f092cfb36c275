import { describe, expect, it } from 'vitest';
import { RADICAL_IDEOGRAPHS, RADICALS } from '../src/data/radicals.generated.js';
import { normalise } from '../src/document.js';
import { parseReport } from '../src/index.js';

/** Every character of `text` that has a radical look-alike, written as that radical. */
function withRadicals(text: string): string {
  const back = new Map<string, string>();
  for (let i = 0; i < RADICALS.length; i++) if (!back.has(RADICAL_IDEOGRAPHS[i]!)) back.set(RADICAL_IDEOGRAPHS[i]!, RADICALS[i]!);
  return [...text].map((ch) => back.get(ch) ?? ch).join('');
}

describe('radical look-alikes read as the ideographs they look like', () => {
  it('the table holds the Kangxi block from NFKC and supplement radicals, one BMP unit each', () => {
    expect(RADICALS.length).toBe(RADICAL_IDEOGRAPHS.length);
    for (let i = 0; i < RADICALS.length; i++) {
      const radical = RADICALS[i]!;
      if (radical >= '\u2F00') expect(radical.normalize('NFKC')).toBe(RADICAL_IDEOGRAPHS[i]);
      else expect(radical >= '\u2E80' && radical <= '\u2EF3').toBe(true);
    }
    expect(RADICALS).toContain('⻔');
  });

  it('a report written with radicals parses to the same title, issuer, year and sections', () => {
    const text = [
      '南昌市卫生健康委员会2021年度法治政府建设工作报告',
      '',
      '2021年,市卫健委扎实推进法治政府建设各项工作。',
      '一、加强党对法治政府建设的领导',
      '全年开展法治培训12次,参训人员达300人。',
      '二、存在的问题',
      '法治宣传的针对性还不够强。',
      '',
      '南昌市卫生健康委员会',
      '2022年1月10日',
    ].join('\n');
    const written = withRadicals(text);
    expect(written).not.toBe(text);
    expect(written.length).toBe(text.length);
    expect(written).toMatch(/[\u2F00-\u2FD5]/u);
    const plain = parseReport(text);
    const radical = parseReport(written);
    expect(plain.issuer?.name).toBeTruthy();
    // names are kept as written (as for traditional characters); read through the view they are the same
    expect(radical.issuer!.span).toEqual(plain.issuer!.span);
    expect(normalise(radical.issuer!.name)).toBe(plain.issuer!.name);
    expect(radical.issuer!.kind).toBe(plain.issuer!.kind);
    expect(radical.issuer!.department).toBe(plain.issuer!.department);
    expect(radical.titleSpan).toEqual(plain.titleSpan);
    expect(radical.year).toBe(plain.year);
    expect(radical.sections.map((s) => normalise(s.title))).toEqual(plain.sections.map((s) => s.title));
    expect(radical.sections.length).toBe(2);
    expect(plain.metrics.length).toBeGreaterThan(0);
    expect(radical.metrics.map((m) => [m.value, m.unit])).toEqual(plain.metrics.map((m) => [m.value, m.unit]));
    // spans still index the input as written
    const issuer = radical.issuer!;
    expect(written.slice(issuer.span.start, issuer.span.end)).toBe(issuer.mention);
  });
});
