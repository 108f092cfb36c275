// The public types are inferred from the schemas: these assertions fail to type-check (and
// vitest's expectTypeOf fails at run time) if a type drifts from its schema.
import { describe, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import {
  parseReport,
  type Issuer,
  type ListItem,
  type Metric,
  type Report,
  type ReportSchema,
  type Section,
  type Span,
} from '../src/index.js';

describe('public types', () => {
  it('are the schemas’ inferred types', () => {
    expectTypeOf<Report>().toEqualTypeOf<z.infer<typeof ReportSchema>>();
    expectTypeOf(parseReport).returns.toEqualTypeOf<Report>();
    expectTypeOf(parseReport).parameter(0).toEqualTypeOf<string>();
  });

  it('have the SPEC’s field types', () => {
    expectTypeOf<Report['year']>().toEqualTypeOf<number | null>();
    expectTypeOf<Report['issuer']>().toEqualTypeOf<Issuer | null>();
    expectTypeOf<Issuer['source']>().toEqualTypeOf<'title' | 'signature' | 'metadata' | 'body' | 'footer'>();
    expectTypeOf<Metric['value']>().toEqualTypeOf<number>();
    expectTypeOf<Metric['max']>().toEqualTypeOf<number | null>();
    expectTypeOf<Metric['approx']>().toEqualTypeOf<'over' | 'about' | 'under' | null>();
    expectTypeOf<Section['children']>().toEqualTypeOf<Section[]>();
    expectTypeOf<Section['kind']>().toEqualTypeOf<'problems' | 'plans' | null>();
    expectTypeOf<ListItem['span']>().toEqualTypeOf<Span>();
    expectTypeOf<Span>().toEqualTypeOf<{ start: number; end: number }>();
  });
});
