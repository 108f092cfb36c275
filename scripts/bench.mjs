// npm run bench: how fast parseReport (dist/) reads a corpus, on one core, against a peer.
//
//   node scripts/bench.mjs [--json] [--passes] [--peer-budget <seconds>] [--no-peer] [dir …]
//
// Corpus: every .txt in ../shared/corpus/dev when it exists, else the seed reports in
// fixtures/seed-*.txt, plus any directories given. Measures:
// - warm throughput of the whole parse (chars/s, reports/s): the corpus parsed over and over in
//   this process after a warm-up, median of the rounds;
// - cold start: a fresh `node` process that imports dist/index.js and parses one report (ms, median
//   of several processes), and the peak RSS of that process (MB);
// - the first 1,000 parses in a fresh process: their CPU time (the corpus in order, repeated as
//   needed), next to the CPU time of the same 1,000 parses once warm in that process (median of
//   FIRST_RUNS processes): what a CLI batch or a serverless call pays before the JIT has compiled;
// - peak RSS of this process after the warm rounds (MB);
// - the peer: the same texts, line by line, through @microsoft/recognizers-text-suite's Chinese
//   number, percentage and number-with-unit (currency, dimension) models, within a time budget;
// - with --passes, the time of each pass of the pipeline (built from src/ with esbuild), each
//   step timed as the lesser of its wall and CPU time.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bundleSource } from './bundle-src.mjs';
import { readCorpus } from './corpus.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** The build measured: dist/index.js, or BENCH_DIST=<path> for a private build. */
const DIST = resolve(process.env.BENCH_DIST ?? join(ROOT, 'dist', 'index.js'));
const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const extraDirs = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--peer-budget');
const JSON_OUT = flag('--json');
const PEER_BUDGET_S = Number(option('--peer-budget', '30'));
const WARM_MIN_MS = 3000;
/** Parses (and milliseconds) of warm-up before warm rounds count. */
const WARM_UP_PARSES = 5000;
const WARM_UP_MS = 2000;
const WARM_MIN_ROUNDS = 5;
const COLD_RUNS = 5;
/** Parses counted from a fresh process, and how many processes are measured. */
const FIRST_PARSES = 1000;
const FIRST_RUNS = 3;

function log(...xs) {
  if (!JSON_OUT) console.error(...xs);
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

const mb = (bytes) => bytes / (1024 * 1024);

// ---------------------------------------------------------------------------------------------

async function warm(texts) {
  const { parseReport } = await import(pathToFileURL(DIST).href);
  const chars = texts.reduce((n, t) => n + t.text.length, 0);
  // warm means compiled: a fresh parser is several times slower for its first few thousand parses,
  // and on a busy machine the compiler threads take longer still, so warm up by parses and time
  for (let n = 0, w0 = performance.now(); n < WARM_UP_PARSES || performance.now() - w0 < WARM_UP_MS; ) {
    for (const t of texts) parseReport(t.text);
    n += texts.length;
  }
  const rounds = [];
  const cpuRounds = [];
  const t0 = performance.now();
  while (rounds.length < WARM_MIN_ROUNDS || performance.now() - t0 < WARM_MIN_MS) {
    const a = performance.now();
    const c = process.cpuUsage();
    for (const t of texts) parseReport(t.text);
    const cpu = process.cpuUsage(c);
    rounds.push(performance.now() - a);
    cpuRounds.push((cpu.user + cpu.system) / 1000);
  }
  const ms = median(rounds);
  const cpuMs = median(cpuRounds);
  return {
    chars,
    reports: texts.length,
    rounds: rounds.length,
    msPerRound: ms,
    charsPerSec: (chars / ms) * 1000,
    reportsPerSec: (texts.length / ms) * 1000,
    /** The same from CPU time (this process, GC threads included): less sensitive to a busy machine. */
    cpuMsPerRound: cpuMs,
    cpuCharsPerSec: (chars / cpuMs) * 1000,
    peakRssMB: mb(process.resourceUsage().maxRSS * 1024),
  };
}

function cold(text) {
  const script = `
    const text = (await import('node:fs')).readFileSync(0, 'utf8');
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const { parseReport } = await import(${JSON.stringify(pathToFileURL(DIST).href)});
    const t1 = performance.now();
    parseReport(text);
    const t2 = performance.now();
    const cpu = process.cpuUsage(c0);
    console.log(JSON.stringify({ importMs: t1 - t0, parseMs: t2 - t1, cpuMs: (cpu.user + cpu.system) / 1000, rssKB: process.resourceUsage().maxRSS }));`;
  const runs = [];
  for (let i = 0; i < COLD_RUNS; i++) {
    const started = performance.now();
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { input: text, encoding: 'utf8', cwd: ROOT });
    const wallMs = performance.now() - started;
    if (r.status !== 0) throw new Error(`cold start failed: ${r.stderr}`);
    runs.push({ ...JSON.parse(r.stdout.trim().split('\n').pop()), wallMs });
  }
  return {
    chars: text.length,
    importMs: median(runs.map((r) => r.importMs)),
    firstParseMs: median(runs.map((r) => r.parseMs)),
    ms: median(runs.map((r) => r.importMs + r.parseMs)),
    cpuMs: median(runs.map((r) => r.cpuMs)),
    processWallMs: median(runs.map((r) => r.wallMs)),
    peakRssMB: Math.max(...runs.map((r) => mb(r.rssKB * 1024))),
  };
}

/**
 * The CPU time of the first FIRST_PARSES parses in a fresh process, and of the same parses again
 * in that process (warm), median of FIRST_RUNS processes. The texts reach the child on stdin.
 */
function firstParses(texts) {
  const script = `
    const texts = JSON.parse((await import('node:fs')).readFileSync(0, 'utf8'));
    const { parseReport } = await import(${JSON.stringify(pathToFileURL(DIST).href)});
    const round = () => {
      const c = process.cpuUsage();
      let chars = 0;
      for (let i = 0; i < ${FIRST_PARSES}; i++) {
        const t = texts[i % texts.length];
        parseReport(t);
        chars += t.length;
      }
      const cpu = process.cpuUsage(c);
      return { cpuMs: (cpu.user + cpu.system) / 1000, chars };
    };
    const first = round();
    for (let k = 0; k < 3; k++) round();
    const warm = round();
    console.log(JSON.stringify({ first, warm }));`;
  const input = JSON.stringify(texts.map((t) => t.text));
  const runs = [];
  for (let i = 0; i < FIRST_RUNS; i++) {
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { input, encoding: 'utf8', cwd: ROOT, maxBuffer: 1 << 26 });
    if (r.status !== 0) throw new Error(`first parses failed: ${r.stderr}`);
    runs.push(JSON.parse(r.stdout.trim().split('\n').pop()));
  }
  const firstMs = median(runs.map((r) => r.first.cpuMs));
  const warmMs = median(runs.map((r) => r.warm.cpuMs));
  return {
    parses: FIRST_PARSES,
    chars: runs[0].first.chars,
    firstCpuMs: firstMs,
    warmCpuMs: warmMs,
    firstCharsPerSec: (runs[0].first.chars / firstMs) * 1000,
    warmCharsPerSec: (runs[0].first.chars / warmMs) * 1000,
    ratio: firstMs / warmMs,
    runs: runs.map((r) => Math.round(r.first.cpuMs)),
  };
}

function peer(texts, budgetS) {
  const require = createRequire(import.meta.url);
  const fromSuite = createRequire(require.resolve('@microsoft/recognizers-text-suite'));
  const { Culture } = require('@microsoft/recognizers-text-suite');
  const { NumberRecognizer } = fromSuite('@microsoft/recognizers-text-number');
  const { NumberWithUnitRecognizer } = fromSuite('@microsoft/recognizers-text-number-with-unit');
  const t0 = performance.now();
  const numbers = new NumberRecognizer(Culture.Chinese);
  const units = new NumberWithUnitRecognizer(Culture.Chinese);
  const models = {
    number: numbers.getNumberModel(),
    percentage: numbers.getPercentageModel(),
    currency: units.getCurrencyModel(),
    dimension: units.getDimensionModel(),
  };
  const lines = texts.flatMap((t) => t.text.split('\n')).filter((l) => l.trim() !== '');
  // Warm-up on one report's worth of lines.
  for (const m of Object.values(models)) for (const l of lines.slice(0, 60)) m.parse(l);
  const setupMs = performance.now() - t0;
  const perModel = {};
  let chars = 0;
  let ms = 0;
  let done = 0;
  const deadline = performance.now() + budgetS * 1000;
  for (const line of lines) {
    if (performance.now() > deadline) break;
    for (const [name, m] of Object.entries(models)) {
      const a = performance.now();
      m.parse(line);
      const d = performance.now() - a;
      perModel[name] = (perModel[name] ?? 0) + d;
      ms += d;
    }
    chars += line.length;
    done++;
  }
  return {
    setupMs,
    lines: done,
    ofLines: lines.length,
    chars,
    charsPerSec: (chars / ms) * 1000,
    perModelCharsPerSec: Object.fromEntries(Object.entries(perModel).map(([k, v]) => [k, (chars / v) * 1000])),
  };
}

/** Starts a clock; calling what it returns gives the ms since: the lesser of wall and CPU time. */
function clock() {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  return () => {
    const wall = performance.now() - t0;
    const cpu = process.cpuUsage(c0);
    return Math.min(wall, (cpu.user + cpu.system) / 1000);
  };
}

/** Time of each pass, from a private esbuild of src/ (the pass list is not part of the API). */
async function passes(texts) {
  const dir = join(ROOT, 'node_modules', '.cache', 'fazhi-bench');
  mkdirSync(dir, { recursive: true });
  const outfile = join(dir, 'parse.js');
  await bundleSource(outfile);
  const { PASSES, createDoc, emptyDraft, parseReport } = await import(pathToFileURL(outfile).href);
  const times = { document: 0, ...Object.fromEntries(PASSES.map((p) => [p.name, 0])) };
  for (let i = 0; i < 3; i++) for (const t of texts) parseReport(t.text);
  let whole = 0;
  let rounds = 0;
  const started = performance.now();
  while (rounds < 5 || performance.now() - started < WARM_MIN_MS) {
    rounds++;
    for (const t of texts) {
      let a = clock();
      parseReport(t.text);
      whole += a();
      a = clock();
      const doc = createDoc(t.text);
      times.document += a();
      let draft = emptyDraft(t.text.length);
      for (const pass of PASSES) {
        a = clock();
        const update = pass.run(doc, draft);
        times[pass.name] += a();
        draft = { ...draft, ...update, warnings: [...draft.warnings, ...(update.warnings ?? [])] };
      }
    }
  }
  const total = Object.values(times).reduce((x, y) => x + y, 0);
  return {
    wholeParseMs: whole / rounds,
    passes: Object.fromEntries(Object.entries(times).map(([k, v]) => [k, { ms: v / rounds, share: v / total }])),
  };
}

// ---------------------------------------------------------------------------------------------

if (!existsSync(DIST)) {
  console.error('bench: dist/index.js is missing; run `npm run build` first (npm run bench does).');
  process.exit(1);
}
const { texts, used } = readCorpus(extraDirs);
if (texts.length === 0) {
  console.error('bench: no .txt files in fixtures/');
  process.exit(1);
}
const largest = texts.reduce((a, b) => (b.text.length > a.text.length ? b : a));

log(`corpus: ${used.map((u) => `${u.files} from ${u.dir}`).join(', ')}`);
log('warm throughput …');
const warmResult = await warm(texts);
// Most of the corpus is page excerpts (a few hundred characters), where fixed per-report work
// weighs most; whole reports are measured on their own as well.
const FULL_REPORT_CHARS = 3000;
const fullTexts = texts.filter((t) => t.text.length >= FULL_REPORT_CHARS);
const fullResult = fullTexts.length ? (log('warm throughput, full reports …'), await warm(fullTexts)) : null;
log('cold start …');
const coldResult = cold(largest.text);
log(`first ${FIRST_PARSES} parses in a fresh process …`);
const firstResult = firstParses(texts);
const peerResult = flag('--no-peer') ? null : (log(`peer (budget ${PEER_BUDGET_S} s) …`), peer(texts, PEER_BUDGET_S));
const passResult = flag('--passes') ? (log('passes …'), await passes(texts)) : null;

const result = {
  node: process.version,
  machine: { cpus: cpus().length, cpu: cpus()[0]?.model ?? '?', loadAverage: loadavg().map((x) => Math.round(x * 100) / 100) },
  corpus: { reports: texts.length, chars: warmResult.chars, dirs: used },
  warm: warmResult,
  warmFullReports: fullResult ? { ...fullResult, reports: fullTexts.length, minChars: FULL_REPORT_CHARS } : null,
  cold: { ...coldResult, text: largest.name },
  firstParses: firstResult,
  peer: peerResult,
  passes: passResult,
  targets: {
    warmCharsPerSec: { target: 5e6, ok: warmResult.charsPerSec >= 5e6 },
    coldMs: { target: 300, ok: coldResult.ms <= 300 },
    peakRssMB: { target: 150, ok: Math.max(coldResult.peakRssMB, warmResult.peakRssMB) <= 150 },
    fasterThanPeer: peerResult ? { ok: warmResult.charsPerSec > peerResult.charsPerSec } : null,
  },
};

if (JSON_OUT) {
  console.log(JSON.stringify(result, null, 2));
} else {
  const n = (x, d = 0) => x.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });
  const ok = (b) => (b ? 'ok' : 'MISSED');
  const rows = [
    ['corpus', `${texts.length} reports, ${n(warmResult.chars)} chars`, '', ''],
    ['warm throughput', `${n(warmResult.charsPerSec / 1e6, 2)} M chars/s`, '≥ 5 M chars/s', ok(result.targets.warmCharsPerSec.ok)],
    ['', `${n(warmResult.reportsPerSec, 1)} reports/s`, '', ''],
    ['  from CPU time', `${n(warmResult.cpuCharsPerSec / 1e6, 2)} M chars/s`, '', ''],
    ...(fullResult
      ? [[`  full reports (${fullTexts.length}, ≥ ${n(FULL_REPORT_CHARS)} chars)`, `${n(fullResult.charsPerSec / 1e6, 2)} M chars/s`, '', '']]
      : []),
    ['cold start (import + 1st parse)', `${n(coldResult.ms, 1)} ms (${n(coldResult.importMs, 1)} + ${n(coldResult.firstParseMs, 1)})`, '≤ 300 ms', ok(result.targets.coldMs.ok)],
    ['  CPU time', `${n(coldResult.cpuMs, 1)} ms`, '', ''],
    ['', `process wall ${n(coldResult.processWallMs, 0)} ms, ${n(coldResult.chars)} chars`, '', ''],
    [`first ${n(FIRST_PARSES)} parses, fresh process`, `${n(firstResult.firstCpuMs, 0)} ms CPU (${n(firstResult.firstCharsPerSec / 1e6, 2)} M chars/s)`, '', ''],
    ['  the same parses, warm', `${n(firstResult.warmCpuMs, 0)} ms CPU (${n(firstResult.warmCharsPerSec / 1e6, 2)} M chars/s)`, `${n(firstResult.ratio, 1)}× slower first`, ''],
    ['', `runs ${firstResult.runs.join(', ')} ms, ${n(firstResult.chars)} chars`, '', ''],
    ['peak RSS, cold process', `${n(coldResult.peakRssMB, 1)} MB`, '≤ 150 MB', ok(coldResult.peakRssMB <= 150)],
    ['peak RSS, warm (this process)', `${n(warmResult.peakRssMB, 1)} MB`, '≤ 150 MB', ok(warmResult.peakRssMB <= 150)],
  ];
  if (peerResult) {
    rows.push(['peer: recognizers-text (zh)', `${n(peerResult.charsPerSec / 1e3, 1)} k chars/s`, 'slower than us', ok(result.targets.fasterThanPeer.ok)]);
    for (const [k, v] of Object.entries(peerResult.perModelCharsPerSec)) rows.push([`  ${k} model`, `${n(v / 1e3, 1)} k chars/s`, '', '']);
    rows.push(['', `${n(peerResult.lines)} of ${n(peerResult.ofLines)} lines, ${n(peerResult.chars)} chars`, '', '']);
    rows.push(['fazhi-report / peer', `${n(warmResult.charsPerSec / peerResult.charsPerSec, 0)}×`, '', '']);
  }
  if (passResult) {
    rows.push(['passes (per corpus round)', `${n(passResult.wholeParseMs, 2)} ms whole parse`, '', '']);
    for (const [k, v] of Object.entries(passResult.passes)) rows.push([`  ${k}`, `${n(v.ms, 2)} ms`, `${n(v.share * 100, 1)} %`, '']);
  }
  const w = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i].length)));
  const line = (r) => `${r[0].padEnd(w[0])}  ${r[1].padEnd(w[1])}  ${r[2].padEnd(w[2])}  ${r[3]}`.trimEnd();
  const load = result.machine.loadAverage[0];
  console.log(`fazhi-report bench (node ${process.version}, one core of ${result.machine.cpus}, load average ${load})`);
  if (load > result.machine.cpus) console.log('note: the machine is busy (load average above its core count): times are inflated');
  for (const r of rows) console.log(line(r));
}
