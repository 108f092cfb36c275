// DOC (Word 97–2003) → text with word-extractor, an optional package loaded on first use.
// Node-only. Word's automatic numbering is not kept in a .doc's text stream: numbered headings
// come out without their numbers (docs/attachments.md).
import { ExtractError } from '../extractError.js';
import { loadOptional } from './optional.js';

interface WordExtractor {
  extract(input: Buffer): Promise<{ getBody(): string }>;
}

let extractor: Promise<WordExtractor> | undefined;

function load(): Promise<WordExtractor> {
  extractor ??= loadOptional(async () => {
    const pkg = 'word-extractor'; // it ships no types; a name in a variable also keeps bundlers off it
    const mod = (await import(pkg)) as { default: new () => WordExtractor };
    return new mod.default();
  }, 'word-extractor', 'DOC');
  return extractor;
}

/** The text of a .doc: its body, paragraphs as lines. */
export async function docToText(bytes: Uint8Array): Promise<string> {
  const reader = await load();
  try {
    const doc = await reader.extract(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    return doc.getBody().replace(/\r\n?/gu, '\n');
  } catch (error) {
    throw new ExtractError('corrupt', `not a readable DOC: ${(error as Error).message}`);
  }
}
