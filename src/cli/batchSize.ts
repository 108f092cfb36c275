// What is known of a batch's size before the workers start, for --jobs auto: the number of inputs
// and their bytes (stat, stopping once enough bytes are counted). For --ndjson-in the number of
// lines is unknown; a pipe's bytes are unknown (counted as none).
import { fstatSync, statSync } from 'node:fs';
import type { Source } from './inputs.js';
import type { BatchSize } from './jobs.js';

function fileBytes(path: string): number {
  try {
    const info = statSync(path);
    return info.isFile() ? info.size : 0;
  } catch {
    return 0;
  }
}

/** Bytes waiting on stdin when it is a file (`< reports.ndjson`); null for a pipe or a terminal. */
function stdinBytes(): number | null {
  try {
    const info = fstatSync(0);
    return info.isFile() ? info.size : null;
  } catch {
    return null;
  }
}

/** The batch's size, counting bytes only up to `enough`. */
export function batchSize(sources: readonly Source[], ndjsonIn: boolean, enough: number): BatchSize {
  let bytes = 0;
  let known = false;
  for (const source of sources) {
    if (bytes >= enough) break;
    if (source.kind === 'path') {
      bytes += fileBytes(source.path);
      known = true;
    } else if (source.kind === 'stdin') {
      const n = stdinBytes();
      if (n !== null) {
        bytes += n;
        known = true;
      }
    }
  }
  return { inputs: ndjsonIn ? null : sources.length, bytes: known ? bytes : null };
}
