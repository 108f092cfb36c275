// `fazhi-report view`: inputs → audit pages (self-contained HTML): one page to a file or stdout, or
// a page per input and an index.html in a directory. Reads inputs as `parse` does (HTML → the text
// the parser sees); parses in this thread, one input at a time.
import { mkdir, stat, writeFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { Command, Option } from 'commander';
import { INPUT_FORMAT_NAMES } from '../input/formats.js';
import { InputError, OutputError, UsageError } from './errors.js';
import { expandInputs, type Source } from './inputs.js';
import { readStdin } from './items.js';
import { byteSize, encodingLabel } from './optionValues.js';
import { DEFAULT_MAX_BYTES } from './parseCli.js';
import { documentFromAnyBytes, readInputFile, type ReadOptions } from './readDocument.js';
import type { InputFormat } from './record.js';
import type { Report } from '../schema.js';


export interface ViewOptions extends ReadOptions {
  out?: string | undefined;
}

interface Page {
  name: string;
  /** The page, or why the input failed. */
  html?: string;
  error?: { code: string; message: string };
  report?: Report;
}

const VIEW_HELP = `
Output: with one input, -o page.html (or stdout without -o); with several, -o names a directory
that gets a page per input (name.html) and index.html listing them. Each page shows the text the
parser read (for HTML, the extracted text) with every extraction marked at its span.

Examples:
  $ fazhi-report view report.txt -o report.html
  $ fazhi-report view 'archive/**/*.html' -o audit/`;

/** The `view` command. */
export function viewCli(): Command {
  return new Command('view')
    .description('write audit pages: the text with every extraction marked, as self-contained HTML')
    .argument('<inputs...>', 'files, directories, globs, or - for stdin')
    .option('-o, --out <file.html|dir/>', 'the page to write, or a directory for several inputs (default: stdout)')
    .addOption(
      new Option('--input-format <format>', 'read every input in this format (auto: by extension, then by content)')
        .choices(['auto', ...INPUT_FORMAT_NAMES])
        .default('auto'),
    )
    .option('--encoding <label>', 'decode every file with this encoding (a BOM still wins), e.g. gbk', encodingLabel)
    .option('--max-bytes <size>', 'refuse inputs larger than this (e.g. 512k, 8M)', byteSize, DEFAULT_MAX_BYTES)
    .addHelpText('after', VIEW_HELP)
    .action(async (inputs: string[], flags: { out?: string; inputFormat: InputFormat | 'auto'; encoding?: string; maxBytes: number }) => {
      process.exitCode = await runView(inputs, {
        out: flags.out,
        inputFormat: flags.inputFormat,
        encoding: flags.encoding,
        maxBytes: flags.maxBytes,
      });
    });
}

function displayName(source: Source): string {
  if (source.kind === 'path') return source.path;
  return source.kind === 'stdin' ? '-' : source.name;
}

async function renderOne(source: Source, options: ReadOptions): Promise<Page> {
  const name = displayName(source);
  if (source.kind === 'missing') return { name, error: { code: source.code, message: source.message } };
  // Loaded on first use: `parse` and `schema` never pay for the parser or the view in this thread.
  const [{ parseReport }, { renderReportPage }] = await Promise.all([import('../parse.js'), import('../view/index.js')]);
  try {
    const bytes = source.kind === 'stdin' ? await readStdin() : readInputFile(source.path, options.maxBytes).bytes;
    const { text } = await documentFromAnyBytes(bytes, source.kind === 'stdin' ? null : source.path, options);
    const report = parseReport(text, { maxChars: Math.max(text.length, 1) });
    return { name, report, html: renderReportPage(report, text, { name: source.kind === 'stdin' ? '(stdin)' : name }) };
  } catch (error) {
    if (error instanceof InputError) return { name, error: { code: error.code, message: error.message } };
    return { name, error: { code: 'parse-error', message: error instanceof Error ? error.message : String(error) } };
  }
}

/** Whether --out names a directory: it ends with a slash, exists as one, or there are several inputs. */
async function outIsDirectory(out: string, inputs: number): Promise<boolean> {
  if (/[/\\]$/.test(out)) return true;
  const info = await stat(out).catch(() => null);
  if (info?.isDirectory()) return true;
  if (inputs > 1) {
    if (/\.html?$/i.test(out)) throw new UsageError(`several inputs make several pages: give -o a directory, not ${out}`);
    return true;
  }
  return false;
}

/** A file name for each page in the directory: the input's base name, made unique with -2, -3 … */
function pageFileNames(pages: readonly Page[]): string[] {
  const used = new Set<string>(['index.html']);
  return pages.map((page) => {
    const base = page.name === '-' ? 'stdin' : basename(page.name, extname(page.name)) || 'page';
    let candidate = `${base}.html`;
    for (let n = 2; used.has(candidate.toLowerCase()); n += 1) candidate = `${base}-${n}.html`;
    used.add(candidate.toLowerCase());
    return candidate;
  });
}

async function write(path: string, html: string): Promise<void> {
  try {
    await writeFile(path, html);
  } catch (error) {
    throw new OutputError(`cannot write ${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Runs the command; resolves to the exit code (0 every page written, 1 some input failed). */
export async function runView(args: readonly string[], options: ViewOptions): Promise<number> {
  const { sources } = await expandInputs(args, options.out);
  if (sources.length === 0) throw new UsageError('give files, directories or globs to view, or - to read stdin');
  const toDirectory = options.out !== undefined && (await outIsDirectory(options.out, sources.length));
  if (options.out === undefined && sources.length > 1) {
    throw new UsageError('several inputs make several pages: give -o a directory');
  }
  const pages: Page[] = [];
  for (const source of sources) {
    const page = await renderOne(source, options);
    if (page.error) process.stderr.write(`fazhi-report: ${page.name}: ${page.error.code}: ${page.error.message}\n`);
    pages.push(page);
  }
  const failed = pages.filter((p) => p.html === undefined).length;
  if (!toDirectory) {
    const html = pages[0]?.html;
    if (html === undefined) return 1;
    if (options.out === undefined) process.stdout.write(html);
    else await write(options.out, html);
    return 0;
  }
  const dir = options.out!;
  await mkdir(dir, { recursive: true }).catch((error: Error) => {
    throw new OutputError(`cannot create ${dir}: ${error.message}`);
  });
  const files = pageFileNames(pages);
  const { renderIndexPage } = await import('../view/index.js');
  const entries = pages.map((page, i) =>
    page.report && page.html !== undefined
      ? { name: page.name, href: encodeURIComponent(files[i]!), report: page.report }
      : { name: page.name, error: `${page.error?.code}: ${page.error?.message}` },
  );
  for (const [i, page] of pages.entries()) if (page.html !== undefined) await write(join(dir, files[i]!), page.html);
  await write(join(dir, 'index.html'), renderIndexPage(entries));
  process.stderr.write(`fazhi-report: wrote ${pages.length - failed} page${pages.length - failed === 1 ? '' : 's'} and index.html to ${dir}${failed > 0 ? ` (${failed} failed)` : ''}\n`);
  return failed > 0 ? 1 : 0;
}
