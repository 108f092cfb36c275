// htmlparser2 for the command line, loaded on the first page: src/input/html.ts imports it
// statically (browser-safe), and the CLI build points that import here (tsup.config.ts alias), so
// the main thread and a batch of .txt never pay for loading it (about 100 ms of CPU per thread).
import { createRequire } from 'node:module';

type Htmlparser2 = typeof import('htmlparser2');
let loaded: Htmlparser2 | undefined;

/** A constructor that builds the real Parser (a constructor may return another object). */
export const Parser = function Parser(...args: ConstructorParameters<Htmlparser2['Parser']>) {
  loaded ??= createRequire(import.meta.url)('htmlparser2') as Htmlparser2;
  return new loaded.Parser(...args);
} as unknown as Htmlparser2['Parser'];
