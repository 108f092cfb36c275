import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'tsup';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

/** The CLI's outputs, kept when the library build cleans dist/ (both builds run at once). */
const CLI_OUTPUTS = ['cli.js', 'cli.js.map', 'cli-worker.js', 'cli-worker.js.map'];

export default defineConfig([
  {
    // The library, and fazhi-report/input (bytes of a page → text; browser-safe like the core).
    entry: { index: 'src/index.ts', input: 'src/input/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: CLI_OUTPUTS.map((name) => `!${name}`),
    target: 'node20',
    platform: 'node',
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
]);
