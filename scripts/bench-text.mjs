// npm run bench (after scripts/bench.mjs): what fazhi-report/text costs.
//
//   node scripts/bench-text.mjs [--json] [dir …]
//
// Corpus: every .txt in ../shared/corpus/dev when it exists, else fixtures/seed-*.txt, plus any
// directories given; each parsed once (not timed). Measures, on the built dist/:
// - load: a fresh `node` process that imports fazhi-report/text and loads the segmenter
//   (@node-rs/jieba, its dictionary and the user dictionary), median of several processes, and
//   that process's RSS; next to it, @node-rs/jieba alone (Jieba.withDict);
// - words(): warm throughput over the corpus (words/s, chars/s), median of the rounds;
// - keywords(): one run over the whole corpus.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { readCorpus } from './corpus.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const JSON_OUT = args.includes('--json');
const dirs = args.filter((a) => !a.startsWith('--'));
const COLD_RUNS = 5;
const WARM_MIN_MS = 3000;
const WARM_MIN_ROUNDS = 3;
const log = (...xs) => {
  if (!JSON_OUT) console.error(...xs);
};
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const INDEX = pathToFileURL(join(ROOT, 'dist', 'index.js')).href;
const TEXT = pathToFileURL(join(ROOT, 'dist', 'text.js')).href;

/** Runs `code` in a fresh process; it prints JSON {ms, rss}. */
function cold(code) {
  const runs = [];
  for (let i = 0; i < COLD_RUNS; i++) {
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', code], { cwd: ROOT, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(r.stderr);
    runs.push(JSON.parse(r.stdout));
  }
  return { ms: median(runs.map((r) => r.ms)), rssMB: median(runs.map((r) => r.rss)) };
}

const MEASURE = (body) => `const t = performance.now(); ${body}
console.log(JSON.stringify({ ms: performance.now() - t, rss: process.memoryUsage().rss / 1048576 }));`;

async function main() {
  const { parseReport } = await import(INDEX);
  const text = await import(TEXT);
  let tools;
  try {
    tools = await text.loadText();
  } catch (error) {
    log(`bench-text: skipped: ${error.message}`);
    if (JSON_OUT) console.log(JSON.stringify({ skipped: error.message }));
    return;
  }
  const corpus = readCorpus(dirs).texts.map(({ id, text: t }) => ({ id, text: t, report: parseReport(t) }));
  const chars = corpus.reduce((n, r) => n + r.text.length, 0);
  log(`bench-text: ${corpus.length} reports, ${chars.toLocaleString('en')} chars`);

  const load = cold(MEASURE(`const { loadText } = await import(${JSON.stringify(TEXT)}); await loadText();`));
  const bare = cold(
    MEASURE(`const { Jieba } = await import('@node-rs/jieba'); const { dict } = await import('@node-rs/jieba/dict.js'); Jieba.withDict(dict);`),
  );
  log(`load: fazhi-report/text + segmenter ${load.ms.toFixed(0)} ms, RSS ${load.rssMB.toFixed(0)} MB (median of ${COLD_RUNS} processes)`);
  log(`      @node-rs/jieba alone          ${bare.ms.toFixed(0)} ms, RSS ${bare.rssMB.toFixed(0)} MB`);

  for (const r of corpus) tools.words(r.report, r.text); // warm-up
  const rounds = [];
  let words = 0;
  const started = performance.now();
  while (rounds.length < WARM_MIN_ROUNDS || performance.now() - started < WARM_MIN_MS) {
    const t = performance.now();
    let n = 0;
    for (const r of corpus) for (const s of tools.words(r.report, r.text)) n += s.words.length;
    rounds.push(performance.now() - t);
    words = n;
  }
  const ms = median(rounds);
  const wordsPerS = (words / ms) * 1000;
  const charsPerS = (chars / ms) * 1000;
  log(`words(): ${words.toLocaleString('en')} words kept per round, ${Math.round(wordsPerS).toLocaleString('en')} words/s, ${Math.round(charsPerS).toLocaleString('en')} chars/s (median of ${rounds.length} rounds)`);

  const t = performance.now();
  tools.keywords(corpus);
  const keywordsMs = performance.now() - t;
  log(`keywords(): ${corpus.length} reports in ${keywordsMs.toFixed(0)} ms`);
  if (JSON_OUT) {
    console.log(JSON.stringify({ reports: corpus.length, chars, load, jiebaAlone: bare, words, wordsPerS, charsPerS, keywordsMs }));
  }
}

await main();
