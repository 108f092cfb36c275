// Every regex built at run time (new RegExp(...)) runs in linear time. ESLint's
// regexp/no-super-linear-backtracking and regexp/no-super-linear-move only see regex literals;
// this test checks the patterns the sources build, with the same analyser (scslre, on a regexpp
// AST), in two ways:
// 1. it records every RegExp the sources construct while their modules load and while
//    parseReport reads the fixtures and a few hostile texts (the global RegExp constructor is
//    wrapped for the time of the test; only calls from src/ count);
// 2. it analyses every RegExp a module exports (directly, or inside exported objects and arrays).
// A pattern built inside a function on a path these texts never reach is not seen: build
// patterns once, at module level, and export them (see src/metrics/patterns.ts).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { RegExpParser } from '@eslint-community/regexpp';
import { analyse } from 'scslre';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SRC = join(ROOT, 'src');

/** Modules that start a program when loaded (CLI entry points, worker bodies): not imported. */
function isEntryPoint(source: string): boolean {
  return /process\.argv|parseAsync\(|workerData|isMainThread/.test(source);
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') && !e.name.endsWith('.d.ts') ? [join(dir, e.name)] : [],
  );
}

const parser = new RegExpParser({ ecmaVersion: 2025 });

/** Why `source`/`flags` may run in super-linear time, or [] when it is linear. */
function superLinear(source: string, flags: string): string[] {
  const pattern = parser.parsePattern(source, 0, source.length, { unicode: flags.includes('u'), unicodeSets: flags.includes('v') });
  const parsedFlags = parser.parseFlags(flags);
  // A sticky pattern only ever tries one position: it cannot move across the input.
  const result = analyse({ pattern, flags: parsedFlags }, { reportTypes: { Move: !flags.includes('y'), Self: true, Trade: true } });
  return result.reports.map((r) => {
    const what = r.type === 'Move' ? 'quadratic move' : r.exponential ? 'exponential backtracking' : 'polynomial backtracking';
    const at = r.type === 'Trade' ? `${r.startQuant.raw} … ${r.endQuant.raw}` : r.quant.raw;
    return `${what} at ${at} on a run of ${JSON.stringify(r.character.pick)}`;
  });
}

interface Built {
  source: string;
  flags: string;
  where: string;
}

const built = new Map<string, Built>();
const NativeRegExp = RegExp;

/** The first stack frame in src/, as path:line. */
function callerInSrc(): string | null {
  const stack = new Error().stack ?? '';
  for (const line of stack.split('\n').slice(2)) {
    const m = /\(([^()]{1,500}):(\d{1,7}):\d{1,7}\)$|at ([^ ()]{1,500}):(\d{1,7}):\d{1,7}$/.exec(line);
    const file = m?.[1] ?? m?.[3];
    if (file?.startsWith(SRC)) return `${relative(ROOT, file)}:${m?.[2] ?? m?.[4]}`;
  }
  return null;
}

function record(re: RegExp): RegExp {
  const where = callerInSrc();
  const key = `/${re.source}/${re.flags}`;
  if (where && !built.has(key)) built.set(key, { source: re.source, flags: re.flags, where });
  return re;
}

const exported = new Map<string, Built>();

function collectExports(value: unknown, where: string, depth: number, seen: Set<unknown>): void {
  if (value instanceof NativeRegExp) {
    const key = `/${value.source}/${value.flags}`;
    if (!exported.has(key)) exported.set(key, { source: value.source, flags: value.flags, where });
    return;
  }
  if (depth > 3 || value === null || typeof value !== 'object' || seen.has(value)) return;
  seen.add(value);
  const entries = value instanceof Map ? [...value.entries()] : Object.entries(value);
  for (const [k, v] of entries) collectExports(v, `${where}.${String(k)}`, depth + 1, seen);
}

const skipped: string[] = [];

beforeAll(async () => {
  globalThis.RegExp = new Proxy(NativeRegExp, {
    construct: (target, args: [string | RegExp, string?]) => record(new target(...args)),
    apply: (target, _this, args: [string | RegExp, string?]) => record(target(...args)),
  });
  try {
    for (const file of sourceFiles(SRC)) {
      if (isEntryPoint(readFileSync(file, 'utf8'))) {
        skipped.push(relative(ROOT, file));
        continue;
      }
      const mod = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
      for (const [name, value] of Object.entries(mod)) collectExports(value, `${relative(ROOT, file)} ${name}`, 0, new Set());
    }
    const { parseReport } = await import('../src/index.js');
    const fixtures = readdirSync(join(ROOT, 'fixtures')).filter((f) => f.endsWith('.txt'));
    const texts = [
      ...fixtures.map((f) => readFileSync(join(ROOT, 'fixtures', f), 'utf8')),
      '一、存在的问题\n(一)短板\n1.不足\n(1)差距\n①薄弱环节\n二、下一步工作计划\n一是加强。二是完善。第一,落实。',
      '首页 > 政务公开\n某县人民政府2023年度法治政府建设情况报告\n发布日期:2024-01-05 来源:县司法局\n县委:\n共办理案件1,126件,同比增长35%,罚款277.2万元,百分之三十五,两千余人。\n某县人民政府\n2024年1月5日\n版权所有 ICP备12345678号',
    ];
    for (const text of texts) parseReport(text);
  } finally {
    globalThis.RegExp = NativeRegExp;
  }
});

afterAll(() => {
  globalThis.RegExp = NativeRegExp;
  if (process.env.REGEX_SAFETY_LIST) {
    for (const b of [...built.values(), ...exported.values()]) console.log(`${b.where}\t/${b.source}/${b.flags}`);
    console.log('not imported:', skipped.join(', '));
  }
});

describe('regexes built at run time are linear', () => {
  it('the recorder sees the patterns the sources build', () => {
    // The passes build patterns from data modules (src/metrics/patterns.ts …): none seen means
    // the recorder is broken, not that the sources are safe.
    expect(built.size).toBeGreaterThan(0);
    expect([...built.values()].filter((b) => !b.where.startsWith('src/'))).toEqual([]);
  });

  it('every RegExp(...) call in src/ was reached, so its pattern is checked', () => {
    const reached = new Set([...built.values()].map((b) => b.where));
    const calls = sourceFiles(SRC).flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .map((line, i) => ({ line, where: `${relative(ROOT, file)}:${i + 1}` }))
        .filter(({ line }) => /\bRegExp\(/.test(line) && !/^\s*(?:\/\/|\*)/.test(line)),
    );
    expect(calls.filter((c) => !reached.has(c.where)).map((c) => `${c.where}: ${c.line.trim()}`)).toEqual([]);
  });

  it('every RegExp the sources construct while loading and parsing', () => {
    const bad = [...built.values()].flatMap((b) => superLinear(b.source, b.flags).map((why) => `${b.where} /${b.source}/${b.flags}: ${why}`));
    expect(bad).toEqual([]);
  });

  it('every RegExp a module exports', () => {
    const bad = [...exported.values()].flatMap((b) => superLinear(b.source, b.flags).map((why) => `${b.where} /${b.source}/${b.flags}: ${why}`));
    expect(bad).toEqual([]);
  });
});

describe('the analyser', () => {
  it.each([
    ['(a+)+b', ''],
    ['\\d+\\d+x', ''],
    ['[一二三]+、[一二三]*[一二三]+元', 'g'],
    ['\\s*\\S+\\s*:', 'g'],
  ])('flags /%s/%s', (source, flags) => {
    expect(superLinear(source, flags)).not.toEqual([]);
  });

  it.each([
    ['\\d{1,16}(?:\\.\\d{1,8})?', 'g'],
    ['[一二三]{1,4}、', 'y'],
    ['^(?:一|二)、', ''],
  ])('passes /%s/%s', (source, flags) => {
    expect(superLinear(source, flags)).toEqual([]);
  });
});
