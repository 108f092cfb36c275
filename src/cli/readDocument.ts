// One input → the text parseReport sees, with how it was read; every failure is an InputError.
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { extname } from 'node:path';
import { binaryReason } from '../input/binary.js';
import { DecodeError, decodeBytes, latin1Head, sniffBom, type Decoded } from '../input/decode.js';
import { htmlToText } from '../input/html.js';
import { InputError } from './errors.js';
import type { InputFormat, InputInfo } from './record.js';

export interface ReadOptions {
  maxBytes: number;
  /** Forced input format; 'auto' decides by extension, then by sniffing. */
  inputFormat: InputFormat | 'auto';
  /** Forced encoding label (--encoding). */
  encoding?: string | undefined;
}

const HTML_EXTENSIONS: ReadonlySet<string> = new Set(['.html', '.htm', '.xhtml', '.shtml']);
const TEXT_EXTENSIONS: ReadonlySet<string> = new Set(['.txt', '.text']);
/** A document that starts (after whitespace and a BOM) with one of these is a whole HTML page … */
const PAGE_START = /^\s{0,200}<(?:!doctype\s{1,10}html|html|head|body)[\s>]/i;
/** … and one that starts with one of these is an HTML fragment (for inputs without an extension). */
const FRAGMENT_START = /^\s{0,200}<(?:meta|title|div|p|table|article|section)[\s>]/i;

function formatOf(name: string | null, head: string, forced: ReadOptions['inputFormat']): InputFormat {
  if (forced !== 'auto') return forced;
  const ext = name === null ? '' : extname(name).toLowerCase();
  if (HTML_EXTENSIONS.has(ext)) return 'html';
  // A scraper that saved the raw page under .txt: the page says what it is.
  if (PAGE_START.test(head)) return 'html';
  if (TEXT_EXTENSIONS.has(ext)) return 'text';
  return FRAGMENT_START.test(head) ? 'html' : 'text';
}

function osMessage(error: unknown): { code: string; message: string } {
  const err = error as NodeJS.ErrnoException;
  return { code: err.code ?? '', message: err.message ?? String(error) };
}

/**
 * Reads a file, refusing it before reading when it is over the size limit. Synchronous on purpose:
 * it runs in a worker thread, where a blocking read is cheaper than a round trip through libuv.
 * One open, then fstat and reads on the descriptor (no second lookup of the path).
 */
export function readInputFile(path: string, maxBytes: number): Uint8Array {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    const { code, message } = osMessage(error);
    if (code === 'EISDIR') throw new InputError('unreadable', 'is a directory');
    throw new InputError(code === 'ENOENT' || code === 'ENOTDIR' ? 'not-found' : 'unreadable', message);
  }
  try {
    let size: number;
    try {
      const info = fstatSync(fd);
      if (info.isDirectory()) throw new InputError('unreadable', 'is a directory');
      size = info.size;
    } catch (error) {
      if (error instanceof InputError) throw error;
      throw new InputError('unreadable', osMessage(error).message);
    }
    if (size > maxBytes) throw tooLarge(size, maxBytes);
    return readAll(fd, size, maxBytes);
  } finally {
    closeSync(fd);
  }
}

/** Reads to the end (a file may grow or shrink after fstat; some files report size 0). */
function readAll(fd: number, size: number, maxBytes: number): Uint8Array {
  let buffer = Buffer.allocUnsafeSlow(Math.max(size, 1) + 1);
  let length = 0;
  try {
    for (;;) {
      if (length === buffer.length) {
        if (length > maxBytes) throw tooLarge(length, maxBytes);
        const bigger = Buffer.allocUnsafeSlow(Math.min(buffer.length * 2, maxBytes + 1));
        buffer.copy(bigger, 0, 0, length);
        buffer = bigger;
      }
      const n = readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
    }
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError('unreadable', osMessage(error).message);
  }
  if (length > maxBytes) throw tooLarge(length, maxBytes);
  return buffer.subarray(0, length);
}

function tooLarge(size: number, maxBytes: number): InputError {
  return new InputError('too-large', `${size} bytes, over the limit of ${maxBytes} (raise it with --max-bytes)`);
}

function decode(bytes: Uint8Array, format: InputFormat, encoding: string | undefined): Decoded {
  try {
    return decodeBytes(bytes, { html: format === 'html', encoding });
  } catch (error) {
    if (error instanceof DecodeError) throw new InputError('decode-error', error.message);
    throw error;
  }
}

export interface ReadDocument {
  text: string;
  input: InputInfo;
}

/** Bytes of a file or of stdin → text. `name` (a path, or null for stdin) decides the format by extension. */
export function documentFromBytes(bytes: Uint8Array, name: string | null, options: ReadOptions): ReadDocument {
  if (bytes.length > options.maxBytes) throw tooLarge(bytes.length, options.maxBytes);
  if (bytes.length === 0) throw new InputError('empty', 'the file is empty (0 bytes)');
  const why = binaryReason(bytes);
  if (why !== null) throw new InputError('binary', why);
  const start = sniffBom(bytes)?.encoding === 'utf-8' ? 3 : 0;
  const format = formatOf(name, latin1Head(bytes.subarray(start), 1024), options.inputFormat);
  const decoded = decode(bytes, format, options.encoding);
  const text = format === 'html' ? htmlToText(decoded.text) : decoded.text;
  if (text.trim() === '') {
    throw new InputError('empty', format === 'html' ? 'the page has no text outside markup and navigation' : 'the file holds only whitespace');
  }
  return {
    text,
    input: { format, encoding: decoded.encoding, encodingSource: decoded.encodingSource, bytes: bytes.length, chars: text.length },
  };
}

/** A document given as a string (an --ndjson-in line): no decoding, HTML extracted when given as html. */
export function documentFromString(value: string, format: InputFormat, maxBytes: number): ReadDocument {
  const bytes = Buffer.byteLength(value, 'utf8');
  if (bytes > maxBytes) throw tooLarge(bytes, maxBytes);
  const text = format === 'html' ? htmlToText(value) : value;
  if (text.trim() === '') throw new InputError('empty', `the "${format}" field holds no text`);
  return { text, input: { format, encoding: 'utf-8', encodingSource: 'ndjson', bytes, chars: text.length } };
}
