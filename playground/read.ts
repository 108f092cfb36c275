// A dropped or chosen file → the text parseReport reads: HTML (by extension, else by how it starts)
// goes through the library's extraction, after decoding (BOM, <meta charset>, UTF-8, GB18030).
import { decodeBytes, htmlToText, type Decoded } from '../src/input/index.js';

const HTML_NAME = /\.(?:html?|xhtml|shtml)$/i;
/** A page saved under another name still starts like one. */
const HTML_START = /^(?:\u00EF\u00BB\u00BF)?\s{0,200}<(?:!doctype\s{1,10}html|html|head|body|meta)[\s>]/i;

export interface ReadFile {
  text: string;
  format: 'text' | 'html';
  decoded: Decoded;
}

export function readFileBytes(name: string, bytes: Uint8Array): ReadFile {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  const format = HTML_NAME.test(name) || HTML_START.test(head) ? 'html' : 'text';
  const decoded = decodeBytes(bytes, { html: format === 'html' });
  return { text: format === 'html' ? htmlToText(decoded.text) : decoded.text, format, decoded };
}
