// Running the BUILT command line (dist/cli.js, made by `npm test`'s pretest build; FAZHI_CLI points
// at another build) as a subprocess, for the tests of tests/cli-*.test.ts.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const CLI = process.env.FAZHI_CLI ?? join(ROOT, 'dist', 'cli.js');

export function requireCli(): void {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm test\` (its pretest builds dist/) or \`npx tsup\``);
}

/** The seed reports of fixtures/ (real report texts). */
export const SEEDS: readonly string[] = readdirSync(join(ROOT, 'fixtures'))
  .filter((f) => /^seed-\d+\.txt$/.test(f))
  .sort()
  .map((f) => readFileSync(join(ROOT, 'fixtures', f), 'utf8'));

export interface Run {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  input?: string | Uint8Array;
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Kill after this many ms (a hang fails the test instead of stalling it). */
  timeout?: number;
}

export function run(args: readonly string[], options: RunOptions = {}): Run {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    input: options.input,
    cwd: options.cwd,
    env: options.env ?? process.env,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    timeout: options.timeout ?? 60_000,
    killSignal: 'SIGKILL',
  });
  return { status: result.status, signal: result.signal, stdout: result.stdout, stderr: result.stderr };
}

/**
 * Starts the CLI and sends `signals` (one by one, `gap` ms apart) once `when` holds for the output
 * so far (or after `delay` ms); resolves when it exits.
 */
export function runKilled(
  args: readonly string[],
  plan: { signals: NodeJS.Signals[]; delay?: number; when?: (stdout: string) => boolean; poll?: () => boolean; gap?: number },
  options: RunOptions = {},
): Promise<Run> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd: options.cwd, env: options.env ?? process.env });
    let stdout = '';
    let stderr = '';
    let fired = false;
    const fire = (): void => {
      if (fired) return;
      fired = true;
      plan.signals.forEach((signal, i) => setTimeout(() => child.kill(signal), i * (plan.gap ?? 300)));
    };
    const guard = setTimeout(() => child.kill('SIGKILL'), options.timeout ?? 60_000);
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      if (plan.when?.(stdout)) fire();
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    // poll: fire once a condition outside the process holds (a file it writes has grown), checked every 10 ms
    const poller = plan.poll
      ? setInterval(() => {
          if (plan.poll!()) fire();
        }, 10)
      : undefined;
    if (!plan.when && !plan.poll) setTimeout(fire, plan.delay ?? 0);
    child.on('error', fail);
    child.on('close', (status, signal) => {
      clearTimeout(guard);
      clearInterval(poller);
      done({ status, signal, stdout, stderr });
    });
  });
}

/** The JSON lines of NDJSON output. */
export function ndjson<T = Record<string, unknown>>(text: string): T[] {
  return text
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as T);
}
