// Bundles the library's current sources (src/, not dist/) into one ES module with esbuild, so a
// script or a test can time the pipeline pass by pass. The file must live under the project
// (e.g. node_modules/.cache/) so that its external imports (zod, date-fns) resolve.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

const EXPORTS =
  "export { parseReport, ReportSchema } from './src/index.ts'; export { PASSES, emptyDraft } from './src/parse.ts'; export { createDoc } from './src/document.ts';";

/**
 * Writes `outfile` exporting parseReport, ReportSchema, PASSES, emptyDraft and createDoc from src/
 * (or `contents`, a module's source, from the sources under `root`: another checkout's src/).
 */
export async function bundleSource(outfile, { root = ROOT, contents = EXPORTS } = {}) {
  await build({
    stdin: {
      contents,
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    outfile,
    logLevel: 'warning',
    absWorkingDir: root,
  });
}
