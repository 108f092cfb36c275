import type { Pass } from '../pipeline.js';

/** The problems the report admits and the plans it makes. (Stub.) */
export const listsPass: Pass = {
  name: 'lists',
  run() {
    return {};
  },
};
