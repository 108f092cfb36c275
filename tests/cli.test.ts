// Runs the BUILT command line (dist/cli.js, made by `npm test`'s pretest build) as a subprocess on
// real files made in a temp dir from fixtures/seed-*.txt.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report, Section } from '../src/index.js';
import { CSV_COLUMNS } from '../src/cli/csvColumns.js';
import type { OkRecord, ParseRecord } from '../src/cli/record.js';
import { readCsv } from './helpers/csv.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** The built CLI; FAZHI_CLI points at another build (a private one, under node_modules/.cache). */
const CLI = process.env.FAZHI_CLI ?? join(ROOT, 'dist', 'cli.js');
const SEEDS = readdirSync(join(ROOT, 'fixtures'))
  .filter((f) => /^seed-\d+\.txt$/.test(f))
  .sort();
const seedText = (name: string): string => readFileSync(join(ROOT, 'fixtures', name), 'utf8');
const TEMPLATE = readFileSync(join(ROOT, 'fixtures', 'cli', 'page-template.html'), 'utf8');
const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function run(args: string[], input?: string | Uint8Array): Run {
  const result = spawnSync(process.execPath, [CLI, ...args], { input, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const records = (stdout: string): ParseRecord[] =>
  stdout
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as ParseRecord);

function escapeHtml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

/** Characters GBK cannot encode become numeric references, as a GBK page writes them. */
function gbkSafe(text: string): string {
  return [...text].map((ch) => (iconv.decode(iconv.encode(ch, 'gbk'), 'gbk') === ch ? ch : `&#x${ch.codePointAt(0)!.toString(16)};`)).join('');
}

/** The seed as a scraped page: chrome around, one <p> per line. */
function page(text: string, charset: string, encodable: (html: string) => string = (html) => html): string {
  const body = text
    .split(/\r?\n/)
    .map((line) => `<p>${encodable(escapeHtml(line))}</p>`)
    .join('\n');
  return TEMPLATE.replace('{{CHARSET}}', charset).replace('{{BODY}}', body);
}

/** What must not change with the encoding or the container. */
function essence(report: Report) {
  const tree = (s: Section): unknown => [s.level, s.marker, s.title, s.kind, s.items.map((i) => i.text), s.children.map(tree)];
  return {
    title: report.title,
    issuer: report.issuer?.name ?? null,
    year: report.year,
    publishedAt: report.publishedAt,
    signedAt: report.signedAt,
    sections: report.sections.map(tree),
    metrics: report.metrics.map((m) => [m.raw, m.value, m.max, m.unit, m.kind, m.approx, m.subject]),
    problems: report.problems.map((p) => p.title),
    plans: report.plans.map((p) => p.title),
  };
}

/** An RFC 4180 reader, enough to read our own output back. */
const dir = mkdtempSync(join(tmpdir(), 'fazhi-cli-'));
const batch = join(dir, 'batch');
const good = join(dir, 'good');
const expected = new Map<string, { ok: true; encoding: string; format: string; seed: string } | { ok: false; code: string }>();

beforeAll(() => {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm test\` (its pretest builds dist/) or \`npx tsup\``);
  mkdirSync(join(batch, 'html'), { recursive: true });
  mkdirSync(good);
  const put = (name: string, bytes: string | Uint8Array, outcome: typeof expected extends Map<string, infer V> ? V : never) => {
    writeFileSync(join(batch, name), bytes);
    expected.set(join(batch, name), outcome);
  };
  for (const seed of SEEDS) {
    const text = seedText(seed);
    const stem = seed.replace('.txt', '');
    put(`${stem}.txt`, text, { ok: true, encoding: 'utf-8', format: 'text', seed });
    put(`${stem}-gb18030.txt`, iconv.encode(text, 'gb18030'), { ok: true, encoding: 'gb18030', format: 'text', seed });
    put(`${stem}-bom.txt`, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]), { ok: true, encoding: 'utf-8', format: 'text', seed });
    put(`html/${stem}.html`, page(text, 'utf-8'), { ok: true, encoding: 'utf-8', format: 'html', seed });
    put(`html/${stem}-gbk.htm`, iconv.encode(page(text, 'gbk', gbkSafe), 'gbk'), { ok: true, encoding: 'gb18030', format: 'html', seed });
    writeFileSync(join(good, seed), text);
  }
  put('empty.txt', '', { ok: false, code: 'empty' });
  put('blank.txt', ' \n\u3000\n', { ok: false, code: 'empty' });
  put('html/nav-only.html', '<html><body><nav>首页 &gt; 政务公开</nav><script>x()</script></body></html>', { ok: false, code: 'empty' });
  put('binary.txt', Buffer.from([0x41, 0x00, 0x42, 0x00, 0xff, 0x10, 0x00, 0x00]), { ok: false, code: 'binary' });
  // the bytes say PDF, whatever the name: read as one, and a broken one (docs/attachments.md)
  put('attachment.txt', Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.from([0xe2, 0xe3, 0xcf, 0xd3])]), { ok: false, code: 'corrupt' });
  put('huge.txt', seedText(SEEDS[0]!).repeat(8), { ok: false, code: 'too-large' });
  writeFileSync(join(batch, 'notes.md'), '# not a report file: a directory walk skips it');
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

const MAX = String(seedText(SEEDS[0]!).length * 4); // above every copy, below huge.txt

describe('fazhi-report parse: a directory of good and broken files', () => {
  let result: Run;
  let out: ParseRecord[];
  beforeAll(() => {
    result = run(['parse', batch, '--jobs', '2', '--max-bytes', MAX]);
    out = records(result.stdout);
  }, 60_000);

  it('gives one record per report file, in sorted order, and exits 1', () => {
    expect(result.status).toBe(1);
    expect(out.map((r) => r.file)).toEqual([...expected.keys()].sort());
  });

  it('gives each broken file an error record with a stable code', () => {
    for (const record of out) {
      const want = expected.get(record.file)!;
      expect({ file: record.file, ok: record.ok }).toEqual({ file: record.file, ok: want.ok });
      if (!record.ok && !want.ok) {
        expect(record.error.code).toBe(want.code);
        expect(record.error.message).not.toBe('');
      }
    }
  });

  it('records how each input was read', () => {
    for (const record of out.filter((r): r is OkRecord => r.ok)) {
      const want = expected.get(record.file)!;
      if (!want.ok) throw new Error('unexpected ok');
      expect([record.file, record.input.encoding, record.input.format]).toEqual([record.file, want.encoding, want.format]);
      expect(record.input.chars).toBeGreaterThan(0);
    }
  });

  it('gives the GB18030, BOM and HTML copies the same report as the UTF-8 text', () => {
    const bySeed = new Map<string, OkRecord[]>();
    for (const record of out.filter((r): r is OkRecord => r.ok)) {
      const want = expected.get(record.file)!;
      if (want.ok) bySeed.set(want.seed, [...(bySeed.get(want.seed) ?? []), record]);
    }
    expect([...bySeed.keys()].sort()).toEqual(SEEDS);
    for (const [seed, copies] of bySeed) {
      expect(copies).toHaveLength(5);
      const utf8 = copies.find((c) => c.file.endsWith(`${seed}`))!;
      for (const copy of copies) expect([copy.file, essence(copy.report)]).toEqual([copy.file, essence(utf8.report)]);
    }
  });

  it('prints a summary on stderr, counting the file skipped for its extension, and no progress bar when stderr is not a terminal', () => {
    const ok = out.filter((r) => r.ok).length;
    const metrics = out.reduce((n, r) => n + (r.ok ? r.report.metrics.length : 0), 0);
    const skipped = '1 skipped \\(not an input format\\)'; // notes.md
    expect(result.stderr).toMatch(
      new RegExp(`^fazhi-report: ${out.length} files, ${ok} ok, ${out.length - ok} failed, ${metrics} metrics, ${skipped}, 2 workers, \\d+\\.\\d\\d s\\n$`),
    );
  });
});

describe('fazhi-report parse: inputs, options and formats', () => {
  it('exits 0 when every input is ok, and keeps input order with several jobs', () => {
    const files = [...SEEDS].reverse().map((s) => join(good, s));
    const result = run(['parse', ...files, files[0]!, '--jobs', '2']);
    expect(result.status).toBe(0);
    expect(records(result.stdout).map((r) => r.file)).toEqual(files);
  });

  it('expands globs and reports a path or pattern that names nothing', () => {
    const result = run(['parse', join(good, 'seed-*.txt'), join(dir, 'missing.txt'), join(dir, 'nothing-*.txt'), '-q']);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('');
    const out = records(result.stdout);
    expect(out.map((r) => [r.ok, r.ok ? null : r.error.code])).toEqual([
      ...SEEDS.map(() => [true, null]),
      [false, 'not-found'],
      [false, 'not-found'],
    ]);
  });

  it('reads one document from stdin with -', () => {
    const text = seedText(SEEDS[0]!);
    const fromFile = records(run(['parse', join(good, SEEDS[0]!)]).stdout)[0] as OkRecord;
    const result = run(['parse', '-'], iconv.encode(text, 'gb18030'));
    expect(result.status).toBe(0);
    const [record] = records(result.stdout) as OkRecord[];
    expect([record!.file, record!.input.encoding, record!.input.format]).toEqual(['-', 'gb18030', 'text']);
    expect(essence(record!.report)).toEqual(essence(fromFile.report));
    const html = records(run(['parse', '-'], page(text, 'utf-8')).stdout)[0] as OkRecord;
    expect(html.input.format).toBe('html');
    expect(essence(html.report)).toEqual(essence(fromFile.report));
  });

  it('reads --ndjson-in lines {id, text | html}, in order, with a record for each bad line', () => {
    const text = seedText(SEEDS[1]!);
    const lines = [
      JSON.stringify({ id: 'a', text }),
      '',
      JSON.stringify({ id: 7, html: page(text, 'utf-8') }),
      '{"id": "broken", "text": ',
      JSON.stringify({ id: 'no-text', body: text }),
      JSON.stringify(['not', 'an', 'object']),
      JSON.stringify({ text: '   ' }),
    ];
    const result = run(['parse', '--ndjson-in', '--jobs', '2'], `${lines.join('\n')}\n`);
    expect(result.status).toBe(1);
    const out = records(result.stdout);
    expect(out.map((r) => [r.file, r.ok ? 'ok' : r.error.code])).toEqual([
      ['a', 'ok'],
      ['7', 'ok'],
      ['-:4', 'bad-record'],
      ['no-text', 'bad-record'],
      ['-:6', 'bad-record'],
      ['-:7', 'empty'],
    ]);
    const [a, b] = out as OkRecord[];
    expect([a!.input.format, b!.input.format]).toEqual(['text', 'html']);
    expect(essence(b!.report)).toEqual(essence(a!.report));
  });

  it('reads --ndjson-in from files, one after the other, and names a missing one', () => {
    const a = join(dir, 'a.ndjson');
    const b = join(dir, 'b.ndjson');
    writeFileSync(a, `${JSON.stringify({ id: 'a1', text: seedText(SEEDS[0]!) })}\r\n${JSON.stringify({ text: seedText(SEEDS[1]!) })}\r\n`);
    writeFileSync(b, `${JSON.stringify({ id: 'b1', text: seedText(SEEDS[2]!) })}`);
    const result = run(['parse', '--ndjson-in', a, join(dir, 'missing.ndjson'), b, '-q']);
    expect(result.status).toBe(1);
    expect(records(result.stdout).map((r) => [r.file, r.ok ? 'ok' : r.error.code])).toEqual([
      ['a1', 'ok'],
      [`${a}:2`, 'ok'],
      [join(dir, 'missing.ndjson'), 'not-found'],
      ['b1', 'ok'],
    ]);
  });

  it('--timeout gives up on an input that never finishes, and the batch goes on', () => {
    const hang = join(dir, 'hang');
    mkdirSync(hang, { recursive: true });
    writeFileSync(join(hang, 'a.txt'), seedText(SEEDS[0]!));
    writeFileSync(join(hang, 'b.txt'), `${seedText(SEEDS[1]!)}\nNEVER-ENDS\n`);
    writeFileSync(join(hang, 'c.txt'), seedText(SEEDS[2]!));
    const result = spawnSync(process.execPath, [CLI, 'parse', hang, '--timeout', '0.5', '--jobs', '1', '-q'], {
      encoding: 'utf8',
      env: { ...process.env, FAZHI_REPORT_TEST_HANG: 'NEVER-ENDS' },
      timeout: 25_000,
    });
    expect(result.status).toBe(1);
    expect(records(result.stdout).map((r) => [r.file, r.ok ? 'ok' : r.error.code])).toEqual([
      [join(hang, 'a.txt'), 'ok'],
      [join(hang, 'b.txt'), 'timeout'],
      [join(hang, 'c.txt'), 'ok'],
    ]);
  });

  it('a worker that dies costs only the record of the input it died on', () => {
    const crash = join(dir, 'crash');
    mkdirSync(crash, { recursive: true });
    const names = ['a', 'b', 'c', 'd', 'e'];
    names.forEach((n, k) => writeFileSync(join(crash, `${n}.txt`), `${seedText(SEEDS[k % SEEDS.length]!)}\n${n === 'c' ? 'KILLS-ITS-WORKER' : ''}\n`));
    for (const jobs of ['1', '2']) {
      const result = spawnSync(process.execPath, [CLI, 'parse', crash, '--jobs', jobs, '-q'], {
      encoding: 'utf8',
        env: { ...process.env, FAZHI_REPORT_TEST_CRASH: 'KILLS-ITS-WORKER' },
        timeout: 25_000,
      });
      expect(result.status, `--jobs ${jobs}`).toBe(1);
      expect(records(result.stdout).map((r) => [r.file, r.ok ? 'ok' : r.error.code])).toEqual(
        names.map((n) => [join(crash, `${n}.txt`), n === 'c' ? 'parse-error' : 'ok']),
      );
    }
  });

  it('--with-text gives the text the spans index, for HTML too', () => {
    const result = run(['parse', join(batch, 'html'), '--with-text', '-q']);
    for (const record of records(result.stdout).filter((r): r is OkRecord => r.ok)) {
      const text = record.input.text!;
      expect(text.length).toBe(record.input.chars);
      expect(text).not.toMatch(/<p>|首页 \||_hmt|不是正文/);
      for (const m of record.report.metrics) expect(text.slice(m.span.start, m.span.end)).toBe(m.raw);
      if (record.report.titleSpan) expect(text.slice(record.report.titleSpan.start, record.report.titleSpan.end)).not.toBe('');
    }
  });

  it('writes CSV: the header, then one row per metric with its span', () => {
    const ndjson = records(run(['parse', good, '-q']).stdout) as OkRecord[];
    const result = run(['parse', good, '--format', 'csv', '-q']);
    expect(result.status).toBe(0);
    const rows = readCsv(result.stdout);
    expect(rows[0]).toEqual(CSV_COLUMNS.map((c) => c.name));
    const metrics = ndjson.flatMap((r) => r.report.metrics.map((m) => [r.file, m.raw, String(m.value), String(m.span.start), String(m.span.end)]));
    expect(rows.slice(1).map((r) => [r[0], r[8], r[5], r[9], r[10]])).toEqual(metrics);
    for (const row of rows) expect(row).toHaveLength(CSV_COLUMNS.length);
  });

  it('writes a JSON array to --out', () => {
    const target = join(dir, 'out.json');
    const result = run(['parse', good, join(batch, 'empty.txt'), '--format', 'json', '--out', target, '-q']);
    expect([result.status, result.stdout]).toEqual([1, '']);
    const all = JSON.parse(readFileSync(target, 'utf8')) as ParseRecord[];
    expect(all.map((r) => r.ok)).toEqual([...SEEDS.map(() => true), false]);
    expect(all).toEqual(records(run(['parse', good, join(batch, 'empty.txt'), '-q']).stdout));
  });

  it.each([
    [['parse']],
    [['parse', good, '--jobs', '0']],
    [['parse', good, '--jobs', 'all']],
    [['parse', good, '--format', 'xml']],
    [['parse', good, '--max-bytes', 'lots']],
    [['parse', good, '--no-such-option']],
    [['parse', good, '--encoding', 'klingon']],
    [['parse', good, '--timeout', 'soon']],
    [['parse', '-', '-']],
    [['parse', good, '--out', join(dir, 'no', 'such', 'dir', 'x.ndjson')]],
    [['frobnicate']],
    [[]],
  ])('usage error %j exits 2', (args) => {
    const result = run(args, '');
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).not.toBe('');
  });

  it('--help and --version exit 0', () => {
    const help = run(['parse', '--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('--ndjson-in');
    expect(help.stdout).toMatch(/--jobs <n\|auto> +worker threads: a number, or auto \(see Workers\)\s+\(default: "auto"\)/);
    expect(help.stdout).toMatch(/Workers \(--jobs auto, the default\): one worker thread, and a second only/);
    expect(run(['--version'])).toEqual({ status: 0, stdout: `${VERSION}\n`, stderr: '' });
  });
});

describe('fazhi-report parse: --jobs', () => {
  const workers = (stderr: string): number => Number(/, (\d+) workers?, /.exec(stderr)?.[1] ?? 'NaN');
  const goodBytes = (): number => SEEDS.reduce((n, s) => n + Buffer.byteLength(seedText(s)), 0);

  it('by default a small batch gets one worker', () => {
    const result = run(['parse', good]);
    expect(result.status).toBe(0);
    expect(workers(result.stderr)).toBe(1);
  });

  it('auto adds a second worker once the batch holds the break-even in bytes, at most one per core', () => {
    const parse = (breakEven: number, jobs: string[] = []) =>
      spawnSync(process.execPath, [CLI, 'parse', good, ...jobs], {
        encoding: 'utf8',
        env: { ...process.env, FAZHI_REPORT_TEST_BREAK_EVEN: String(breakEven) },
      });
    const at = parse(goodBytes());
    const below = parse(goodBytes() + 1, ['--jobs', 'auto']);
    expect([at.status, below.status]).toEqual([0, 0]);
    expect([workers(at.stderr), workers(below.stderr)]).toEqual([Math.min(2, availableParallelism()), 1]);
    expect(at.stdout).toBe(below.stdout);
  });

  it('--jobs N starts N workers, at most one per input, and keeps input order', () => {
    const two = [join(good, SEEDS[1]!), join(good, SEEDS[0]!)];
    const capped = run(['parse', ...two, '--jobs', '3']);
    const one = run(['parse', ...two, '--jobs', '1']);
    expect([workers(capped.stderr), workers(one.stderr)]).toEqual([2, 1]);
    expect(records(capped.stdout).map((r) => r.file)).toEqual(two);
    expect(capped.stdout).toBe(one.stdout);
  });
});

describe('fazhi-report schema and validate', () => {
  it('schema prints the JSON Schema of a report', () => {
    const result = run(['schema']);
    expect(result.status).toBe(0);
    const schema = JSON.parse(result.stdout) as { type: string; properties: Record<string, unknown>; required: string[] };
    expect(schema.type).toBe('object');
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['title', 'issuer', 'year', 'sections', 'metrics', 'problems', 'plans']));
    expect(schema.required).toContain('schemaVersion');
  });

  it('validate accepts the output of parse and says where a tampered report is wrong', () => {
    const saved = join(dir, 'saved.ndjson');
    writeFileSync(saved, run(['parse', good, join(batch, 'binary.txt'), '-q']).stdout);
    const ok = run(['validate', saved]);
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain(`${saved}: ok (${SEEDS.length + 1} entries)`);

    const record = records(readFileSync(saved, 'utf8'))[0] as OkRecord;
    const tampered = join(dir, 'tampered.json');
    writeFileSync(tampered, JSON.stringify({ ...record.report, year: 'last year', sections: [{ level: 0 }] }));
    const bad = run(['validate', saved, tampered]);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain(`${tampered}: year: `);
    expect(bad.stderr).toContain(`${tampered}: sections[0].level: `);
    expect(bad.stdout).toContain(`${tampered}: 1 of 1 invalid`);
    expect(bad.stdout).toMatch(/2 files, \d+ entries checked, 1 invalid/);
  });

  it('validate without files is a usage error', () => {
    expect(run(['validate']).status).toBe(2);
  });
});
