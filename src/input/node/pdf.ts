// PDF → text with Mozilla's PDF.js (pdfjs-dist, an optional package, loaded on first use; its
// legacy build runs on Node). Node-only; not part of the browser-safe entry. Lines are rebuilt
// from the text items' positions; see pdfLayout.ts for wrapped lines, running headers and page numbers.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { ExtractError } from '../extractError.js';
import { loadOptional } from './optional.js';
import { layoutPages, type PageLines, type TextPiece } from '../pdfLayout.js';

type Pdfjs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

let pdfjs: Promise<Pdfjs> | undefined;

function loadPdfjs(): Promise<Pdfjs> {
  pdfjs ??= loadOptional(() => import('pdfjs-dist/legacy/build/pdf.mjs'), 'pdfjs-dist', 'PDF');
  return pdfjs;
}

/** The CMaps and standard fonts inside the installed pdfjs-dist (never fetched from the network). */
function assetDirs(): { cMapUrl: string; standardFontDataUrl: string } {
  const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  return { cMapUrl: join(root, 'cmaps') + '/', standardFontDataUrl: join(root, 'standard_fonts') + '/' };
}

interface RawItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
}

function failure(error: unknown): ExtractError {
  const name = (error as Error | undefined)?.name ?? '';
  const message = (error as Error | undefined)?.message ?? String(error);
  if (name === 'PasswordException') return new ExtractError('encrypted', `the PDF is encrypted (needs a password): ${message}`);
  return new ExtractError('corrupt', `not a readable PDF: ${message}`);
}

/** The text of a PDF: one line per line of print, wrapped lines joined, running headers and page numbers dropped. */
export async function pdfToText(bytes: Uint8Array): Promise<string> {
  const lib = await loadPdfjs();
  const task = lib.getDocument({
    data: new Uint8Array(bytes), // PDF.js takes the buffer over; the caller keeps its own
    ...assetDirs(),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
  });
  const pages: PageLines[] = [];
  try {
    const doc = await task.promise.catch((error: unknown) => {
      throw failure(error);
    });
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const { items } = await page.getTextContent();
      const pieces: TextPiece[] = [];
      for (const item of items as RawItem[]) {
        if (typeof item.str !== 'string' || item.str === '') continue;
        const [a = 0, b = 0, , , x = 0, y = 0] = item.transform;
        pieces.push({ text: item.str, x, y, width: item.width, size: item.height || Math.hypot(a, b) });
      }
      pages.push({ pieces, width: page.view[2]! - page.view[0]!, height: page.view[3]! - page.view[1]! });
      page.cleanup();
    }
  } catch (error) {
    throw error instanceof ExtractError ? error : failure(error);
  } finally {
    await task.destroy();
  }
  const text = layoutPages(pages);
  if (text.trim() === '') {
    throw new ExtractError('no-text', `the PDF has no text layer (${pages.length} page${pages.length === 1 ? '' : 's'} of images: a scan needs OCR first)`);
  }
  return text;
}
