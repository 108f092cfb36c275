// The records the parse command writes, one per input, in input order.
import type { Report } from '../index.js';
import type { InputFormat } from '../input/formats.js';
import type { EncodingName, EncodingSource } from '../input/index.js';
import type { ErrorCode } from './errors.js';
import type { RecordWords } from '../text/record.js';

export type { InputFormat } from '../input/formats.js';

/** How the input was read. For HTML, the report's spans are offsets into the extracted text. */
export interface InputInfo {
  format: InputFormat;
  encoding: EncodingName;
  /** 'ndjson': the text came as a JSON string (--ndjson-in), read as UTF-8; 'extracted': taken out of a PDF, DOCX or DOC by its reader. */
  encodingSource: EncodingSource | 'ndjson' | 'extracted';
  /** U+FFFD put in place of invalid bytes by the decoder (0: every byte was valid). */
  replaced: number;
  /** Size of the input in bytes (for --ndjson-in: of the text or html field in UTF-8). */
  bytes: number;
  /** A file's modification time (ISO 8601, UTC), for --resume; absent for stdin and --ndjson-in. */
  mtime?: string;
  /** Length in UTF-16 units of the text given to parseReport: the string the spans index. */
  chars: number;
  /** That text, with --with-text. */
  text?: string;
}

export interface OkRecord {
  file: string;
  ok: true;
  input: InputInfo;
  report: Report;
  /** With --words: each section's words (fazhi-report/text). */
  words?: RecordWords[];
}

export interface ErrorRecord {
  file: string;
  ok: false;
  error: { code: ErrorCode; message: string };
}

export type ParseRecord = OkRecord | ErrorRecord;
