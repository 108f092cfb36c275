// The stable error codes of a failed input. They are part of the CLI's output contract: scripts
// match on `error.code`, people read `error.message`.

export const ERROR_CODES = [
  /** The path does not exist, or a glob matched nothing. */
  'not-found',
  /** The file exists but cannot be read (permissions, a directory given as a file …). */
  'unreadable',
  /** Larger than --max-bytes; the file is not read. */
  'too-large',
  /** No bytes, or only whitespace once decoded and stripped of markup. */
  'empty',
  /** Not text: NUL bytes, control characters, or the signature of a known binary format. */
  'binary',
  /** A PDF, DOCX or DOC whose reader (an optional package) is not installed; the message says how to install it. */
  'missing-reader',
  /** A PDF without a text layer (a scan: pages are images). */
  'no-text',
  /** An encrypted PDF or document (needs a password). */
  'encrypted',
  /** A PDF, DOCX or DOC that its reader cannot read (broken, truncated). */
  'corrupt',
  /** The bytes cannot be decoded with the declared or forced encoding. */
  'decode-error',
  /** An --ndjson-in line that is not a JSON object with a string "text" or "html". */
  'bad-record',
  /** parseReport threw, or its worker died. */
  'parse-error',
  /** Parsing took longer than --timeout; the worker that ran it was replaced. */
  'timeout',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** A failure of one input: becomes an error record, never stops the batch. */
export class InputError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'InputError';
  }
}

/** A mistake in how the command was called: exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** The output could not be written (disk full, closed pipe …): exit code 1, no stack. */
export class OutputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'OutputError';
  }
}
