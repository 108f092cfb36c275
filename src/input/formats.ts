// The input formats, in one list: what a file's extension says, what its first bytes say, whether
// to look for <meta charset>, and how its decoded text becomes the text parseReport reads. The
// command line takes everything from here (the directory walk, --input-format, the --ndjson-in
// fields, the help). To add a format, add an entry. A binary format (PDF, DOCX, DOC) is told by its
// `signature` (its bytes decide, whatever the file is called) and read by an `extract` loaded on
// first use: its reader is Node-only and needs an optional package (docs/attachments.md).
import { hasAscii, hasUtf16le, startsWith } from './signature.js';
import { htmlToText } from './html.js';

/** A binary document's bytes → its text; throws an ExtractError. */
export type Extract = (bytes: Uint8Array) => Promise<string>;

export interface InputFormatSpec {
  /** The name in `input.format`, in --input-format, and the --ndjson-in field that holds such a document. */
  readonly name: string;
  /** File extensions (lower case, with the dot). */
  readonly extensions: readonly string[];
  /** The content is this format whatever the file is called (a page saved as .txt). */
  readonly claims?: RegExp;
  /** For a name whose extension no format lists: the content looks like this format. */
  readonly looksLike?: RegExp;
  /** An extension that gives way to `claims` of another format (plain text does). */
  readonly weak?: boolean;
  /** Look for a declared encoding (<meta charset>) in the bytes. */
  readonly declaresEncoding: boolean;
  /** Decoded document → the text parseReport reads. */
  readonly toText: (decoded: string) => string;
  /** A binary format: its bytes are this format (and only then is it read as one). */
  readonly signature?: (bytes: Uint8Array) => boolean;
  /** A binary format's reader, loaded on first use. */
  readonly extract?: () => Promise<Extract>;
}

const notDecoded = (): string => {
  throw new TypeError('a binary format is extracted, not decoded');
};

/** A document that starts (after whitespace) with one of these is a whole HTML page … */
const PAGE_START = /^\s{0,200}<(?:!doctype\s{1,10}html|html|head|body)[\s>]/i;
/** … and one that starts with one of these is an HTML fragment (for inputs without an extension). */
const FRAGMENT_START = /^\s{0,200}<(?:meta|title|div|p|table|article|section)[\s>]/i;

export const INPUT_FORMATS = [
  {
    name: 'html',
    extensions: ['.html', '.htm', '.xhtml', '.shtml'],
    claims: PAGE_START,
    looksLike: FRAGMENT_START,
    declaresEncoding: true,
    toText: htmlToText,
  },
  { name: 'text', extensions: ['.txt', '.text'], weak: true, declaresEncoding: false, toText: (text: string) => text },
  {
    name: 'pdf',
    extensions: ['.pdf'],
    declaresEncoding: false,
    toText: notDecoded,
    signature: (bytes: Uint8Array) => startsWith(bytes, '%PDF-'),
    extract: async () => (await import('./node/pdf.js')).pdfToText,
  },
  {
    name: 'docx',
    extensions: ['.docx'],
    declaresEncoding: false,
    toText: notDecoded,
    // a ZIP (PK\3\4) whose directory names word/document.xml
    signature: (bytes: Uint8Array) => startsWith(bytes, 'PK\u0003\u0004') && hasAscii(bytes, 'word/document.xml'),
    extract: async () => (await import('./docx.js')).docxToText,
  },
  {
    name: 'doc',
    extensions: ['.doc'],
    declaresEncoding: false,
    toText: notDecoded,
    // an OLE compound file with a WordDocument stream (not a spreadsheet's Workbook)
    signature: (bytes: Uint8Array) => startsWith(bytes, '\u00d0\u00cf\u0011\u00e0\u00a1\u00b1\u001a\u00e1') && hasUtf16le(bytes, 'WordDocument'),
    extract: async () => (await import('./node/doc.js')).docToText,
  },
] as const satisfies readonly InputFormatSpec[];

export type InputFormat = (typeof INPUT_FORMATS)[number]['name'];
export const INPUT_FORMAT_NAMES: readonly InputFormat[] = INPUT_FORMATS.map((f) => f.name);
/** The formats read from decoded text (the --ndjson-in fields), not extracted from bytes. */
export const TEXT_FORMAT_NAMES: readonly InputFormat[] = INPUT_FORMATS.filter((f) => !('signature' in f)).map((f) => f.name);
/** What a name without a known extension, and content that looks like no format, is read as. */
const FALLBACK: InputFormat = 'text';

/** The spec of a format by name. */
export function formatSpec(name: InputFormat): InputFormatSpec {
  return INPUT_FORMATS.find((f) => f.name === name)!;
}

/** The lower-case extension of a file name or path ('' when none). */
export function extensionOf(name: string): string {
  const base = name.slice(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot).toLowerCase() : '';
}

/** The format a file extension names, or null. */
export function formatForExtension(extension: string): InputFormatSpec | null {
  const ext = extension.toLowerCase();
  return INPUT_FORMATS.find((f) => (f.extensions as readonly string[]).includes(ext)) ?? null;
}

/** The binary format whose signature the bytes carry, or null. */
export function binaryFormatOf(bytes: Uint8Array): InputFormat | null {
  return INPUT_FORMATS.find((f) => 'signature' in f && f.signature(bytes))?.name ?? null;
}

/**
 * The format of a text document (binaryFormatOf found no binary one) from its name (null for
 * stdin) and its first characters: a strong extension of a text format (an extension of a binary
 * format counts for nothing: a page a scraper saved as .pdf is read as what it is); else content a format
 * claims (a whole HTML page); else a weak extension (.txt); else content that looks like a format;
 * else text.
 */
export function detectFormat(name: string | null, head: string): InputFormat {
  const named = name === null ? null : formatForExtension(extensionOf(name));
  const byName = named && 'signature' in named ? null : named;
  if (byName && !byName.weak) return byName.name as InputFormat;
  const claimed = INPUT_FORMATS.find((f) => 'claims' in f && f.claims.test(head));
  if (claimed) return claimed.name;
  if (byName) return byName.name as InputFormat;
  return INPUT_FORMATS.find((f) => 'looksLike' in f && f.looksLike.test(head))?.name ?? FALLBACK;
}
