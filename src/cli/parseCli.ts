// The definition of `fazhi-report parse`: options, help, and the call into runParse.
import { Command, Option } from 'commander';
import { INPUT_FORMATS, INPUT_FORMAT_NAMES, type InputFormat } from '../input/formats.js';
import { ERROR_CODES } from './errors.js';
import { OUTPUT_FORMATS, type OutputFormat } from './format.js';
import { byteSize, encodingLabel, jobsValue, seconds } from './optionValues.js';
import { runParse } from './parseCommand.js';

/** Default --max-bytes: far above any real report page, low enough to refuse a stray archive. */
export const DEFAULT_MAX_BYTES = 16 * 1024 * 1024;
/**
 * Default --timeout: none. A limit makes piscina run one task at a time per worker (about 10%
 * slower on small reports); use it on untrusted archives, where one runaway input must not stall.
 */
export const DEFAULT_TIMEOUT_SECONDS = 0;

interface ParseFlags {
  format: OutputFormat;
  out?: string;
  jobs: number | 'auto';
  maxBytes: number;
  ndjsonIn?: boolean;
  inputFormat: InputFormat | 'auto';
  encoding?: string;
  withText?: boolean;
  words?: boolean;
  bom?: boolean;
  quiet?: boolean;
  progress: boolean;
  timeout: number;
  resume?: boolean;
}

const EXTENSIONS = INPUT_FORMATS.flatMap((f) => f.extensions).join(', ');
const FIELDS = INPUT_FORMAT_NAMES.map((n) => `"${n}"`).join(' | ');

const PARSE_HELP = `
Inputs: ${INPUT_FORMATS.map((f) => `${f.name} (${f.extensions.join(' ')})`).join(', ')}; a directory walk takes these
and counts the other files as skipped. A page saved under .txt is read as HTML.

Output (one record per input, in input order):
  {"file", "ok": true, "input": {"format", "encoding", "encodingSource", "replaced", "bytes", "mtime", "chars"}, "report": {…}}
  {"file", "ok": false, "error": {"code", "message"}}
  Spans index the text given to the parser: for HTML, the extracted text (--with-text adds it).
  Error codes: ${ERROR_CODES.join(', ')}.
  CSV: one row per metric, one row for a failed input or a report without metrics (columns by
  name, see docs/cli.md); a cell starting with = + - @ tab or CR gets a leading '.

Workers (--jobs auto, the default): one worker thread, and a second only for a batch of about
64 MB of input or more (some 6,000 report pages): each worker compiles the parser anew, which costs
more than a second of CPU, so on a smaller batch one worker finishes first. A third worker needs
three times that, a fourth six times, at most one per core. For --ndjson-in the input's size
decides (a pipe counts as small). --jobs N starts N workers (at most one per input).

Encodings: a byte-order mark, else <meta charset> (HTML), else UTF-8 if the bytes are valid UTF-8,
else GB18030 (gbk and gb2312 labels read as gb18030). Invalid bytes become U+FFFD, counted in
input.replaced, with a warning.

Interrupting (Ctrl-C, SIGTERM): the records being made are written, the output closed (a JSON array
too), "interrupted: N of M inputs written" printed, exit 130 (SIGINT) or 143 (SIGTERM); a second
signal stops at once. --out is written as a temporary file renamed at the end. With --resume, --out
is NDJSON appended to, and inputs it already has a record of are passed over.

Exit status: 0 every input parsed, 1 some input failed, 2 usage error, 130/143 interrupted.`;

export function parseCli(): Command {
  return new Command('parse')
    .description(`parse reports (${EXTENSIONS}; directories are walked, globs expanded, - reads stdin) into one record per input, in input order`)
    .argument('[inputs...]', 'files, directories, globs, or - for stdin')
    .addOption(new Option('-f, --format <format>', 'output format').choices(OUTPUT_FORMATS).default('ndjson'))
    .option('-o, --out <file>', 'write to a file instead of stdout (never read as an input)')
    .option('--resume', 'append to the --out NDJSON file, passing over the inputs it already has records of')
    .option('-j, --jobs <n|auto>', 'worker threads: a number, or auto (see Workers)', jobsValue, 'auto')
    .option('--max-bytes <size>', 'refuse inputs larger than this (e.g. 500000, 512k, 8M)', byteSize, DEFAULT_MAX_BYTES)
    .option('--ndjson-in', `inputs (or stdin) are NDJSON lines {"id", ${FIELDS}}`)
    .addOption(
      new Option('--input-format <format>', 'read every input in this format (auto: by extension, then by content)')
        .choices(['auto', ...INPUT_FORMAT_NAMES])
        .default('auto'),
    )
    .option('--encoding <label>', 'decode every file with this encoding (a BOM still wins), e.g. gbk, utf-8', encodingLabel)
    .option('--with-text', 'add the text that was parsed (the string the spans index) as input.text')
    .option('--words', 'add each section\'s words as "words" (needs @node-rs/jieba; see docs/text.md)')
    .option('--timeout <seconds>', 'give up on an input after this many seconds, e.g. 60 for untrusted archives (0: no limit)', seconds, DEFAULT_TIMEOUT_SECONDS)
    .option('--bom', 'start CSV output with a UTF-8 byte-order mark (for Excel)')
    .option('--no-progress', 'no progress bar even on a terminal')
    .option('-q, --quiet', 'no progress bar, no summary, no error or warning lines on stderr')
    .addHelpText('after', PARSE_HELP)
    .action(async (inputs: string[], flags: ParseFlags) => {
      const code = await runParse(inputs, {
        format: flags.format,
        out: flags.out,
        jobs: flags.jobs,
        maxBytes: flags.maxBytes,
        ndjsonIn: flags.ndjsonIn === true,
        inputFormat: flags.inputFormat,
        encoding: flags.encoding,
        withText: flags.withText === true,
        words: flags.words === true,
        bom: flags.bom === true,
        quiet: flags.quiet === true,
        progress: flags.progress,
        timeout: flags.timeout,
        resume: flags.resume === true,
      });
      // Interrupted: the output is written and closed; a worker stuck on an input must not keep the process.
      if (code >= 128) process.exit(code);
      process.exitCode = code;
    });
}
