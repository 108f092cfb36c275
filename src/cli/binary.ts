// Is this file text at all? Known binary signatures, NUL bytes, or too many control characters.
import { BINARY_SIGNATURES } from './data/binarySignatures.js';
import { sniffBom } from './decode.js';

/** How much of the start of a file is inspected. */
const SAMPLE_BYTES = 8192;
/** Share of C0 control bytes (other than tab, line feed, form feed, carriage return, escape) tolerated. */
const MAX_CONTROL_SHARE = 0.02;

function isControl(byte: number): boolean {
  return byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d && byte !== 0x1b;
}

/** Why the bytes are not text, or null when they look like text. */
export function binaryReason(bytes: Uint8Array): string | null {
  for (const sig of BINARY_SIGNATURES) {
    if (bytes.length >= sig.bytes.length && sig.bytes.every((b, i) => bytes[i] === b)) {
      return `a ${sig.name} file, not text`;
    }
  }
  const bom = sniffBom(bytes);
  if (bom?.encoding.startsWith('utf-16')) return null;
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  let controls = 0;
  for (const byte of sample) {
    if (byte === 0) return 'NUL bytes: a binary file, not text';
    if (isControl(byte)) controls += 1;
  }
  if (sample.length > 0 && controls / sample.length > MAX_CONTROL_SHARE) {
    return 'too many control characters: a binary file, not text';
  }
  return null;
}
