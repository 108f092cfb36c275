import { describe, expect, it } from 'vitest';
import { parseReport, type Metric, type Report, type Section } from '../src/index.js';
import { csvRows } from '../src/cli/csv.js';
import { CSV_COLUMNS } from '../src/cli/csvColumns.js';
import { csvHeader, csvRows as recordRows, formatRecord } from '../src/cli/format.js';
import { byteSize, positiveInt } from '../src/cli/optionValues.js';
import type { OkRecord } from '../src/cli/record.js';
import { sectionPath } from '../src/cli/sectionPath.js';
import { formatPath, validateText, validateValue } from '../src/cli/validateCommand.js';
import { readCsv } from './helpers/csv.js';

describe('csvRows (RFC 4180, through csv-stringify)', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\rhere', '"cr\rhere"'],
    ['中文,逗号', '"中文,逗号"'],
    ['中文\uFF0C全角逗号', '中文\uFF0C全角逗号'],
    [12.5, '12.5'],
    [-3, '-3'],
    [null, ''],
  ])('%j → %s', (value, field) => {
    expect(csvRows([[value]])).toBe(`${field}\r\n`);
  });

  it('rows end with CRLF; the header names the columns', () => {
    expect(csvRows([['a', 1, null, 'b,c']])).toBe('a,1,,"b,c"\r\n');
    expect(csvHeader()).toBe(`${CSV_COLUMNS.map((c) => c.name).join(',')}\r\n`);
  });

  // OWASP CSV injection: a text cell starting with one of these reaches a spreadsheet as a formula.
  it.each([
    ['=', '=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
    ['+', '+1+cmd|x', "'+1+cmd|x"],
    ['-', '-2+3', "'-2+3"],
    ['@', '@SUM(A1)', "'@SUM(A1)"],
    ['tab', '\t=1', "'\t=1"],
    ['CR', '\r=1', `"'\r=1"`],
  ])('a cell starting with %s is neutralised with a leading quote', (_name, value, field) => {
    expect(csvRows([[value]])).toBe(`${field}\r\n`);
  });
});

function section(marker: string, title: string, start: number, end: number, children: Section[] = []): Section {
  return {
    level: 1,
    style: 'cn',
    ordinal: 1,
    marker,
    title,
    span: { start, end },
    headingSpan: { start, end: start + 5 },
    kind: null,
    topic: null,
    items: [],
    children,
  };
}

function metric(raw: string, start: number, value: number): Metric {
  return { raw, span: { start, end: start + raw.length }, value, max: null, unit: '件', kind: 'count', approx: 'over', subject: '行政复议', change: null, indicator: null };
}

const TREE: Section[] = [
  section('一、', '加强领导', 10, 100, [section('(一)', '压实责任', 20, 60), section('(二)', '完善制度, 健全机制', 60, 100)]),
  section('二、', '依法行政', 100, 200),
];

describe('sectionPath', () => {
  it.each([
    [{ start: 0, end: 5 }, []],
    [{ start: 12, end: 15 }, ['一、加强领导']],
    [{ start: 25, end: 30 }, ['一、加强领导', '(一)压实责任']],
    [{ start: 70, end: 74 }, ['一、加强领导', '(二)完善制度, 健全机制']],
    [{ start: 150, end: 155 }, ['二、依法行政']],
    [{ start: 95, end: 105 }, []],
  ])('%j → %j', (span, path) => {
    expect(sectionPath(TREE, span)).toEqual(path);
  });
});

describe('CSV rows of a record', () => {
  const report: Report = { ...parseReport(''), issuer: null, year: 2021, sections: TREE, metrics: [metric('12件', 70, 12), metric('3件', 150, 3)] };
  const record: OkRecord = { file: 'dir/a,b.txt', ok: true, input: { format: 'text', encoding: 'utf-8', encodingSource: 'detected', replaced: 0, bytes: 1, chars: 1 }, report };

  const column = (name: string): number => CSV_COLUMNS.findIndex((c) => c.name === name);
  /** The first eleven columns, as before columns were added at the end. */
  /** The cells of a one-row CSV (commas inside quotes kept). */
  const cellsOf = (csv: string): string[] => readCsv(csv)[0] ?? [];
  const head = (csv: string): string[][] => readCsv(csv).map((row) => row.slice(0, 11));

  it('writes one row per metric with the section path, quoted where needed', () => {
    const rows = recordRows(record);
    expect(rows.startsWith('"dir/a,b.txt",,2021,"一、加强领导 > (二)完善制度, 健全机制",行政复议,12,件,over,12件,70,73,')).toBe(true);
    expect(head(rows)).toEqual([
      ['dir/a,b.txt', '', '2021', '一、加强领导 > (二)完善制度, 健全机制', '行政复议', '12', '件', 'over', '12件', '70', '73'],
      ['dir/a,b.txt', '', '2021', '二、依法行政', '行政复议', '3', '件', 'over', '3件', '150', '152'],
    ]);
  });

  it('gives a failed input one row with its error, and a report without metrics one row', () => {
    const failed = cellsOf(recordRows({ file: 'x', ok: false, error: { code: 'empty', message: 'm' } }));
    expect(['file', 'ok', 'error_code', 'error_message', 'year', 'subject'].map((name) => failed[column(name)])).toEqual(['x', 'false', 'empty', 'm', '', '']);
    const bare = recordRows({ ...record, report: { ...report, metrics: [] } });
    expect(bare.split('\r\n').filter(Boolean)).toHaveLength(1);
    expect(cellsOf(bare)[column('year')]).toBe('2021');
  });

  it('fills the schema-v2 columns from the issuer, the metric and its section', () => {
    const issuer = {
      name: '某市司法局',
      mention: '某市司法局',
      span: { start: 0, end: 5 },
      source: 'title' as const,
      level: 'prefectural' as const,
      kind: 'department' as const,
      department: '司法行政',
      region: { code: '360100', province: '江西省', prefecture: '南昌市', county: null, township: null },
    };
    const topical = TREE.map((s) => ({ ...s, topic: 'disputes' as Section['topic'] }));
    const m = { ...metric('12件', 70, 12), indicator: 'reconsideration.cases' as Metric['indicator'] };
    const v2: OkRecord = { ...record, report: { ...report, issuer, sections: topical, metrics: [m], citations: [{ title: '某法', kind: 'law', docNumber: null, span: { start: 1, end: 4 } }] as Report['citations'] } };
    const cells = cellsOf(recordRows(v2));
    const get = (name: string): string | undefined => cells[column(name)];
    expect(['issuer_level', 'issuer_kind', 'issuer_department', 'region_code', 'region_province', 'region_prefecture', 'region_county', 'citations', 'indicator', 'section_topic'].map(get)).toEqual(
      ['prefectural', 'department', '司法行政', '360100', '江西省', '南昌市', '', '1', 'reconsideration.cases', 'disputes'],
    );
  });

  it('neutralises a formula in a subject, a raw text and a file name', () => {
    const evil = { ...metric('12件', 70, 12), subject: '=cmd|"/c calc"!A1', raw: '-1件' };
    const rows = recordRows({ ...record, file: '@evil.txt', report: { ...report, metrics: [evil] } });
    expect(rows.startsWith("'@evil.txt,")).toBe(true);
    expect(rows).toContain(`"'=cmd|""/c calc""!A1"`);
    expect(rows).toContain("'-1件");
  });

  it('NDJSON splits on \\n only: U+2028/U+2029 escaped, lone surrogates escaped', () => {
    const odd: OkRecord = { ...record, file: 'a\u2028b\u2029c\uD800d\uDC00e\u0085f.txt' };
    for (const format of ['ndjson', 'json'] as const) {
      const text = formatRecord(odd, format);
      expect(text).not.toMatch(/[\u2028\u2029\uD800-\uDFFF]/);
      expect(text).toContain('a\\u2028b\\u2029c\\ud800d\\udc00e');
      expect(JSON.parse(format === 'json' ? text : text.trimEnd()).file).toBe(odd.file);
    }
  });

  it('NDJSON is one line; JSON is an indented array element', () => {
    const line = formatRecord(record, 'ndjson');
    expect(line.endsWith('\n')).toBe(true);
    expect(line.slice(0, -1)).not.toContain('\n');
    expect(JSON.parse(line)).toEqual(record);
    const element = formatRecord(record, 'json');
    expect(element.startsWith('  {')).toBe(true);
    expect(JSON.parse(`[${element}]`)).toEqual([record]);
  });
});

describe('option values', () => {
  it.each([
    ['1', 1],
    ['16', 16],
  ])('positiveInt(%j) = %d', (text, n) => expect(positiveInt(text)).toBe(n));
  it.each(['0', '-1', '1.5', 'two', ''])('positiveInt(%j) throws', (text) => expect(() => positiveInt(text)).toThrow());
  it.each([
    ['500000', 500000],
    ['512k', 524288],
    ['8M', 8388608],
    ['1.5MB', 1572864],
    ['2GiB', 2147483648],
  ])('byteSize(%j) = %d', (text, n) => expect(byteSize(text)).toBe(n));
  it.each(['0', 'big', '5T', '-3k'])('byteSize(%j) throws', (text) => expect(() => byteSize(text)).toThrow());
});

describe('validate', () => {
  const report = parseReport('某某局2021年度法治政府建设工作报告\n一、加强领导\n全年办理12件。');
  const good = { file: 'a.txt', ok: true, input: { format: 'text' }, report };

  it.each([
    [['sections', 0, 'span', 'end'], 'sections[0].span.end'],
    [['year'], 'year'],
    [[], '(root)'],
  ])('formatPath(%j) = %s', (path, text) => expect(formatPath(path)).toBe(text));

  it('accepts a report, a record, an error record, an array and NDJSON', () => {
    expect(validateValue(report)).toEqual([]);
    expect(validateValue(good)).toEqual([]);
    expect(validateValue({ file: 'b', ok: false, error: { code: 'binary', message: 'x' } })).toEqual([]);
    expect(validateText(JSON.stringify([report, good]))).toEqual({ count: 2, invalid: 0, problems: [] });
    expect(validateText(`${JSON.stringify(good)}\n\n${JSON.stringify(report)}\n`)).toEqual({ count: 2, invalid: 0, problems: [] });
  });

  it('says where a report is wrong', () => {
    const bad = { ...report, year: '2021', metrics: [{ raw: '' }] };
    const problems = validateValue(bad).map((p) => p.where);
    expect(problems).toContain('year');
    expect(problems).toContain('metrics[0].raw');
    const text = `${JSON.stringify(good)}\n${JSON.stringify({ ...good, report: bad })}\nnot json\n`;
    const result = validateText(text);
    expect([result.count, result.invalid]).toEqual([3, 2]);
    expect(result.problems.map((p) => p.where)).toEqual(expect.arrayContaining(['line 2: report.year', 'line 3']));
    expect(result.problems.at(-1)?.where).toBe('line 3');
  });

  it('an error record with an unknown code is invalid; an empty file holds no report', () => {
    expect(validateValue({ file: 'b', ok: false, error: { code: 'nope', message: 'x' } })[0]?.where).toBe('error.code');
    expect(validateText('  \n').problems).toEqual([{ where: '', message: 'no report in the file' }]);
  });
});
