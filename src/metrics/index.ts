import type { Pass } from '../pipeline.js';

/** Every quantity the report states. (Stub.) */
export const metricsPass: Pass = {
  name: 'metrics',
  run() {
    return {};
  },
};
