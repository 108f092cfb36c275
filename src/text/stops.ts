// Stop words and phrases: which words words() drops. Phrases are found in the normalised text
// before segmentation (a phrase spans several words); words are compared one by one.
import { GENRE_STOP_PHRASES, GENRE_STOP_WORDS, STOP_PHRASE_GAP_MAX } from '../data/stopwords.js';
import { normalise } from '../document.js';
import type { Span } from '../schema.js';

/** A stop phrase: `head`, or `head`…`tail` with a short gap between. */
interface Phrase {
  head: string;
  tail: string | null;
}

export interface Stops {
  words: ReadonlySet<string>;
  phrases: readonly Phrase[];
}

const GAP = '…';
/** Marks that end a clause: a gap never runs across one (in the normalised view: ASCII , ; : ! ?). */
const CLAUSE_MARKS = new Set(['。', ',', ';', ':', '!', '?', '，', '；', '：', '！', '？', '\n']);

function toPhrase(raw: string): Phrase {
  const text = normalise(raw);
  const gap = text.indexOf(GAP);
  if (gap < 0) return { head: text, tail: null };
  return { head: text.slice(0, gap), tail: text.slice(gap + GAP.length).replaceAll(GAP, '') };
}

export function buildStops(genre: boolean, extraWords: readonly string[] = [], extraPhrases: readonly string[] = []): Stops {
  const words = [...(genre ? GENRE_STOP_WORDS : []), ...extraWords].map(normalise);
  const phrases = [...(genre ? GENRE_STOP_PHRASES : []), ...extraPhrases].map(toPhrase).filter((p) => p.head !== '');
  return { words: new Set(words), phrases };
}

/** Where the tail of a gapped phrase ends, when it follows within the gap and no clause mark comes first. */
function tailEnd(view: string, from: number, end: number, tail: string): number {
  const limit = Math.min(end, from + STOP_PHRASE_GAP_MAX + tail.length);
  for (let i = from; i + tail.length <= limit; i++) {
    if (view.startsWith(tail, i)) return i + tail.length;
    if (CLAUSE_MARKS.has(view[i]!)) return -1;
  }
  return -1;
}

/** The spans of `range` (in `view`) that stop phrases cover, sorted by start. */
export function phraseCover(view: string, range: Span, stops: Stops): Span[] {
  const out: Span[] = [];
  for (const { head, tail } of stops.phrases) {
    let i = view.indexOf(head, range.start);
    while (i >= 0 && i + head.length <= range.end) {
      const headEnd = i + head.length;
      const end = tail ? tailEnd(view, headEnd, range.end, tail) : headEnd;
      if (end >= 0) out.push({ start: i, end });
      i = view.indexOf(head, i + 1);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
