import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { DEFAULT_MAX_CHARS, parseReport, ReportSchema } from '../src/index.js';

describe('parseReport: misuse throws at once, with an exact message', () => {
  it.each([
    [undefined, 'undefined'],
    [null, 'null'],
    [42, 'number'],
    [['text'], 'an array'],
    [{ text: 'x' }, 'an object'],
    [Buffer.from('x'), 'an object'],
  ])('rejects %o', (input, what) => {
    expect(() => parseReport(input as unknown as string)).toThrow(
      new TypeError(`parseReport: expected the report text as a string, got ${what}`),
    );
  });

  it('rejects unknown or invalid options', () => {
    expect(() => parseReport('x', { maxChars: -1 })).toThrow(TypeError);
    expect(() => parseReport('x', { maxChars: -1 })).toThrow(/^parseReport: options\.maxChars: /);
    expect(() => parseReport('x', { nope: 1 } as never)).toThrow(/^parseReport: options: /);
  });

  it('refuses text over maxChars with a RangeError that names the limit', () => {
    expect(() => parseReport('一二三四五', { maxChars: 4 })).toThrow(
      new RangeError(
        'parseReport: the text is 5 characters long, over the limit of 4 (raise it with the maxChars option)',
      ),
    );
    expect(parseReport('一二三四', { maxChars: 4 }).schemaVersion).toBe(2);
    expect(DEFAULT_MAX_CHARS).toBe(1_000_000);
  });
});

describe('parseReport: odd text gives a report with warnings', () => {
  it.each(['', '   \n\u3000\n', '\uFEFF'])('empty input %j', (input) => {
    const report = parseReport(input);
    expect(ReportSchema.parse(report)).toEqual(report);
    expect(report.sections).toEqual([]);
    expect(report.warnings).toContain('empty input: there is no text to parse');
  });

  it('output is plain JSON', () => {
    const report = parseReport('2021年,我局扎实推进法治政府建设。');
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });
});

describe('ReportSchema', () => {
  it('converts to JSON Schema', () => {
    const schema = z.toJSONSchema(ReportSchema) as Record<string, unknown>;
    expect(schema.type).toBe('object');
    expect(schema.required).toEqual(
      expect.arrayContaining(['schemaVersion', 'title', 'issuer', 'year', 'sections', 'metrics', 'problems', 'plans', 'warnings']),
    );
  });

  it('rejects a report with a wrong field', () => {
    const report = parseReport('2021年法治政府建设。');
    expect(ReportSchema.safeParse({ ...report, year: '2021' }).success).toBe(false);
    expect(ReportSchema.safeParse({ ...report, metrics: [{ raw: '3件' }] }).success).toBe(false);
  });
});
