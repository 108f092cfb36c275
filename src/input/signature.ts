// Tests on a file's bytes for the binary formats' signatures: linear scans, no decoding.

/** The bytes start with `prefix` (code units below 256, one byte each). */
export function startsWith(bytes: Uint8Array, prefix: string): boolean {
  if (bytes.length < prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) if (bytes[i] !== prefix.charCodeAt(i)) return false;
  return true;
}

/** The bytes hold `needle` at `step` bytes a character (1: ASCII, 2: UTF-16LE), anywhere. */
function holds(bytes: Uint8Array, needle: string, step: 1 | 2): boolean {
  const first = needle.charCodeAt(0);
  const span = needle.length * step;
  for (let at = bytes.indexOf(first); at >= 0 && at + span <= bytes.length; at = bytes.indexOf(first, at + 1)) {
    let k = 1;
    while (k < needle.length && bytes[at + k * step] === needle.charCodeAt(k) && (step === 1 || bytes[at + k * step + 1] === 0)) k++;
    if (k === needle.length) return true;
  }
  return false;
}

/** The bytes hold the ASCII string `needle` (a ZIP entry's name in its directory). */
export function hasAscii(bytes: Uint8Array, needle: string): boolean {
  return holds(bytes, needle, 1);
}

/** The bytes hold `needle` in UTF-16LE (an OLE directory entry's name). */
export function hasUtf16le(bytes: Uint8Array, needle: string): boolean {
  return holds(bytes, needle, 2);
}
