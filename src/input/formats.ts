// The input formats, in one list: what a file's extension says, what its first bytes say, whether
// to look for <meta charset>, and how its decoded text becomes the text parseReport reads. The
// command line takes everything from here (the directory walk, --input-format, the --ndjson-in
// fields, the help). To add a format, add an entry. (A binary format such as PDF or DOCX will add a
// `signature` and an optional reader loaded on first use.)
import { htmlToText } from './html.js';

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
}

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
] as const satisfies readonly InputFormatSpec[];

export type InputFormat = (typeof INPUT_FORMATS)[number]['name'];
export const INPUT_FORMAT_NAMES: readonly InputFormat[] = INPUT_FORMATS.map((f) => f.name);
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

/**
 * The format of a document from its name (null for stdin) and its first characters: a strong
 * extension decides; else content a format claims (a whole HTML page); else a weak extension
 * (.txt); else content that looks like a format; else text.
 */
export function detectFormat(name: string | null, head: string): InputFormat {
  const byName = name === null ? null : formatForExtension(extensionOf(name));
  if (byName && !byName.weak) return byName.name as InputFormat;
  const claimed = INPUT_FORMATS.find((f) => 'claims' in f && f.claims.test(head));
  if (claimed) return claimed.name;
  if (byName) return byName.name as InputFormat;
  return INPUT_FORMATS.find((f) => 'looksLike' in f && f.looksLike.test(head))?.name ?? FALLBACK;
}
