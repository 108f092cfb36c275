// Linear time on hostile input. Each case parses a long run of one hostile piece at 25,000 and at
// 100,000 characters in a worker thread (tests/helpers/linear-worker.mjs), killed if it runs for
// too long. A run's time is the CPU time of that worker thread (Linux; elsewhere the lesser of wall
// and process CPU time), so other processes do not inflate it. It runs in `npm run test:slow`, not
// in parallel with other test files. Four times the input may cost at most five times the time (the
// best of several runs after a warm-up, plus a few milliseconds of timer and GC slack), and 100,000 characters must
// parse in under 200 ms. A case that misses is measured once more in a fresh worker: a loaded
// machine misses once, a super-linear pass misses every time. These guard against super-linear blow-up (a regex that backtracks, a scan that
// restarts at every offset), not against a slow machine: the margins are wide on purpose.
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { bundleSource } from '../scripts/bundle-src.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/** LINEAR_SCALE=4 looks deeper (100,000 → 400,000 characters, 800 ms), for a slow quadratic term. */
const SCALE = Number(process.env.LINEAR_SCALE ?? 1);
const SMALL = 25_000 * SCALE;
const BIG = 100_000 * SCALE;
const RUNS = 5;
const MAX_RATIO = 5;
/** Timer and GC noise allowed on top of MAX_RATIO × the small time. */
const SLACK_MS = 10;
const BIG_LIMIT_MS = 200 * SCALE;
/** The worker is killed after this long (wall time, on a loaded machine): a quadratic pass on 100,000 characters takes far longer. */
const KILL_AFTER_MS = 60_000 * SCALE;

interface Case {
  /** The piece repeated. */
  unit: string;
  prefix?: string;
  suffix?: string;
}

const CASES: Record<string, Case> = {
  '"(一" × n': { unit: '(一' },
  '"1" × n': { unit: '1' },
  '"0,00" × n': { unit: '0,00' },
  '"一" × n + "元"': { unit: '一', suffix: '元' },
  '"第" + " " × n': { unit: ' ', prefix: '第' },
  '"\\u3000" × n': { unit: '\u3000' },
  '"（" × n': { unit: '（' },
  '"一、\\n" × n': { unit: '一、\n' },
  '"1." × n': { unit: '1.' },
  '"百分之" × n': { unit: '百分之' },
  '"1.1.1." × n': { unit: '1.1.1.' },
  '"万" × n': { unit: '万' },
  '"、" × n': { unit: '、' },
  '"一是" × n': { unit: '一是' },
  '"一、" × n (one line)': { unit: '一、' },
  '"(一)" × n (one line)': { unit: '(一)' },
  '"(1)\\n" × n': { unit: '(1)\n' },
  '"①" × n': { unit: '①' },
  '"第一部分\\n" × n': { unit: '第一部分\n' },
  '"第一," × n': { unit: '第一,' },
  '"1,1" × n + "%"': { unit: '1,1', suffix: '%' },
  '"1.5万" × n': { unit: '1.5万' },
  '"5-" × n': { unit: '5-' },
  '"约" × n + "5件"': { unit: '约', suffix: '5件' },
  '"2021年" × n': { unit: '2021年' },
  '"\\n" × n': { unit: '\n' },
  '" " × n + "x"': { unit: ' ', suffix: 'x' },
  '"。" × n': { unit: '。' },
  '"一二三四五六七八九十百千万亿" × n': { unit: '一二三四五六七八九十百千万亿' },
  '"首页 > " × n': { unit: '首页 > ' },
  '"发布日期:" × n': { unit: '发布日期:' },
  '"存在的问题" × n': { unit: '存在的问题' },
  '"下一步,一是" × n': { unit: '下一步,一是' },
  '"法治政府建设年度报告" × n': { unit: '法治政府建设年度报告' },
  '"人民政府" × n': { unit: '人民政府' },
  '"〔2023〕" × n': { unit: '〔2023〕' },
  '"十余次" × n': { unit: '十余次' },
  '"3次" × n': { unit: '3次' },
  '"1件," × n': { unit: '1件,' },
  '"两千余人," × n': { unit: '两千余人,' },
  '"。一、“" × n (one line, unclosed quotes)': { unit: '。一、“' },
  '"。(一)“" × n (one line, unclosed quotes)': { unit: '。(一)“' },
  '"。(一)工作一是" × n (one line)': { unit: '。(一)工作一是' },
  '"。一、工作一是" × n (one line)': { unit: '。一、工作一是' },
  '"报告如下:一、情况" × n (one line)': { unit: '报告如下:一、情况' },
  '"如下:一、情况2023年" × n (one line)': { unit: '如下:一、情况2023年', suffix: ',' },
  '"(一)学法第一," × n (one line)': { unit: '(一)学法第一,', suffix: '第二,' },
  '"村(社区)" × n + "14个"': { unit: '村(社区)', suffix: '14个' },
  '"较上年" × n + "缩短5%"': { unit: '较上年', suffix: '缩短5%' },
  '"由原来的" × n + "5项"': { unit: '由原来的', suffix: '5项' },
  '"《" × n (unclosed titles)': { unit: '《' },
  '"《关于" × n + "》"': { unit: '《关于', suffix: '》' },
  '"《法》(国发〔2021〕" × n': { unit: '《法》(国发〔2021〕' },
  '"学法》5次," × n': { unit: '学法》5次,' },
  '"某局\\n2024年1月5日\\n浏览\\n" × n': { unit: '某局\n2024年1月5日\n浏览\n', prefix: '一、工作\n' },
  '"&" × n': { unit: '&' },
  '"&#1" × n + ";"': { unit: '&#1', suffix: ';' },
  '"&nbsp" × n': { unit: '&nbsp' },
  '"工作." × n': { unit: '工作.' },
  'a line wrapped at 30 characters × n, under 存在的问题': { unit: '一是部分干部法治意识还不够强依法行政能力有待提高还\n', prefix: '一、存在的问题\n' },
  '"总数的5%和6%\\n" × n': { unit: '总数的5%和6%\n' },
  '"&#13;" × n': { unit: '&#13;' },
  '"<a " × n (a tag never closed)': { unit: '<a ' },
  '"<script>" × n (never closed)': { unit: '<script>' },
  '"[a](" × n (a link never closed)': { unit: '[a](' },
  '"**一、" × n': { unit: '**一、' },
  '"2016年,某州气象局" × n (no predicate)': { unit: '2016年,某州气象局' },
  '"某某\\n" × n (no full stop, no issuer)': { unit: '某某\n' },
  '"2020年" × n + "。"': { unit: '2020年', suffix: '。' },
  'a 320-character line with no full stop or colon × n (run-on lines searched for sentence ends)': { unit: `${'依法行政'.repeat(80)}\n`, suffix: '。一、总结' },
  'a real report × n': { unit: readFileSync(new URL('../fixtures/seed-000.txt', import.meta.url), 'utf8') },
};

let dir = '';
let modulePath = '';

beforeAll(async () => {
  // A private build of the current sources, inside node_modules so that its imports resolve.
  const cache = fileURLToPath(new URL('../node_modules/.cache/', import.meta.url));
  mkdirSync(cache, { recursive: true });
  dir = mkdtempSync(join(cache, 'fazhi-linear-'));
  const outfile = join(dir, 'index.js');
  await bundleSource(outfile);
  modulePath = pathToFileURL(outfile).href;
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

interface Timing {
  lengths: number[];
  /** Per size, the best time of the runs. */
  medians: number[];
  /** Per size, the median time of each pass (only when measured with `breakdown`). */
  passes: Record<string, number>[] | null;
}

function measure(c: Case, breakdown = false): Promise<Timing> {
  const worker = new Worker(new URL('./helpers/linear-worker.mjs', import.meta.url), {
    workerData: { modulePath, unit: c.unit, prefix: c.prefix ?? '', suffix: c.suffix ?? '', sizes: [SMALL, BIG], runs: RUNS, breakdown },
  });
  return new Promise<Timing>((resolve, reject) => {
    const timer = setTimeout(() => {
      void worker.terminate();
      reject(new Error(`killed after ${KILL_AFTER_MS} ms: the parse does not finish in time (super-linear?)`));
    }, KILL_AFTER_MS);
    worker.once('message', (timing: Timing) => {
      clearTimeout(timer);
      void worker.terminate();
      resolve(timing);
    });
    worker.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
}

/** "; by pass: chrome 1.2 → 30.5 ms (×25), …", the costliest pass first. */
function describePasses({ passes }: Timing): string {
  if (!passes) return '';
  const [small = {}, big = {}] = passes;
  const rows = Object.keys(big)
    .sort((a, b) => (big[b] ?? 0) - (big[a] ?? 0))
    .map((name) => {
      const [s, b] = [small[name] ?? 0, big[name] ?? 0];
      return `${name} ${s.toFixed(1)} → ${b.toFixed(1)} ms (×${(b / Math.max(s, 0.01)).toFixed(1)})`;
    });
  return `; by pass: ${rows.join(', ')}`;
}

function withinBounds({ medians: [small = 0, big = Infinity] }: Timing): boolean {
  return big <= MAX_RATIO * small + SLACK_MS && big < BIG_LIMIT_MS;
}

describe('parseReport runs in linear time on hostile input', () => {
  it.each(Object.entries(CASES))('%s', async (_name, c) => {
    let timing = await measure(c);
    if (!withinBounds(timing)) timing = await measure(c, true);
    const { lengths, medians } = timing;
    const [small, big] = medians as [number, number];
    const detail = `${lengths[0]} chars: ${small.toFixed(2)} ms, ${lengths[1]} chars: ${big.toFixed(2)} ms${describePasses(timing)}`;
    expect(big, `4× the input costs at most ${MAX_RATIO}× the time (${detail})`).toBeLessThanOrEqual(MAX_RATIO * small + SLACK_MS);
    expect(big, `${BIG} characters in under ${BIG_LIMIT_MS} ms (${detail})`).toBeLessThan(BIG_LIMIT_MS);
  }, 2 * KILL_AFTER_MS + 10_000);
});
