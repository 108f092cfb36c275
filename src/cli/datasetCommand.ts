// `fazhi-report dataset`: inputs → the parse command's workers (or NDJSON records parse wrote) →
// a DuckDB database, one transaction per run. DuckDB is loaded only when the command runs.
import { INPUT_FORMAT_NAMES } from '../input/formats.js';
import type { Writable } from 'node:stream';
import { Command, InvalidArgumentError, Option } from 'commander';
import type { DatasetInput } from '../dataset/rows.js';
import type { KeywordsCollector } from '../dataset/keywords.js';
import type { DatasetWriter } from '../dataset/writer.js';
import { UsageError } from './errors.js';
import { byteSize, encodingLabel, jobsValue, positiveInt, seconds } from './optionValues.js';
import { DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT_SECONDS } from './parseCli.js';
import { runParse, type ParseCommandOptions } from './parseCommand.js';
import type { InputFormat } from './record.js';

/** Keywords per report with a bare --keywords (as keywords() of fazhi-report/text). */
const DEFAULT_KEYWORDS = 10;

/** --keywords n: a whole number; a path taken for it says where the option goes. */
function keywordCount(value: string): number {
  try {
    return positiveInt(value);
  } catch {
    throw new InvalidArgumentError('expected a whole number of at least 1 (give --keywords after the inputs, or write --keywords=N)');
  }
}

/** Arguments (files or globs) read as parse records without --records. */
const RECORD_FILE = /\.(?:ndjson|jsonl)$/i;

interface DatasetFlags {
  db: string;
  append?: boolean;
  parquet?: string;
  records?: boolean;
  jobs: number | 'auto';
  maxBytes: number;
  ndjsonIn?: boolean;
  inputFormat: InputFormat | 'auto';
  encoding?: string;
  quiet?: boolean;
  progress: boolean;
  timeout: number;
  /** --keywords [n]: true without a number. */
  keywords?: number | true;
}

const DATASET_HELP = `
Tables (each row keyed by "file": the input's name, or the id of an --ndjson-in line):
  reports    one row per parsed input: header, issuer identity, counts, warnings
  sections   one row per section at any depth (path, level, title, topic, kind, span)
  metrics    one row per figure (value, unit, kind, subject, indicator, section_path, span)
  problems, plans, citations   one row per entry of the report's lists
  errors     one row per input that failed (code, message)
  keywords   with --keywords N: a report's top N words (rank, term, weight, count, df, span)
  panel      a view: one row per report, indicator and unit (first value, number of figures)
Every input gives one row of reports or of errors. The database is replaced unless --append; a run
writes in one transaction, so a run that fails leaves the database as it was.
Inputs named *.ndjson or *.jsonl are read as the records of fazhi-report parse (so is every input
with --records); all other inputs are parsed as by fazhi-report parse.
Needs DuckDB's Node client, the optional dependency @duckdb/node-api (npm install @duckdb/node-api);
--keywords also needs the word segmenter @node-rs/jieba (npm install @node-rs/jieba). Keywords are
ranked by TF-IDF over the reports of the run; records read from NDJSON need their words (parse --words)
or their text (parse --with-text): the run says how many had neither (they get no keyword rows).
Exit status: 0 every input went in, 1 some input failed (see the errors table), 2 usage error.

Examples:
  $ fazhi-report dataset reports/ --db reports.duckdb
  $ fazhi-report parse reports/ --out reports.ndjson && fazhi-report dataset reports.ndjson --db reports.duckdb
  $ fazhi-report dataset 'archive/**/*.html' --db reports.duckdb --parquet parquet/
  $ fazhi-report dataset reports/ --db reports.duckdb --keywords 20
  $ duckdb reports.duckdb "SELECT province, year, value FROM panel WHERE indicator = 'reconsideration.cases'"`;

/** The `dataset` command (the program adds it with copyInheritedSettings: exit codes, help). */
export function datasetCli(): Command {
  return new Command('dataset')
    .description('build a DuckDB database of reports (tables reports, sections, metrics, problems, plans, citations, errors; view panel)')
    .argument('[inputs...]', 'files, directories, globs, - for stdin, or NDJSON records that parse wrote')
    .requiredOption('--db <file>', 'the DuckDB database to write (its tables are replaced unless --append)')
    .option('--append', 'add to the tables of --db instead of replacing them')
    .option('--parquet <dir>', 'also write each table and the panel view as DIR/<name>.parquet')
    .option('--records', 'every input (or stdin) is NDJSON records written by fazhi-report parse')
    .option('--keywords [n]', `add a table keywords: each report's top n words (default ${DEFAULT_KEYWORDS}; needs @node-rs/jieba)`, keywordCount)
    .option('-j, --jobs <n|auto>', 'worker threads, as for parse', jobsValue, 'auto')
    .option('--max-bytes <size>', 'refuse inputs larger than this (e.g. 512k, 8M)', byteSize, DEFAULT_MAX_BYTES)
    .option('--ndjson-in', 'inputs (or stdin) are NDJSON lines {"id", "text" | "html"}, as for parse')
    .addOption(new Option('--input-format <format>', 'read every input in this format').choices(['auto', ...INPUT_FORMAT_NAMES]).default('auto'))
    .option('--encoding <label>', 'decode every file with this encoding (a BOM still wins)', encodingLabel)
    .option('--timeout <seconds>', 'give up on an input after this many seconds (0: no limit)', seconds, DEFAULT_TIMEOUT_SECONDS)
    .option('--no-progress', 'no progress bar even on a terminal')
    .option('-q, --quiet', 'no progress bar, no summary')
    .addHelpText('after', DATASET_HELP)
    .action(async (inputs: string[], flags: DatasetFlags) => {
      process.exitCode = await runDataset(inputs, flags);
    });
}

/** Loads the writer and opens the database; a missing DuckDB or a bad --db is a usage error. */
async function openWriter(flags: DatasetFlags): Promise<DatasetWriter> {
  const { DatasetWriter, DatasetTargetError, DuckDBUnavailableError } = await import('../dataset/writer.js');
  const { KEYWORDS } = await import('../dataset/keywords.js');
  try {
    return await DatasetWriter.open(flags.db, { append: flags.append === true, extra: flags.keywords === undefined ? [] : [KEYWORDS] });
  } catch (error) {
    if (error instanceof DuckDBUnavailableError || error instanceof DatasetTargetError) throw new UsageError(error.message);
    throw error;
  }
}

/** Whether an argument names NDJSON records of parse (with --records, every argument does). */
function namesRecords(arg: string, flags: DatasetFlags): boolean {
  if (flags.records === true) return true;
  return flags.ndjsonIn !== true && RECORD_FILE.test(arg);
}

/** Runs the command; resolves to the exit code (0 all ok, 1 some input failed). */
export async function runDataset(args: readonly string[], flags: DatasetFlags): Promise<number> {
  if (args.length === 0 && flags.ndjsonIn !== true && flags.records !== true) {
    throw new UsageError('give files, directories, globs or NDJSON records to build the dataset from, or - to read stdin');
  }
  const { checkDuckDBInstalled, DatasetRowError, DuckDBUnavailableError } = await import('../dataset/writer.js');
  const { recordSink } = await import('../dataset/sink.js');
  try {
    checkDuckDBInstalled();
  } catch (error) {
    if (error instanceof DuckDBUnavailableError) throw new UsageError(error.message);
    throw error;
  }
  const keywords = flags.keywords === undefined ? null : await keywordsCollector(flags.keywords === true ? DEFAULT_KEYWORDS : flags.keywords);
  const inputs = args.length === 0 ? ['-'] : args;
  let opened: Promise<DatasetWriter> | undefined;
  let writer: DatasetWriter | undefined;
  const ready = async (): Promise<DatasetWriter> => (writer = await (opened ??= openWriter(flags)));
  // A worker compiles the parser for about a second before its first record: DuckDB loads meanwhile.
  const early = (): void => {
    setImmediate(() => ready().catch(() => undefined));
  };
  process.once('worker', early);
  /** A record whose values do not fit the tables (only from a foreign file) becomes an error row. */
  const add = (input: DatasetInput): void | Promise<void> => {
    try {
      writer!.add(input);
    } catch (error) {
      if (!(error instanceof DatasetRowError)) throw error;
      writer!.add({ file: input.file, ok: false, error: { code: 'bad-record', message: error.message } });
      return;
    }
    if (keywords && input.ok) return keywords.add(input);
  };
  let status = 0;
  try {
    const recordArgs = inputs.filter((arg) => namesRecords(arg, flags));
    const pages = inputs.filter((arg) => !namesRecords(arg, flags));
    if (pages.length > 0) status = await runParse(pages, parseOptions(flags, recordSink(add, ready)));
    await ready();
    if (recordArgs.length > 0) {
      const { readRecordFiles } = await import('../dataset/recordFiles.js');
      const counted = await readRecordFiles(recordArgs, add);
      if (counted.failed > 0) status = 1;
      if (flags.quiet !== true) {
        process.stderr.write(`fazhi-report: ${counted.ok + counted.failed} records read, ${counted.ok} ok, ${counted.failed} failed\n`);
      }
    }
    if (keywords) writer!.appendRows('keywords', keywords.rows());
    await writer!.finish(flags.parquet);
  } catch (error) {
    // Opening the database failed: that is the error to report (the batch only saw its stream fail).
    const open = opened ? await opened.then((w) => ({ writer: w }), (failure: unknown) => ({ failure })) : undefined;
    if (open && 'failure' in open) throw open.failure;
    await open?.writer.abort().catch(() => undefined);
    throw error;
  } finally {
    process.off('worker', early);
  }
  if (flags.quiet !== true) process.stderr.write(summary(flags, writer!.counts()));
  if (keywords && keywords.missing > 0) process.stderr.write(missingWords(keywords.missing, keywords.reports + keywords.missing));
  return status;
}

/** The keywords of the run; a missing segmenter is a usage error with the install message (as parse --words). */
async function keywordsCollector(top: number): Promise<KeywordsCollector> {
  const { checkSegmenter } = await import('../text/record.js');
  await checkSegmenter().catch((error: Error) => Promise.reject(new UsageError(error.message)));
  const { KeywordsCollector } = await import('../dataset/keywords.js');
  return new KeywordsCollector(top, async () => (await import('../text/index.js')).loadText());
}

function missingWords(missing: number, reports: number): string {
  return (
    `fazhi-report: warning: --keywords: ${missing} of ${reports} parsed records carry neither their words nor their text, ` +
    'so they have no rows in keywords (write them with fazhi-report parse --words or --with-text)\n'
  );
}

function parseOptions(flags: DatasetFlags, sink: Writable): ParseCommandOptions {
  return {
    format: 'ndjson',
    out: flags.db,
    sink,
    jobs: flags.jobs,
    maxBytes: flags.maxBytes,
    ndjsonIn: flags.ndjsonIn === true,
    inputFormat: flags.inputFormat,
    encoding: flags.encoding,
    // --keywords: the workers segment each text (as parse --words); its view gives each word's normalised form
    withText: flags.keywords !== undefined,
    words: flags.keywords !== undefined,
    bom: false,
    quiet: flags.quiet === true,
    progress: flags.progress,
    timeout: flags.timeout,
  };
}

function summary(flags: DatasetFlags, counts: Record<string, number>): string {
  const tables = Object.entries(counts)
    .map(([name, rows]) => `${name} ${rows}`)
    .join(', ');
  const parquet = flags.parquet === undefined ? '' : `; Parquet files in ${flags.parquet}`;
  return `fazhi-report: ${flags.append === true ? 'added to' : 'wrote'} ${flags.db}, rows: ${tables}${parquet}\n`;
}
