// The core entry, the input entry and the audit view run in a browser: bundled for the browser
// platform, nothing on their path is a Node built-in, and parseReport alone leaves zod out.
import { fileURLToPath } from 'node:url';
import { build, type Metafile } from 'esbuild';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

async function browserBundle(contents: string): Promise<Metafile> {
  const result = await build({
    stdin: { contents, resolveDir: ROOT, loader: 'ts' },
    bundle: true,
    platform: 'browser',
    format: 'esm',
    write: false,
    metafile: true,
    logLevel: 'silent',
    absWorkingDir: ROOT,
  });
  return result.metafile;
}

const nodeImports = (meta: Metafile): string[] =>
  Object.values(meta.inputs).flatMap((input) => input.imports.filter((i) => i.external || i.path.startsWith('node:')).map((i) => i.path));

describe('browser bundles', () => {
  it.each([
    ['src/index.ts', "export * from './src/index.ts';"],
    ['src/input/index.ts', "export * from './src/input/index.ts';"],
    ['src/view/index.ts', "export * from './src/view/index.ts';"],
  ])('%s bundles for the browser with no Node built-in', async (_, contents) => {
    const meta = await browserBundle(contents);
    expect(nodeImports(meta)).toEqual([]);
    expect(Object.keys(meta.inputs).filter((path) => path.startsWith('src/cli/'))).toEqual([]);
  });

  it('a bundle of parseReport alone holds no zod (its options are checked without it)', async () => {
    const meta = await browserBundle("export { parseReport } from './src/index.ts';");
    const inputs = Object.values(meta.outputs).flatMap((output) =>
      Object.entries(output.inputs)
        .filter(([, used]) => used.bytesInOutput > 0)
        .map(([path]) => path),
    );
    expect(inputs.some((path) => path.includes('src/metrics/'))).toBe(true);
    expect(inputs.filter((path) => path.includes('node_modules/zod/'))).toEqual([]);
  });
});
