// Is this file text at all? Known binary signatures, NUL bytes, or too many control characters.
import { BINARY_SIGNATURES } from './data/binarySignatures.js';
import { sniffBom, startsWithBytes } from './decode.js';

/** How much of the start of a file is inspected. */
const SAMPLE_BYTES = 8192;
/** Share of C0 control bytes (other than tab, line feed, form feed, carriage return, escape) tolerated. */
const MAX_CONTROL_SHARE = 0.02;

/** Bit i set: C0 control byte i counts against the text (all but tab, LF, FF, CR and ESC). */
const CONTROL_BITS = ~((1 << 0x09) | (1 << 0x0a) | (1 << 0x0c) | (1 << 0x0d) | (1 << 0x1b)) >>> 0;

/** Why the bytes are not text, or null when they look like text. */
export function binaryReason(bytes: Uint8Array): string | null {
  for (const sig of BINARY_SIGNATURES) {
    if (startsWithBytes(bytes, sig.bytes)) {
      return `a ${sig.name} file, not text`;
    }
  }
  const bom = sniffBom(bytes);
  if (bom?.encoding.startsWith('utf-16')) return null;
  const length = Math.min(bytes.length, SAMPLE_BYTES);
  let controls = 0;
  // A plain indexed loop over the sample: no iterator, no call per byte.
  for (let i = 0; i < length; i += 1) {
    const byte = bytes[i]!;
    if (byte < 0x20) {
      if (byte === 0) return 'NUL bytes: a binary file, not text';
      controls += (CONTROL_BITS >>> byte) & 1;
    }
  }
  if (length > 0 && controls / length > MAX_CONTROL_SHARE) {
    return 'too many control characters: a binary file, not text';
  }
  return null;
}
