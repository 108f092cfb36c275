import { describe, expect, it } from 'vitest';
import type { InputError } from '../src/cli/errors.js';
import { documentFromBytes } from '../src/cli/readDocument.js';

const utf8 = (s: string): Uint8Array => Buffer.from(s, 'utf8');

describe('documentFromBytes: the input format', () => {
  const options = { maxBytes: 1_000_000, inputFormat: 'auto' as const };
  it.each([
    ['a.html', '<p>正文</p>', 'html'],
    ['a.HTM', '正文', 'html'],
    ['a.txt', '<!DOCTYPE html><html><body><p>正文</p></body></html>', 'html'],
    ['a.txt', '<p>正文</p> 不是整页', 'text'],
    ['a.txt', '正文 <html>', 'text'],
    [null, '  <div>正文</div>', 'html'],
    [null, '正文', 'text'],
    ['a.dat', '<html><body>正文</body></html>', 'html'],
  ])('%s %j → %s', (name, content, format) => {
    expect(documentFromBytes(utf8(content), name, options).input.format).toBe(format);
  });

  it('--input-format forces it', () => {
    expect(documentFromBytes(utf8('<p>正文</p>'), 'a.txt', { ...options, inputFormat: 'html' }).text).toBe('正文');
    expect(documentFromBytes(utf8('<p>正文</p>'), 'a.html', { ...options, inputFormat: 'text' }).text).toBe('<p>正文</p>');
  });

  it('refuses empty, blank, binary and too large inputs with their codes', () => {
    const code = (bytes: Uint8Array, name = 'a.txt', maxBytes = 100): string | undefined => {
      try {
        documentFromBytes(bytes, name, { ...options, maxBytes });
        return undefined;
      } catch (error) {
        return (error as InputError).code;
      }
    };
    expect(code(utf8(''))).toBe('empty');
    expect(code(utf8(' \n\u3000'))).toBe('empty');
    expect(code(utf8('<nav>首页</nav><script>x</script>'), 'a.html')).toBe('empty');
    expect(code(Buffer.from([0x41, 0, 0x42]))).toBe('binary');
    expect(code(utf8('正'.repeat(40)))).toBe('too-large');
    expect(code(utf8('正文'))).toBeUndefined();
  });
});
