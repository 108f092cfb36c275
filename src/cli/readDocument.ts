// One input → the text parseReport sees, with how it was read; every failure is an InputError.
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import { binaryReason } from '../input/binary.js';
import { DecodeError, decodeBytes, latin1Head, sniffBom, type Decoded } from '../input/decode.js';
import { ExtractError } from '../input/extractError.js';
import { binaryFormatOf, detectFormat, formatSpec, type InputFormat } from '../input/formats.js';
import { InputError } from './errors.js';
import type { InputInfo } from './record.js';

export interface ReadOptions {
  maxBytes: number;
  /** Forced input format; 'auto' decides by extension, then by sniffing. */
  inputFormat: InputFormat | 'auto';
  /** Forced encoding label (--encoding). */
  encoding?: string | undefined;
}

function osMessage(error: unknown): { code: string; message: string } {
  const err = error as NodeJS.ErrnoException;
  return { code: err.code ?? '', message: err.message ?? String(error) };
}

/** Why a file that exists is no input, named by the OS's cause (ELOOP is a symbolic link loop). */
export function openError(error: unknown): InputError {
  const { code, message } = osMessage(error);
  if (code === 'EISDIR') return new InputError('unreadable', 'is a directory');
  if (code === 'ELOOP') return new InputError('unreadable', `a symbolic link loop (ELOOP): ${message}`);
  return new InputError(code === 'ENOENT' || code === 'ENOTDIR' ? 'not-found' : 'unreadable', message);
}

/** Why a file is not a regular file (a FIFO, a socket, a device, a directory), or null. */
export function notRegular(info: Stats): string | null {
  if (info.isFile()) return null;
  if (info.isDirectory()) return 'is a directory';
  const kind = info.isFIFO()
    ? 'a FIFO (named pipe)'
    : info.isSocket()
      ? 'a socket'
      : info.isCharacterDevice() || info.isBlockDevice()
        ? 'a device'
        : 'not a file';
  return `not a regular file: ${kind}; give its contents on stdin with - instead`;
}

/**
 * Reads a file, refusing it before reading when it is over the size limit. Synchronous on purpose:
 * it runs in a worker thread, where a blocking read is cheaper than a round trip through libuv.
 * One open, then fstat and reads on the descriptor (no second lookup of the path).
 */
export function readInputFile(path: string, maxBytes: number): { bytes: Uint8Array; mtimeMs: number } {
  let fd: number;
  try {
    // Non-blocking: opening a FIFO for reading would wait for a writer (forever); fstat tells it apart.
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    throw openError(error);
  }
  try {
    let size: number;
    let mtimeMs: number;
    try {
      const info = fstatSync(fd);
      const why = notRegular(info);
      if (why !== null) throw new InputError('unreadable', why);
      size = info.size;
      mtimeMs = info.mtimeMs;
    } catch (error) {
      if (error instanceof InputError) throw error;
      throw new InputError('unreadable', osMessage(error).message);
    }
    if (size > maxBytes) throw tooLarge(size, maxBytes);
    return { bytes: readAll(fd, size, maxBytes), mtimeMs };
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
    return decodeBytes(bytes, { html: formatSpec(format).declaresEncoding, encoding });
  } catch (error) {
    if (error instanceof DecodeError) throw new InputError('decode-error', error.message);
    throw error;
  }
}

export interface ReadDocument {
  text: string;
  input: InputInfo;
}

/** A PDF, DOCX or DOC → its text, through the format's reader (loaded on first use). */
async function extracted(bytes: Uint8Array, format: InputFormat): Promise<ReadDocument> {
  const spec = formatSpec(format);
  let text: string;
  try {
    text = await (await spec.extract!())(bytes);
  } catch (error) {
    if (error instanceof ExtractError) throw new InputError(error.code, error.message);
    throw new InputError('unreadable', `${format}: ${(error as Error).message}`);
  }
  if (text.trim() === '') throw new InputError('empty', `the ${format} document has no text`);
  return { text, input: { format, encoding: 'utf-8', encodingSource: 'extracted', replaced: 0, bytes: bytes.length, chars: text.length } };
}

/** The binary format (PDF, DOCX, DOC) the bytes are, or forced to be; else null. */
function binaryFormat(bytes: Uint8Array, options: ReadOptions): InputFormat | null {
  const format = options.inputFormat === 'auto' ? binaryFormatOf(bytes) : options.inputFormat;
  return format !== null && 'extract' in formatSpec(format) ? format : null;
}

/** Bytes of a file or of stdin → text: a PDF, DOCX or DOC through its reader, else documentFromBytes. */
export async function documentFromAnyBytes(bytes: Uint8Array, name: string | null, options: ReadOptions): Promise<ReadDocument> {
  if (bytes.length > options.maxBytes) throw tooLarge(bytes.length, options.maxBytes);
  const format = bytes.length === 0 ? null : binaryFormat(bytes, options);
  return format === null ? documentFromBytes(bytes, name, options) : extracted(bytes, format);
}

/** Bytes of a text format → text. `name` (a path, or null for stdin) decides the format by extension. */
export function documentFromBytes(bytes: Uint8Array, name: string | null, options: ReadOptions): ReadDocument {
  if (bytes.length > options.maxBytes) throw tooLarge(bytes.length, options.maxBytes);
  if (bytes.length === 0) throw new InputError('empty', 'the file is empty (0 bytes)');
  const why = binaryReason(bytes);
  if (why !== null) throw new InputError('binary', why);
  const start = sniffBom(bytes)?.encoding === 'utf-8' ? 3 : 0;
  const format = options.inputFormat === 'auto' ? detectFormat(name, latin1Head(bytes.subarray(start), 1024)) : options.inputFormat;
  const decoded = decode(bytes, format, options.encoding);
  const text = formatSpec(format).toText(decoded.text);
  if (text.trim() === '') {
    throw new InputError('empty', format === 'text' ? 'the file holds only whitespace' : `the ${format} document has no text outside markup and navigation`);
  }
  const { encoding, encodingSource, replaced } = decoded;
  return { text, input: { format, encoding, encodingSource, replaced, bytes: bytes.length, chars: text.length } };
}

/** A document given as a string (an --ndjson-in line): no decoding, then the format's extraction. */
export function documentFromString(value: string, format: InputFormat, maxBytes: number): ReadDocument {
  const bytes = Buffer.byteLength(value, 'utf8');
  if (bytes > maxBytes) throw tooLarge(bytes, maxBytes);
  const text = formatSpec(format).toText(value);
  if (text.trim() === '') throw new InputError('empty', `the "${format}" field holds no text`);
  return { text, input: { format, encoding: 'utf-8', encodingSource: 'ndjson', replaced: 0, bytes, chars: text.length } };
}
