// Bytes → text: a byte-order mark first, then the label the document declares (<meta charset>) or
// the caller forces, then detection: strict UTF-8 if the bytes are valid UTF-8, else GB18030.
// Only TextDecoder (WHATWG Encoding): the same code runs in Node (full ICU) and in a browser.
import { encodingForLabel, type EncodingName } from './data/encodingLabels.js';

/** Where the encoding came from. */
export type EncodingSource = 'bom' | 'declared' | 'forced' | 'detected';

export interface Decoded {
  text: string;
  encoding: EncodingName;
  encodingSource: EncodingSource;
  /** How many U+FFFD the decoder put in place of invalid bytes (0: the bytes were all valid). */
  replaced: number;
}

export interface DecodeOptions {
  /** Look for a <meta charset> (HTML input). Default false. */
  html?: boolean | undefined;
  /** An encoding label the caller forces; wins over everything but a BOM. */
  encoding?: string | undefined;
}

/** The bytes cannot be decoded as asked: an unknown forced label, or forced UTF-8 on other bytes. */
export class DecodeError extends Error {
  readonly code = 'decode-error';
  constructor(message: string) {
    super(message);
    this.name = 'DecodeError';
  }
}

interface Bom {
  encoding: EncodingName;
  length: number;
}

const BOMS: readonly (Bom & { bytes: readonly number[] })[] = [
  { encoding: 'utf-8', length: 3, bytes: [0xef, 0xbb, 0xbf] },
  { encoding: 'gb18030', length: 4, bytes: [0x84, 0x31, 0x95, 0x33] },
  { encoding: 'utf-16le', length: 2, bytes: [0xff, 0xfe] },
  { encoding: 'utf-16be', length: 2, bytes: [0xfe, 0xff] },
];

/** U+FFFD as each encoding writes it: a replacement character that was in the input, not made by the decoder. */
const ENCODED_REPLACEMENT: Readonly<Record<EncodingName, readonly number[] | null>> = {
  'utf-8': [0xef, 0xbf, 0xbd],
  gb18030: [0x84, 0x31, 0xa4, 0x37],
  big5: null,
  'utf-16le': [0xfd, 0xff],
  'utf-16be': [0xff, 0xfd],
};

/** Whether `bytes` holds `pattern` at `offset` (a plain loop: this runs once per input file). */
function bytesAt(bytes: Uint8Array, offset: number, pattern: readonly number[]): boolean {
  if (bytes.length - offset < pattern.length) return false;
  for (let i = 0; i < pattern.length; i += 1) if (bytes[offset + i] !== pattern[i]) return false;
  return true;
}

/** Whether `bytes` starts with `prefix`. */
export function startsWithBytes(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return bytesAt(bytes, 0, prefix);
}

/** The byte-order mark at the start of `bytes`, if any. */
export function sniffBom(bytes: Uint8Array): Bom | null {
  for (const bom of BOMS) {
    if (startsWithBytes(bytes, bom.bytes)) return { encoding: bom.encoding, length: bom.length };
  }
  return null;
}

/** The first `length` bytes as Latin-1 (one character per byte): enough to find ASCII markup. */
export function latin1Head(bytes: Uint8Array, length: number): string {
  const end = Math.min(bytes.length, length);
  let head = '';
  for (let i = 0; i < end; i += 1024) head += String.fromCharCode(...bytes.subarray(i, Math.min(end, i + 1024)));
  return head;
}

/** How far into an HTML page a <meta charset> is looked for (the HTML standard says 1024). */
const META_PREFIX_BYTES = 4096;
const META_TAG = /<meta\s[^>]{0,400}>/gi;
const CHARSET_ATTR = /charset\s{0,8}=\s{0,8}["']?([\w.:-]{1,40})/i;

/** The encoding label declared by a <meta charset> or <meta http-equiv content="…charset=…">. */
export function sniffMetaCharset(bytes: Uint8Array): string | null {
  for (const tag of latin1Head(bytes, META_PREFIX_BYTES).matchAll(META_TAG)) {
    const label = CHARSET_ATTR.exec(tag[0])?.[1];
    if (label) return label;
  }
  return null;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const decoders = new Map<EncodingName, InstanceType<typeof TextDecoder>>();

/** A replacing decoder per encoding, made on first use (a BOM is stripped before, so a second one stays). */
function decoderFor(encoding: EncodingName): InstanceType<typeof TextDecoder> {
  let decoder = decoders.get(encoding);
  if (!decoder) {
    decoder = new TextDecoder(encoding, { ignoreBOM: true });
    decoders.set(encoding, decoder);
  }
  return decoder;
}

/** The text of `bytes` when they are valid UTF-8 (no overlong forms, no surrogates), else null. */
function utf8Text(bytes: Uint8Array): string | null {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return null;
  }
}

/** U+FFFD in `text` that the decoder made: all of them, less those the bytes spelled out. */
function countReplaced(text: string, bytes: Uint8Array, encoding: EncodingName): number {
  let inText = 0;
  for (let i = text.indexOf('\uFFFD'); i !== -1; i = text.indexOf('\uFFFD', i + 1)) inText += 1;
  if (inText === 0) return 0;
  const pattern = ENCODED_REPLACEMENT[encoding];
  if (pattern === null) return inText;
  const step = encoding.startsWith('utf-16') ? 2 : 1;
  let inBytes = 0;
  for (let i = 0; i < bytes.length; i += step) if (bytesAt(bytes, i, pattern)) inBytes += 1;
  return Math.max(0, inText - inBytes);
}

function decoded(bytes: Uint8Array, encoding: EncodingName, encodingSource: EncodingSource): Decoded {
  const text = (encoding === 'utf-8' ? utf8Text(bytes) : null) ?? decoderFor(encoding).decode(bytes);
  return { text, encoding, encodingSource, replaced: countReplaced(text, bytes, encoding) };
}

/**
 * Decodes a document. A declared UTF-8 label on bytes that are not UTF-8 is ignored (the page lies;
 * detection decides); an unknown declared label is ignored too. A forced label must be known, and
 * forced UTF-8 must be valid UTF-8 (else DecodeError).
 */
export function decodeBytes(bytes: Uint8Array, options: DecodeOptions = {}): Decoded {
  if (!(bytes instanceof Uint8Array)) throw new TypeError('decodeBytes: bytes must be a Uint8Array');
  const bom = sniffBom(bytes);
  if (bom) return decoded(bytes.subarray(bom.length), bom.encoding, 'bom');
  if (options.encoding !== undefined) {
    const forced = encodingForLabel(options.encoding);
    if (!forced) throw new DecodeError(`unknown encoding label "${options.encoding}"`);
    if (forced === 'utf-8' && utf8Text(bytes) === null) throw new DecodeError('the bytes are not valid UTF-8 (forced with --encoding)');
    return decoded(bytes, forced, 'forced');
  }
  const label = options.html === true ? sniffMetaCharset(bytes) : null;
  const declared = label === null ? null : encodingForLabel(label);
  if (declared !== null && !declared.startsWith('utf-16') && declared !== 'utf-8') return decoded(bytes, declared, 'declared');
  // No usable label, or a UTF-8 label, which holds only when the bytes are UTF-8 (else the page lies).
  const text = utf8Text(bytes);
  if (text !== null) return { text, encoding: 'utf-8', encodingSource: declared === 'utf-8' ? 'declared' : 'detected', replaced: 0 };
  return decoded(bytes, 'gb18030', 'detected');
}
