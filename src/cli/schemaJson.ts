// The JSON Schema of a report.
import { z } from 'zod';
import { ReportSchema } from '../index.js';

export function reportJsonSchema(): unknown {
  return z.toJSONSchema(ReportSchema);
}
