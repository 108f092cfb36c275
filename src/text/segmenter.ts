// The word segmenter: @node-rs/jieba (an optional peer dependency), loaded on first use with a
// dynamic import, so that the core entry never loads it. Only this file names the package.
import { USER_WORD_FREQUENCY, USER_WORDS } from '../data/userDict.js';

/** Cuts a string into words; the words, joined, give the string back. */
export interface Segmenter {
  cut(text: string): string[];
}

/** The loaded segmenter: one for the user dictionary, and one more for each set of extra words asked for. */
export interface Segmenters {
  /** A segmenter that keeps USER_WORDS and `extraWords` whole. */
  get(extraWords?: readonly string[]): Segmenter;
}

/** Segmenters with extra words kept at once (each holds its own copy of the dictionary). */
const EXTRA_CACHE_MAX = 4;

/** What the module gives: the Jieba class and its default dictionary. */
export interface JiebaModules {
  Jieba: { withDict(dict: Uint8Array): { cut(text: string, hmm?: boolean): string[]; loadDict(dict: Uint8Array): void } };
  dict: Uint8Array;
}

export const JIEBA_PACKAGE = '@node-rs/jieba';

export const MISSING_MESSAGE =
  `fazhi-report/text needs the word segmenter ${JIEBA_PACKAGE}, an optional peer dependency that is not installed: ` +
  `run \`npm install ${JIEBA_PACKAGE}\` next to fazhi-report (prebuilt binaries, no compiler needed)`;

async function importJieba(): Promise<JiebaModules> {
  const [{ Jieba }, { dict }] = await Promise.all([import('@node-rs/jieba'), import('@node-rs/jieba/dict.js')]);
  return { Jieba, dict };
}

let importModules: () => Promise<JiebaModules> = importJieba;
let loading: Promise<Segmenters> | null = null;

/** Test hook: loads the segmenter's modules through `load` (null: the real import) and forgets the one loaded. */
export function setJiebaImport(load: (() => Promise<JiebaModules>) | null): void {
  importModules = load ?? importJieba;
  loading = null;
}

function isMissing(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND';
}

function userDict(words: readonly string[]): Uint8Array {
  return new TextEncoder().encode(words.map((w) => `${w} ${USER_WORD_FREQUENCY}\n`).join(''));
}

/** Imports the package; rejects with MISSING_MESSAGE when it is not installed. */
export async function importSegmenter(): Promise<JiebaModules> {
  try {
    return await importModules();
  } catch (error) {
    if (isMissing(error)) throw new Error(MISSING_MESSAGE, { cause: error });
    throw error;
  }
}

async function load(): Promise<Segmenters> {
  const modules = await importSegmenter();
  const create = (words: readonly string[]): Segmenter => {
    const jieba = modules.Jieba.withDict(modules.dict);
    jieba.loadDict(userDict(words));
    return { cut: (text) => jieba.cut(text, true) };
  };
  const base = create(USER_WORDS);
  const extra = new Map<string, Segmenter>();
  return {
    get(extraWords = []) {
      const fresh = [...new Set(extraWords)].filter((w) => !USER_WORDS.includes(w)).sort();
      if (fresh.length === 0) return base;
      const key = fresh.join('\n');
      let found = extra.get(key);
      if (!found) {
        if (extra.size >= EXTRA_CACHE_MAX) extra.delete(extra.keys().next().value!);
        found = create([...USER_WORDS, ...fresh]);
        extra.set(key, found);
      }
      return found;
    },
  };
}

/**
 * The segmenters, loaded once (the first call imports @node-rs/jieba and reads its dictionary).
 * Rejects with an Error that says how to install the package when it is missing.
 */
export function loadSegmenter(): Promise<Segmenters> {
  if (!loading) {
    loading = load();
    // a failed load is not kept: installing the package and calling again works
    loading.catch(() => {
      loading = null;
    });
  }
  return loading;
}
