// The corpus the benchmarks read: the real reports of ../shared/corpus/dev when it exists (a clone
// of the package alone has none), else the seed reports bundled in fixtures/ (fixtures/seed-*.txt;
// the other fixtures are short texts written for unit tests, not reports); plus any directories given.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Every text of the corpus ({ name: path, id: file name, text }) and the directories it came from. */
export function readCorpus(extraDirs = []) {
  const dev = join(ROOT, '..', 'shared', 'corpus', 'dev');
  const sources = [
    existsSync(dev) ? { dir: dev, pick: (f) => f.endsWith('.txt') } : { dir: join(ROOT, 'fixtures'), pick: (f) => /^seed-.*\.txt$/.test(f) },
    ...extraDirs.map((d) => ({ dir: resolve(d), pick: (f) => f.endsWith('.txt') })),
  ];
  const texts = [];
  const used = [];
  for (const { dir, pick } of sources) {
    if (!existsSync(dir)) continue;
    const files = readdirSync(dir).filter(pick).sort();
    if (files.length === 0) continue;
    used.push({ dir, files: files.length });
    for (const f of files) texts.push({ name: join(dir, f), id: f, text: readFileSync(join(dir, f), 'utf8') });
  }
  return { texts, used };
}
