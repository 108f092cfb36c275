import iconv from 'iconv-lite';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { sniffMetaCharset } from '../src/input/decode.js';
import { binaryReason, DecodeError, decodeBytes, encodingForLabel, htmlToText } from '../src/input/index.js';

const TEXT = '南昌市卫健委2021年度法治政府建设工作报告\n全年办理行政复议案件12件,同比增长35%。';
const gb = (s: string): Uint8Array => iconv.encode(s, 'gb18030');
const utf8 = (s: string): Uint8Array => Buffer.from(s, 'utf8');
const cat = (...parts: Uint8Array[]): Uint8Array => Buffer.concat(parts);

describe('decodeBytes: BOM, then declared label, then UTF-8 else GB18030', () => {
  it.each([
    ['UTF-8 without BOM', utf8(TEXT), false, 'utf-8', 'detected'],
    ['GB18030 without BOM', gb(TEXT), false, 'gb18030', 'detected'],
    ['UTF-8 BOM', cat(Buffer.from([0xef, 0xbb, 0xbf]), utf8(TEXT)), false, 'utf-8', 'bom'],
    ['GB18030 BOM', cat(Buffer.from([0x84, 0x31, 0x95, 0x33]), gb(TEXT)), false, 'gb18030', 'bom'],
    ['UTF-16LE BOM', cat(Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, 'utf16le')), false, 'utf-16le', 'bom'],
    ['UTF-16BE BOM', cat(Buffer.from([0xfe, 0xff]), Buffer.from(TEXT, 'utf16le').swap16()), false, 'utf-16be', 'bom'],
  ] as const)('%s', (_name, bytes, html, encoding, source) => {
    const decoded = decodeBytes(bytes, { html });
    expect(decoded.text).toBe(TEXT);
    expect(decoded.encoding).toBe(encoding);
    expect(decoded.encodingSource).toBe(source);
  });

  it.each([
    ['<meta charset="gbk">', 'gb18030'],
    ['<meta charset=gb2312>', 'gb18030'],
    ['<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=GB2312">', 'gb18030'],
    ["<meta content='text/html;charset=gb18030' http-equiv='content-type'>", 'gb18030'],
  ])('a page declaring %s decodes as %s', (meta, encoding) => {
    const page = `<html><head>${meta}</head><body><p>${TEXT}</p></body></html>`;
    const decoded = decodeBytes(gb(page), { html: true });
    expect(decoded).toEqual({ text: page, encoding, encodingSource: 'declared', replaced: 0 });
  });

  it('a page declaring UTF-8 whose bytes are GB18030 is detected as GB18030', () => {
    const page = `<html><head><meta charset="utf-8"></head><body>${TEXT}</body></html>`;
    expect(decodeBytes(gb(page), { html: true })).toEqual({ text: page, encoding: 'gb18030', encodingSource: 'detected', replaced: 0 });
  });

  it('a page with an unknown or Western label is detected', () => {
    const page = `<meta charset="iso-8859-1"><p>${TEXT}</p>`;
    expect(decodeBytes(gb(page), { html: true }).encoding).toBe('gb18030');
    expect(decodeBytes(utf8(page), { html: true }).encoding).toBe('utf-8');
  });

  it('a BOM wins over the meta label', () => {
    const page = `<meta charset="gbk"><p>${TEXT}</p>`;
    const decoded = decodeBytes(cat(Buffer.from([0xef, 0xbb, 0xbf]), utf8(page)), { html: true });
    expect(decoded).toEqual({ text: page, encoding: 'utf-8', encodingSource: 'bom', replaced: 0 });
  });

  it('a meta label is not looked for in text files', () => {
    const text = `<meta charset="gbk"> ${TEXT}`;
    expect(decodeBytes(utf8(text), { html: false })).toEqual({ text, encoding: 'utf-8', encodingSource: 'detected', replaced: 0 });
  });

  it('--encoding forces a decoder, and refuses an unknown label or bytes that are not UTF-8', () => {
    expect(decodeBytes(gb(TEXT), { html: false, encoding: 'GBK' })).toEqual({ text: TEXT, encoding: 'gb18030', encodingSource: 'forced', replaced: 0 });
    expect(() => decodeBytes(gb(TEXT), { html: false, encoding: 'klingon' })).toThrow(DecodeError);
    expect(() => decodeBytes(gb(TEXT), { html: false, encoding: 'utf-8' })).toThrow(/not valid UTF-8/);
  });
});

describe('decodeBytes: UTF-8 is decoded once, and exactly as before', () => {
  const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
  it.each([
    ['a UTF-8 label on UTF-8 bytes', utf8(`<meta charset="utf-8"><p>${TEXT}</p>`), { html: true }, 'utf-8', 'declared'],
    ['--encoding utf-8 on UTF-8 bytes', utf8(TEXT), { html: false, encoding: 'utf8' }, 'utf-8', 'forced'],
    ['a UTF-8 BOM on a UTF-8 page declaring gbk', cat(BOM, utf8(`<meta charset="gbk">${TEXT}`)), { html: true }, 'utf-8', 'bom'],
  ] as const)('%s', (_name, bytes, options, encoding, source) => {
    const decoded = decodeBytes(bytes, options);
    expect(decoded.text).toBe(Buffer.from(bytes.subarray(source === 'bom' ? 3 : 0)).toString('utf8'));
    expect([decoded.encoding, decoded.encodingSource]).toEqual([encoding, source]);
  });

  it('bad bytes after a UTF-8 BOM become U+FFFD, one per bad sequence', () => {
    const bytes = cat(BOM, utf8('甲'), Buffer.from([0xff, 0xe4, 0xb8]), utf8('乙'));
    expect(decodeBytes(bytes, { html: false })).toEqual({ text: '甲\uFFFD\uFFFD乙', encoding: 'utf-8', encodingSource: 'bom', replaced: 2 });
  });

  it('bytes that turn invalid near the end are read whole as GB18030, not partly as UTF-8', () => {
    const bytes = cat(utf8('甲乙'), gb('年度'));
    const text = iconv.decode(Buffer.from(bytes), 'gb18030');
    expect(text.endsWith('年度')).toBe(true);
    expect(decodeBytes(bytes, { html: false })).toEqual({ text, encoding: 'gb18030', encodingSource: 'detected', replaced: text.split('\uFFFD').length - 1 });
  });
});

describe('encodingForLabel', () => {
  it.each([
    ['gbk', 'gb18030'],
    ['GB2312', 'gb18030'],
    [' x-gbk ', 'gb18030'],
    ['"gb18030"', 'gb18030'],
    ['UTF8', 'utf-8'],
    ['big5', 'big5'],
    ['latin1', null],
    ['', null],
  ])('%j → %s', (label, encoding) => {
    expect(encodingForLabel(label)).toBe(encoding);
  });
});

describe('sniffMetaCharset', () => {
  it('reads only the start of the page and ignores charset outside <meta>', () => {
    expect(sniffMetaCharset(utf8('<p>charset=gbk</p>'))).toBeNull();
    expect(sniffMetaCharset(utf8(`${' '.repeat(5000)}<meta charset="gbk">`))).toBeNull();
    expect(sniffMetaCharset(utf8('<meta name="x"><meta charset="big5">'))).toBe('big5');
  });
});

describe('binaryReason', () => {
  it.each([
    ['a PDF', utf8('%PDF-1.7\n%âãÏÓ\n'), /PDF/],
    ['a ZIP (docx)', cat(Buffer.from([0x50, 0x4b, 0x03, 0x04]), utf8('word/document.xml')), /ZIP/],
    ['a PNG', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]), /PNG/],
    ['NUL bytes', cat(utf8(TEXT), Buffer.from([0, 0, 0])), /NUL/],
    ['control characters', Buffer.from(Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41))), /control/],
  ])('%s is binary', (_name, bytes, why) => {
    expect(binaryReason(bytes)).toMatch(why);
  });

  it.each([
    ['UTF-8 text', utf8(TEXT)],
    ['GB18030 text', gb(TEXT)],
    ['UTF-16LE with BOM (it has NUL bytes)', cat(Buffer.from([0xff, 0xfe]), Buffer.from('abc', 'utf16le'))],
    ['text with tabs, form feeds and CRLF', utf8('a\tb\r\nc\fd')],
    ['text with ANSI escapes (ESC is not counted)', utf8('\u001b[1m'.repeat(50))],
    ['the first bytes of a signature only (GIF, not GIF8)', utf8('GIF')],
  ])('%s is text', (_name, bytes) => {
    expect(binaryReason(bytes)).toBeNull();
  });

  const withControls = (length: number, controls: number, byte = 0x01): Uint8Array =>
    Buffer.from(Array.from({ length }, (_, i) => (i < controls ? byte : 0x41)));
  it.each([
    ['2% control bytes', withControls(1000, 20), null],
    ['2.1% control bytes', withControls(1000, 21), /control/],
    ['2.1% DEL-free C0 bytes 0x1f', withControls(1000, 21, 0x1f), /control/],
    ['2.1% vertical tabs (0x0b)', withControls(1000, 21, 0x0b), /control/],
    ['NUL past the first 8 KB', cat(utf8('a'.repeat(8192)), Buffer.from([0])), null],
    ['control bytes past the first 8 KB', cat(utf8('a'.repeat(8192)), withControls(1000, 1000)), null],
  ] as const)('%s: %s', (_name, bytes, why) => {
    const reason = binaryReason(bytes);
    if (why === null) expect(reason).toBeNull();
    else expect(reason).toMatch(why);
  });
});

describe('decodeBytes: invalid bytes are counted in `replaced`', () => {
  const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
  it.each([
    ['valid UTF-8', utf8(TEXT), 0],
    ['valid GB18030', gb(TEXT), 0],
    ['a U+FFFD written in valid UTF-8 (not made by the decoder)', utf8(`甲\uFFFD乙`), 0],
    ['a U+FFFD written in GB18030', gb(`甲\uFFFD乙${TEXT}`), 0],
    ['GB18030 with a lead byte cut by an ASCII byte', cat(gb('甲'), Buffer.from([0x81, 0x20]), gb('乙')), 1],
    ['GB18030 with two bad pairs and one written U+FFFD', cat(gb('甲\uFFFD'), Buffer.from([0x81, 0x20]), gb('乙'), Buffer.from([0xff]), gb('丙')), 2],
    ['UTF-8 after a BOM with a stray continuation byte and a cut sequence', cat(BOM, utf8('甲'), Buffer.from([0x80]), utf8('乙'), Buffer.from([0xe4, 0xb8])), 2],
    ['UTF-8 after a BOM with a written U+FFFD and one bad byte', cat(BOM, utf8('\uFFFD甲'), Buffer.from([0xff])), 1],
    ['UTF-16LE with a lone high surrogate', cat(Buffer.from([0xff, 0xfe]), Buffer.from('甲', 'utf16le'), Buffer.from([0x00, 0xd8]), Buffer.from('乙', 'utf16le')), 1],
    ['UTF-16LE with an odd trailing byte', cat(Buffer.from([0xff, 0xfe]), Buffer.from('甲\uFFFD', 'utf16le'), Buffer.from([0x41])), 1],
  ])('%s: %i', (_name, bytes, replaced) => {
    const decoded = decodeBytes(bytes);
    expect(decoded.replaced).toBe(replaced);
    expect(decoded.text.split('\uFFFD').length - 1).toBeGreaterThanOrEqual(replaced);
  });

  it('a page declaring big5 decodes with the Big5 decoder and counts its bad bytes', () => {
    const page = cat(utf8('<meta charset="big5"><p>'), iconv.encode('法治政府', 'big5'), Buffer.from([0x81, 0x20]), utf8('</p>'));
    const decoded = decodeBytes(page, { html: true });
    expect([decoded.encoding, decoded.encodingSource, decoded.replaced]).toEqual(['big5', 'declared', 1]);
    expect(decoded.text).toContain('法治政府');
  });
});

describe('decodeBytes and htmlToText: misuse throws a TypeError', () => {
  it('bytes that are not a Uint8Array', () => {
    expect(() => decodeBytes('abc' as unknown as Uint8Array)).toThrow(new TypeError('decodeBytes: bytes must be a Uint8Array'));
  });
  it('html that is not a string', () => {
    expect(() => htmlToText(42 as unknown as string)).toThrow(new TypeError('htmlToText: html must be a string'));
  });
});

describe('src/input is browser-safe', () => {
  const dir = fileURLToPath(new URL('../src/input/', import.meta.url));
  // node/: the readers of PDF and DOC, Node-only, loaded by the command line on first use
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts') && !f.startsWith('node'));
  it.each(files)('%s uses no Node built-in', (file) => {
    const source = readFileSync(join(dir, file), 'utf8');
    expect(source).not.toMatch(/from\s+'node:|require\(|\bBuffer\b|\bprocess\./);
    for (const [, spec] of source.matchAll(/from\s+'([^']+)'/g)) expect(spec).toMatch(/^(?:\.{1,2}\/(?!node\/)|htmlparser2$|fflate$)/);
  });
});
