// Encoding labels as pages declare them (WHATWG label names, lower-cased) mapped to the decoder we
// use. Every GB family label decodes as GB18030, its superset: pages that say gb2312 are usually
// GBK in fact, and GBK bytes are valid GB18030. Western labels (iso-8859-1, windows-1252) are left
// out on purpose: on Chinese pages they come from a CMS template and are wrong, so the bytes decide.

/** The decoders used (TextDecoder names); the CLI records one in `input.encoding`. */
export type EncodingName = 'utf-8' | 'gb18030' | 'big5' | 'utf-16le' | 'utf-16be';

const GB_LABELS = [
  'gb18030',
  'gbk',
  'gb2312',
  'gb_2312',
  'gb_2312-80',
  'x-gbk',
  'csgb2312',
  'csgbk',
  'chinese',
  'iso-ir-58',
  'cp936',
  'ms936',
  'windows-936',
  'euc-cn',
  'hz-gb-2312',
] as const;

const UTF8_LABELS = ['utf-8', 'utf8', 'unicode-1-1-utf-8', 'unicode11utf8', 'unicode20utf8', 'x-unicode20utf8'] as const;
const BIG5_LABELS = ['big5', 'big5-hkscs', 'cn-big5', 'csbig5', 'x-x-big5'] as const;
const UTF16LE_LABELS = ['utf-16', 'utf-16le', 'ucs-2', 'unicode', 'unicodefeff', 'iso-10646-ucs-2', 'csunicode'] as const;
const UTF16BE_LABELS = ['utf-16be', 'unicodefffe'] as const;

function table(): ReadonlyMap<string, EncodingName> {
  const entries: [string, EncodingName][] = [
    ...GB_LABELS.map((l): [string, EncodingName] => [l, 'gb18030']),
    ...UTF8_LABELS.map((l): [string, EncodingName] => [l, 'utf-8']),
    ...BIG5_LABELS.map((l): [string, EncodingName] => [l, 'big5']),
    ...UTF16LE_LABELS.map((l): [string, EncodingName] => [l, 'utf-16le']),
    ...UTF16BE_LABELS.map((l): [string, EncodingName] => [l, 'utf-16be']),
  ];
  return new Map(entries);
}

export const ENCODING_LABELS: ReadonlyMap<string, EncodingName> = table();

/** The decoder for a declared label, or null when the label is unknown. */
export function encodingForLabel(label: string): EncodingName | null {
  const key = label.trim().toLowerCase().replace(/^["']|["']$/g, '');
  return ENCODING_LABELS.get(key) ?? null;
}
