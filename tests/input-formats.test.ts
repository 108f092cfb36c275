// The registry of input formats: one list decides the format of a name and its first characters.
import { describe, expect, it } from 'vitest';
import { detectFormat, extensionOf, formatForExtension, INPUT_FORMATS } from '../src/input/formats.js';

describe('detectFormat', () => {
  it.each([
    ['a.html', '正文', 'html'],
    ['a.HTM', '正文', 'html'],
    ['a.shtml', '正文', 'html'],
    ['a.xhtml', '正文', 'html'],
    ['a.txt', '正文', 'text'],
    ['a.text', '正文', 'text'],
    ['a.txt', '<!DOCTYPE html><html><body>正文', 'html'], // a page saved under .txt
    ['a.txt', '<p>正文</p>', 'text'], // a fragment under .txt stays text
    [null, '  <div>正文</div>', 'html'],
    [null, '正文', 'text'],
    ['a.dat', '<html><body>正文', 'html'],
    ['dir.d/.txt', '正文', 'text'],
  ] as const)('%s %j → %s', (name, head, format) => {
    expect(detectFormat(name, head)).toBe(format);
  });
});

describe('the registry', () => {
  it('lists each extension once, lower case with its dot', () => {
    const all = INPUT_FORMATS.flatMap((f) => [...f.extensions]);
    expect(new Set(all).size).toBe(all.length);
    for (const ext of all) expect(ext).toMatch(/^\.[a-z0-9]+$/);
  });

  it('finds a format by extension, in any case; a dot file has no extension', () => {
    expect(formatForExtension('.SHTML')?.name).toBe('html');
    expect(formatForExtension('.md')).toBeNull();
    expect([extensionOf('a/b.c/d.TXT'), extensionOf('.txt'), extensionOf('a\\b.htm'), extensionOf('noext')]).toEqual(['.txt', '', '.htm', '']);
  });

  it('each format turns its decoded text into the text parseReport reads', () => {
    const html = INPUT_FORMATS.find((f) => f.name === 'html')!;
    const text = INPUT_FORMATS.find((f) => f.name === 'text')!;
    expect(html.toText('<p>甲</p><p>乙</p>')).toBe('甲\n\n乙');
    expect(text.toText('<p>甲</p>')).toBe('<p>甲</p>');
  });
});
