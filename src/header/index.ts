import type { Pass } from '../pipeline.js';

/** Title, issuer, year, dates and addressee. (Stub.) */
export const headerPass: Pass = {
  name: 'header',
  run() {
    return {};
  },
};
