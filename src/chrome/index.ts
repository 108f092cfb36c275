import type { Pass } from '../pipeline.js';

/** Finds page chrome and reads its metadata. (Stub: no chrome, the whole text is the body.) */
export const chromePass: Pass = {
  name: 'chrome',
  run(doc) {
    return { chrome: { spans: [], body: { start: 0, end: doc.input.length }, meta: [] } };
  },
};
