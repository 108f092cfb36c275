// Segmentation of a report's pieces: each range cut into words by the segmenter (on the normalised
// view, so traditional characters and full-width digits read as the dictionary has them), each word
// given its span, punctuation, spaces and stop words dropped.
import type { Doc } from '../document.js';
import type { Span } from '../schema.js';
import type { Piece } from './body.js';
import type { SectionWords, Word } from './schema.js';
import type { Segmenter } from './segmenter.js';
import { phraseCover, type Stops } from './stops.js';

/** A word worth keeping holds a letter or a digit (every CJK character is a letter). */
const CONTENT = /[\p{L}\p{N}]/u;

/** The words of `range`, each with its span; `heading` marks them. */
function cutRange(doc: Doc, range: Span, heading: boolean, segmenter: Segmenter, stops: Stops, out: Word[]): void {
  const covers = phraseCover(doc.view, range, stops);
  let c = 0;
  let at = range.start;
  for (const token of segmenter.cut(doc.view.slice(range.start, range.end))) {
    // the segmenter gives every character back, in order; indexOf only guards against a surprise
    const start = doc.view.startsWith(token, at) ? at : doc.view.indexOf(token, at);
    if (start < 0 || start + token.length > range.end) break;
    const end = start + token.length;
    at = end;
    while (c < covers.length && covers[c]!.end <= start) c++;
    let covered = false;
    for (let k = c; k < covers.length && covers[k]!.start < end && !covered; k++) covered = covers[k]!.end > start;
    if (covered || !CONTENT.test(token) || stops.words.has(token)) continue;
    out.push({ word: doc.input.slice(start, end), span: { start, end }, heading });
  }
}

/** The words of each piece. */
export function segmentPieces(doc: Doc, pieces: readonly Piece[], segmenter: Segmenter, stops: Stops): SectionWords[] {
  return pieces.map((piece) => {
    const words: Word[] = [];
    for (const range of piece.heading) cutRange(doc, range, true, segmenter, stops, words);
    for (const range of piece.body) cutRange(doc, range, false, segmenter, stops, words);
    return { kind: piece.kind, path: piece.path, marker: piece.marker, title: piece.title, words };
  });
}
