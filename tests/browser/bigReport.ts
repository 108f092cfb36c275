// A report of about 1 MB (UTF-8): the seed reports' bodies, one after another, under one title.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './chromium.js';

export function megabyteReport(bytes = 1_000_000): string {
  const seeds = ['seed-000.txt', 'seed-001.txt', 'seed-002.txt'].map((f) => readFileSync(join(ROOT, 'fixtures', f), 'utf8'));
  const parts = ['某某市人民政府2021年法治政府建设年度报告\n'];
  let size = Buffer.byteLength(parts[0]!);
  for (let i = 0; size < bytes; i += 1) {
    const part = seeds[i % seeds.length]!;
    parts.push(part);
    size += Buffer.byteLength(part);
  }
  return parts.join('\n');
}
