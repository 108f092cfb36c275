import type { Pass } from '../pipeline.js';

/** The tree of numbered sections. (Stub.) */
export const sectionsPass: Pass = {
  name: 'sections',
  run() {
    return {};
  },
};
