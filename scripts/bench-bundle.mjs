// npm run bench (chained after bench.mjs): the size of a browser bundle of parseReport, minified
// and gzipped, as a web page or a playground would ship it. Built from src/ with esbuild for the
// browser platform: a Node built-in anywhere on the path fails the build.
//
//   node scripts/bench-bundle.mjs [--json]
import { build } from 'esbuild';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** What is bundled: a page that only parses (from src/, and from the published dist/ as an app's
 * bundler sees it), one that also renders the audit view, and everything the entry exports. */
const ENTRIES = [
  { name: 'parseReport (src)', contents: "export { parseReport } from './src/index.ts';" },
  ...(existsSync(join(ROOT, 'dist', 'index.js'))
    ? [{ name: 'parseReport (dist/index.js)', contents: "export { parseReport } from './dist/index.js';" }]
    : []),
  { name: 'parseReport + renderReportPage', contents: "export { parseReport } from './src/index.ts'; export { renderReportPage } from './src/view/index.ts';" },
  { name: 'whole entry (src/index.ts)', contents: "export * from './src/index.ts';" },
];

/** Minified, gzipped bytes of a browser bundle of `contents`, and what went into it. */
export async function bundleSize(contents) {
  const result = await build({
    stdin: { contents, resolveDir: ROOT, loader: 'ts' },
    bundle: true,
    platform: 'browser',
    format: 'esm',
    minify: true,
    write: false,
    metafile: true,
    logLevel: 'silent',
    absWorkingDir: ROOT,
  });
  const code = result.outputFiles[0].contents;
  const inputs = Object.entries(result.metafile.outputs[Object.keys(result.metafile.outputs)[0]].inputs);
  const zodBytes = inputs.filter(([path]) => path.includes('node_modules/zod/')).reduce((n, [, v]) => n + v.bytesInOutput, 0);
  return { bytes: code.length, gzip: gzipSync(code, { level: 9 }).length, zodBytes };
}

const rows = [];
for (const entry of ENTRIES) rows.push({ name: entry.name, ...(await bundleSize(entry.contents)) });
// The playground as built: one page with the parser, fazhi-report/input and the view inlined.
const PLAYGROUND = join(ROOT, 'dist', 'playground', 'index.html');
if (existsSync(PLAYGROUND)) {
  const page = readFileSync(PLAYGROUND);
  rows.push({ name: 'dist/playground/index.html', bytes: page.length, gzip: gzipSync(page, { level: 9 }).length, zodBytes: 0 });
}
if (process.argv.includes('--json')) {
  process.stdout.write(`${JSON.stringify(rows)}\n`);
} else {
  console.log('browser bundle (esbuild, minified):');
  for (const r of rows) {
    console.log(
      `  ${r.name.padEnd(32)} ${(r.gzip / 1024).toFixed(1).padStart(6)} KB gzipped  ${(r.bytes / 1024).toFixed(0).padStart(5)} KB raw  (zod ${(r.zodBytes / 1024).toFixed(0)} KB raw)`,
    );
  }
}
