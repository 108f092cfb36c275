// Parsers for option values; a bad value is a usage error (exit 2).
import { InvalidArgumentError } from 'commander';
import { ENCODING_LABELS, encodingForLabel } from '../input/data/encodingLabels.js';

export function positiveInt(value: string): number {
  const n = Number(value);
  if (!/^\d{1,9}$/.test(value.trim()) || !Number.isInteger(n) || n < 1) {
    throw new InvalidArgumentError('expected a whole number of at least 1');
  }
  return n;
}

/** --jobs: a number of workers, or "auto". */
export function jobsValue(value: string): number | 'auto' {
  if (value.trim().toLowerCase() === 'auto') return 'auto';
  try {
    return positiveInt(value);
  } catch {
    throw new InvalidArgumentError('expected "auto" or a whole number of at least 1');
  }
}

/** A duration in seconds, 0 or more (fractions allowed). */
export function seconds(value: string): number {
  const n = Number(value);
  if (!/^\d{1,7}(?:\.\d{1,3})?$/.test(value.trim()) || !Number.isFinite(n)) {
    throw new InvalidArgumentError('expected a number of seconds, such as 30 or 0.5 (0: no limit)');
  }
  return n;
}

const SIZE = /^(\d{1,15}(?:\.\d{1,6})?)\s{0,2}([kmg]?)i?b?$/i;
const SCALE: Readonly<Record<string, number>> = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 };

/** A size in bytes: 500000, 512k, 8M, 1.5MB, 2GiB (binary multiples). */
export function byteSize(value: string): number {
  const match = SIZE.exec(value.trim());
  const scale = SCALE[(match?.[2] ?? '').toLowerCase()];
  if (!match || scale === undefined) throw new InvalidArgumentError('expected a size such as 500000, 512k or 8M');
  const n = Math.floor(Number(match[1]) * scale);
  if (n < 1) throw new InvalidArgumentError('expected a size of at least 1 byte');
  return n;
}

/** An encoding label we can decode (gbk, gb2312, gb18030, utf-8, big5, utf-16le …). */
export function encodingLabel(value: string): string {
  if (encodingForLabel(value) === null) {
    const known = [...new Set(ENCODING_LABELS.values())].join(', ');
    throw new InvalidArgumentError(`unknown encoding label (known decoders: ${known}; gbk and gb2312 read as gb18030)`);
  }
  return value;
}
