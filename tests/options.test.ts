import { describe as group, expect, it } from 'vitest';
import { DEFAULT_MAX_CHARS, ParseOptionsSchema, parseReport } from '../src/index.js';
import { readOptions } from '../src/options.js';

// parseReport checks its options by hand (no zod on the parser's path); the published schema and
// the check must accept exactly the same values.
const CASES: readonly unknown[] = [
  undefined,
  {},
  { maxChars: 1 },
  { maxChars: 5000 },
  { maxChars: undefined },
  { maxChars: 0 },
  { maxChars: -1 },
  { maxChars: 1.5 },
  { maxChars: Number.NaN },
  { maxChars: Number.POSITIVE_INFINITY },
  { maxChars: '100' },
  { maxChars: null },
  { nope: 1 },
  { maxChars: 10, extra: true },
  null,
  [],
  'maxChars',
  42,
];

group('parseReport options', () => {
  it.each(CASES.map((value) => [JSON.stringify(value) ?? String(value), value]))('%s: accepted iff the schema accepts it', (_, value) => {
    const schemaOk = value === undefined || ParseOptionsSchema.safeParse(value).success;
    let ownOk = true;
    try {
      readOptions(value);
    } catch (error) {
      expect(error).toBeInstanceOf(TypeError);
      ownOk = false;
    }
    expect(ownOk).toBe(schemaOk);
  });

  it('fills the default and keeps a given limit', () => {
    expect(readOptions(undefined)).toEqual({ maxChars: DEFAULT_MAX_CHARS });
    expect(readOptions({})).toEqual({ maxChars: DEFAULT_MAX_CHARS });
    expect(readOptions({ maxChars: 7 })).toEqual({ maxChars: 7 });
  });

  it('names the bad option in an exact message', () => {
    expect(() => parseReport('x', { maxChars: -1 })).toThrow(
      new TypeError('parseReport: options.maxChars: expected a positive integer, got -1'),
    );
    expect(() => parseReport('x', { maxChars: '9' } as never)).toThrow(
      new TypeError('parseReport: options.maxChars: expected a positive integer, got string'),
    );
    expect(() => parseReport('x', { nope: 1 } as never)).toThrow(new TypeError('parseReport: options: unknown option "nope"'));
    expect(() => parseReport('x', null as never)).toThrow(new TypeError('parseReport: options: expected an object, got null'));
  });
});
