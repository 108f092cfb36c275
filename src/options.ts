// parseReport's options, checked by hand: the parser's path imports no zod, so a browser bundle of
// parseReport alone is small (zod's classic API and locales are some 440 KB minified). The check
// accepts exactly what ParseOptionsSchema (src/schema.ts, the published contract) accepts;
// tests/options.test.ts holds the two to the same table.

/** Inputs longer than this many UTF-16 units are refused unless `maxChars` says otherwise. */
export const DEFAULT_MAX_CHARS = 1_000_000;

/** The option names parseReport knows. */
const KNOWN: ReadonlySet<string> = new Set(['maxChars']);

/** A short description of a value's type for an error message: null, an array, an object, number … */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : typeof value;
}

/** The options with defaults filled in; throws a TypeError naming the first bad option. */
export function readOptions(options: unknown): { maxChars: number } {
  if (options === undefined) return { maxChars: DEFAULT_MAX_CHARS };
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new TypeError(`parseReport: options: expected an object, got ${describe(options)}`);
  }
  for (const key of Object.keys(options)) {
    if (!KNOWN.has(key)) throw new TypeError(`parseReport: options: unknown option "${key}"`);
  }
  const { maxChars } = options as { maxChars?: unknown };
  if (maxChars === undefined) return { maxChars: DEFAULT_MAX_CHARS };
  if (typeof maxChars !== 'number' || !Number.isSafeInteger(maxChars) || maxChars <= 0) {
    const shown = typeof maxChars === 'number' ? String(maxChars) : describe(maxChars);
    throw new TypeError(`parseReport: options.maxChars: expected a positive integer, got ${shown}`);
  }
  return { maxChars };
}
