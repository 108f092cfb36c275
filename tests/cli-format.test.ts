import { describe, expect, it } from 'vitest';
import { parseReport, type Metric, type Report, type Section } from '../src/index.js';
import { csvField, csvRow } from '../src/cli/csv.js';
import { CSV_COLUMNS, csvHeader, csvRows, formatRecord } from '../src/cli/format.js';
import { byteSize, positiveInt } from '../src/cli/optionValues.js';
import type { OkRecord } from '../src/cli/record.js';
import { sectionPath } from '../src/cli/sectionPath.js';
import { formatPath, validateText, validateValue } from '../src/cli/validateCommand.js';

describe('csvField (RFC 4180)', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\rhere', '"cr\rhere"'],
    ['中文,逗号', '"中文,逗号"'],
    ['中文\uFF0C全角逗号', '中文\uFF0C全角逗号'],
    [12.5, '12.5'],
    [null, ''],
  ])('%j → %s', (value, field) => {
    expect(csvField(value)).toBe(field);
  });

  it('rows end with CRLF', () => {
    expect(csvRow(['a', 1, null, 'b,c'])).toBe('a,1,,"b,c"\r\n');
    expect(csvHeader()).toBe(`${CSV_COLUMNS.join(',')}\r\n`);
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

describe('csvRows', () => {
  const report: Report = { ...parseReport(''), issuer: null, year: 2021, sections: TREE, metrics: [metric('12件', 70, 12), metric('3件', 150, 3)] };
  const record: OkRecord = { file: 'dir/a,b.txt', ok: true, input: { format: 'text', encoding: 'utf-8', encodingSource: 'detected', bytes: 1, chars: 1 }, report };

  it('writes one row per metric with the section path, quoted where needed', () => {
    expect(csvRows(record)).toBe(
      '"dir/a,b.txt",,2021,"一、加强领导 > (二)完善制度, 健全机制",行政复议,12,件,over,12件,70,73\r\n' +
        '"dir/a,b.txt",,2021,二、依法行政,行政复议,3,件,over,3件,150,152\r\n',
    );
  });

  it('writes nothing for a failed input', () => {
    expect(csvRows({ file: 'x', ok: false, error: { code: 'empty', message: 'm' } })).toBe('');
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
    expect(validateText(JSON.stringify([report, good]))).toEqual({ count: 2, problems: [] });
    expect(validateText(`${JSON.stringify(good)}\n\n${JSON.stringify(report)}\n`)).toEqual({ count: 2, problems: [] });
  });

  it('says where a report is wrong', () => {
    const bad = { ...report, year: '2021', metrics: [{ raw: '' }] };
    const problems = validateValue(bad).map((p) => p.where);
    expect(problems).toContain('year');
    expect(problems).toContain('metrics[0].raw');
    const text = `${JSON.stringify(good)}\n${JSON.stringify({ ...good, report: bad })}\nnot json\n`;
    const result = validateText(text);
    expect(result.count).toBe(2);
    expect(result.problems.map((p) => p.where)).toEqual(expect.arrayContaining(['line 2: report.year', 'line 3']));
  });

  it('an error record with an unknown code is invalid; an empty file holds no report', () => {
    expect(validateValue({ file: 'b', ok: false, error: { code: 'nope', message: 'x' } })[0]?.where).toBe('error.code');
    expect(validateText('  \n').problems).toEqual([{ where: '', message: 'no report in the file' }]);
  });
});
