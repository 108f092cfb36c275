// Signatures (magic bytes at offset 0) of the binary formats found in scraped archives next to the
// pages: attachments, images, archives. A file that starts with one is not a text report.

export interface BinarySignature {
  readonly name: string;
  readonly bytes: readonly number[];
}

export const BINARY_SIGNATURES: readonly BinarySignature[] = [
  { name: 'PDF', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { name: 'ZIP (docx, xlsx, …)', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'OLE (doc, xls, …)', bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] },
  { name: 'PNG', bytes: [0x89, 0x50, 0x4e, 0x47] },
  { name: 'JPEG', bytes: [0xff, 0xd8, 0xff] },
  { name: 'GIF', bytes: [0x47, 0x49, 0x46, 0x38] },
  { name: 'gzip', bytes: [0x1f, 0x8b] },
  { name: 'RAR', bytes: [0x52, 0x61, 0x72, 0x21] },
  { name: '7z', bytes: [0x37, 0x7a, 0xbc, 0xaf] },
  { name: 'WebP/RIFF', bytes: [0x52, 0x49, 0x46, 0x46] },
];
