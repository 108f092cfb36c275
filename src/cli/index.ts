#!/usr/bin/env node
// The fazhi-report command: parse, schema, validate. Exit codes: 0 all ok, 1 some input failed
// or is invalid, 2 a usage error.
import { Command, CommanderError, Option } from 'commander';
import { OutputError, UsageError } from './errors.js';
import { OUTPUT_FORMATS, type OutputFormat } from './format.js';
import { byteSize, encodingLabel, jobsValue, seconds } from './optionValues.js';
import { datasetCli } from './datasetCommand.js';
import { runParse } from './parseCommand.js';
import type { InputFormat } from './record.js';

declare const __FAZHI_VERSION__: string;

/** Default --max-bytes: far above any real report page, low enough to refuse a stray archive. */
const DEFAULT_MAX_BYTES = 16 * 1024 * 1024;
/**
 * Default --timeout: none. A limit makes piscina run one task at a time per worker (about 10%
 * slower on small reports); use it on untrusted archives, where one runaway input must not stall.
 */
const DEFAULT_TIMEOUT_SECONDS = 0;

interface ParseFlags {
  format: OutputFormat;
  out?: string;
  jobs: number | 'auto';
  maxBytes: number;
  ndjsonIn?: boolean;
  inputFormat: InputFormat | 'auto';
  encoding?: string;
  withText?: boolean;
  bom?: boolean;
  quiet?: boolean;
  progress: boolean;
  timeout: number;
}

const PARSE_HELP = `
Output (one record per input, in input order):
  {"file", "ok": true, "input": {"format", "encoding", "encodingSource", "bytes", "chars"}, "report": {…}}
  {"file", "ok": false, "error": {"code", "message"}}
  Spans index the text given to the parser: for HTML, the extracted text (--with-text adds it).
  Error codes: not-found, unreadable, too-large, empty, binary, decode-error, bad-record, parse-error, timeout.
  CSV: one row per metric: file, issuer, year, section_path, subject, value, unit, approx, raw, start, end.

Workers (--jobs auto, the default): one worker thread, and a second only for a batch of about
64 MB of input or more (some 6,000 report pages): each worker compiles the parser anew, which costs
more than a second of CPU, so on a smaller batch one worker finishes first. A third worker needs
three times that, a fourth six times, at most one per core. For --ndjson-in the input's size
decides (a pipe counts as small). --jobs N starts N workers (at most one per input).

Encodings: a byte-order mark, else <meta charset> (HTML), else UTF-8 if the bytes are valid UTF-8,
else GB18030 (gbk and gb2312 labels read as gb18030).

Exit status: 0 every input parsed, 1 some input failed, 2 usage error.`;

const EXAMPLES = `
Examples:
  $ fazhi-report parse reports/ > reports.ndjson
  $ fazhi-report parse 'archive/**/*.html' --jobs 4 --out reports.ndjson
  $ fazhi-report parse report.txt --format json
  $ fazhi-report parse reports/ --format csv --out metrics.csv
  $ curl -s https://example.gov.cn/report.html | fazhi-report parse -
  $ fazhi-report parse --ndjson-in pages.ndjson      # lines {"id": …, "text" | "html": …}
  $ fazhi-report schema > report.schema.json
  $ fazhi-report validate reports.ndjson`;

function program(): Command {
  const cli = new Command('fazhi-report')
    .description('Parse Chinese government annual rule-of-law reports (法治政府建设年度报告) into typed data.')
    .version(__FAZHI_VERSION__, '-V, --version')
    .exitOverride()
    .showHelpAfterError('(run with --help for usage)')
    .addHelpText('after', EXAMPLES);

  cli
    .command('parse')
    .description(
      'parse reports (.txt, .html, .htm; directories are walked, globs expanded, - reads stdin) into one record per input, in input order',
    )
    .argument('[inputs...]', 'files, directories, globs, or - for stdin')
    .addOption(new Option('-f, --format <format>', 'output format').choices(OUTPUT_FORMATS).default('ndjson'))
    .option('-o, --out <file>', 'write to a file instead of stdout')
    .option('-j, --jobs <n|auto>', 'worker threads: a number, or auto (see Workers)', jobsValue, 'auto')
    .option('--max-bytes <size>', 'refuse inputs larger than this (e.g. 500000, 512k, 8M)', byteSize, DEFAULT_MAX_BYTES)
    .option('--ndjson-in', 'inputs (or stdin) are NDJSON lines {"id", "text" | "html"}')
    .addOption(
      new Option('--input-format <format>', 'read every input as text or html (auto: by extension, then by content)')
        .choices(['auto', 'text', 'html'])
        .default('auto'),
    )
    .option('--encoding <label>', 'decode every file with this encoding (a BOM still wins), e.g. gbk, utf-8', encodingLabel)
    .option('--with-text', 'add the text that was parsed (the string the spans index) as input.text')
    .option('--timeout <seconds>', 'give up on an input after this many seconds, e.g. 60 for untrusted archives (0: no limit)', seconds, DEFAULT_TIMEOUT_SECONDS)
    .option('--bom', 'start CSV output with a UTF-8 byte-order mark (for Excel)')
    .option('--no-progress', 'no progress bar even on a terminal')
    .option('-q, --quiet', 'no progress bar, no summary, no error lines on stderr')
    .addHelpText('after', PARSE_HELP)
    .action(async (inputs: string[], flags: ParseFlags) => {
      process.exitCode = await runParse(inputs, {
        format: flags.format,
        out: flags.out,
        jobs: flags.jobs,
        maxBytes: flags.maxBytes,
        ndjsonIn: flags.ndjsonIn === true,
        inputFormat: flags.inputFormat,
        encoding: flags.encoding,
        withText: flags.withText === true,
        bom: flags.bom === true,
        quiet: flags.quiet === true,
        progress: flags.progress,
        timeout: flags.timeout,
      });
    });

  cli
    .command('schema')
    .description("print the JSON Schema of a report (parseReport's output)")
    .action(async () => {
      // Loaded on demand: parse never pays for zod in the main thread.
      const { reportJsonSchema } = await import('./schemaCommand.js');
      process.stdout.write(`${JSON.stringify(reportJsonSchema(), null, 2)}\n`);
    });

  cli
    .command('validate')
    .description('check saved reports (a report, an array, or NDJSON records of parse) against the schema')
    .argument('<files...>', 'JSON or NDJSON files')
    .action(async (files: string[]) => {
      const { runValidate } = await import('./validateCommand.js');
      process.exitCode = await runValidate(files, process.stdout);
    });

  cli.addCommand(datasetCli().copyInheritedSettings(cli));
  return cli;
}

async function main(): Promise<void> {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    // A closed pipe (| head): stop quietly. Other write errors are reported by the command.
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  });
  try {
    await program().parseAsync(process.argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      process.exitCode = error.exitCode === 0 ? 0 : 2;
      return;
    }
    if (error instanceof UsageError) {
      process.stderr.write(`fazhi-report: ${error.message}\n`);
      process.exitCode = 2;
      return;
    }
    if (error instanceof OutputError) {
      process.stderr.write(`fazhi-report: ${error.message}\n`);
      process.exitCode = 1;
      return;
    }
    // A bug: not an input's fault (an input's failure is a record).
    process.stderr.write(`fazhi-report: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  }
}

await main();
