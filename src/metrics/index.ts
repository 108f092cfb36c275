import type { Pass } from '../pipeline.js';
import { findMetrics } from './findMetrics.js';

/** Every quantity the report states, in document order (SPEC "What is a metric"). */
export const metricsPass: Pass = {
  name: 'metrics',
  run(doc, draft) {
    return { metrics: findMetrics(doc, draft.chrome) };
  },
};
