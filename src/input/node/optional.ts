// Node-only: loads an optional package on first use, or says how to install it.
import { ExtractError } from '../extractError.js';

/** Loads an optional package, or says how to install it. */
export async function loadOptional<T>(load: () => Promise<T>, pkg: string, format: string): Promise<T> {
  try {
    // Test hook: act as if the package were not installed (to test the message on the built CLI).
    if (process.env.FAZHI_REPORT_TEST_MISSING === pkg) throw Object.assign(new Error(pkg), { code: 'ERR_MODULE_NOT_FOUND' });
    return await load();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND') {
      throw new ExtractError('missing-reader', `reading ${format} needs the optional package ${pkg}: npm install ${pkg}`);
    }
    throw error;
  }
}
