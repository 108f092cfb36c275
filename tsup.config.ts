import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'tsup';
import { inlinePlayground } from './playground/build.js';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

/** The CLI's outputs, kept when the library build cleans dist/ (both builds run at once). */
const CLI_OUTPUTS = ['cli.js', 'cli.js.map', 'cli-worker.js', 'cli-worker.js.map'];
/** The package's entries: the core, fazhi-report/input, fazhi-report/view, fazhi-report/text. */
const ENTRIES = {
  index: 'src/index.ts',
  input: 'src/input/index.ts',
  view: 'src/view/index.ts',
  text: 'src/text/index.ts',
};
/** The CommonJS build's outputs, likewise kept. */
const CJS_OUTPUTS = Object.keys(ENTRIES).flatMap((name) => [`${name}.cjs`, `${name}.cjs.map`, `${name}.d.cts`]);

/** CJK data stays as written in the bundles (esbuild would write every character as \\uXXXX: 40 % larger files). */
const utf8 = (options: { charset?: string }): void => {
  options.charset = 'utf8';
};

export default defineConfig([
  {
    // ESM: the library, fazhi-report/input (bytes of a page → text; browser-safe like the core),
    // fazhi-report/view (report + text → audit page HTML), fazhi-report/text (words, keywords), and
    // the schemas and the parser in chunks of their own (splitting), so that a bundler keeps only
    // what is imported: `import { parseReport }` leaves zod out (package.json: sideEffects false).
    entry: { ...ENTRIES, schema: 'src/schema.ts', parse: 'src/parse.ts' },
    format: ['esm'],
    dts: { entry: ENTRIES },
    sourcemap: true,
    splitting: true,
    clean: [...CLI_OUTPUTS, ...CJS_OUTPUTS].map((name) => `!${name}`),
    target: 'node20',
    platform: 'node',
    esbuildOptions: utf8,
  },
  {
    entry: ENTRIES,
    format: ['cjs'],
    dts: true,
    sourcemap: true,
    clean: false,
    target: 'node20',
    platform: 'node',
    esbuildOptions: utf8,
  },
  {
    // The command line: ESM only. Each entry bundles the library source it uses; no shared chunks,
    // so the file names are fixed (the worker is loaded by name next to cli.js).
    entry: { cli: 'src/cli/index.ts', 'cli-worker': 'src/cli/worker.ts' },
    format: ['esm'],
    dts: false,
    sourcemap: true,
    splitting: false,
    clean: false,
    target: 'node20',
    platform: 'node',
    esbuildOptions: utf8,
    define: { __FAZHI_VERSION__: JSON.stringify(version) },
    // zod and date-fns ship hundreds of small ES modules; bundled, a worker starts in a fraction
    // of the time (each worker thread loads its own copy).
    noExternal: ['zod', 'date-fns', 'htmlparser2'],
    // htmlparser2 loaded on the first HTML page (see src/cli/lazy/htmlparser2.ts).
    esbuildPlugins: [
      {
        name: 'lazy-htmlparser2',
        setup(build) {
          build.onResolve({ filter: /^htmlparser2$/ }, () => ({ path: fileURLToPath(new URL('src/cli/lazy/htmlparser2.ts', import.meta.url)) }));
        },
      },
    ],
    // optional readers of attachments, loaded on first use from the user's node_modules
    external: ['pdfjs-dist', 'word-extractor'],
  },
  {
    // The playground: one static page that parses in the browser (dist/playground/index.html).
    // Browser platform: a Node built-in on the path fails the build.
    entry: { 'playground/app': 'playground/main.ts' },
    format: ['iife'],
    platform: 'browser',
    target: 'es2020',
    minify: true,
    dts: false,
    sourcemap: false,
    clean: false,
    noExternal: [/./],
    onSuccess: async () => inlinePlayground(),
  },
]);
