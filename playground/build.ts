// After tsup bundles playground/main.ts (IIFE, for the browser): put the script inside
// playground/index.html, so that dist/playground/index.html is one self-contained file that works
// from disk (a file:// page may not load a module script).
import { readFileSync, rmSync, writeFileSync } from 'node:fs';

/** The bundle as tsup writes it, and the page it goes into. */
export const PLAYGROUND_BUNDLE = 'dist/playground/app.global.js';
export const PLAYGROUND_PAGE = 'dist/playground/index.html';

/** Script text safe inside <script>: `</script` cannot end it early. */
export function inlineScript(code: string): string {
  if (/<!--/.test(code)) throw new Error('playground: the bundle holds "<!--", which an inline script cannot carry safely');
  return code.replace(/<\/(script)/gi, '<\\/$1');
}

export function inlinePlayground(): void {
  const code = readFileSync(PLAYGROUND_BUNDLE, 'utf8');
  const page = readFileSync('playground/index.html', 'utf8');
  const [before, after] = page.split('<!--APP-->');
  if (after === undefined) throw new Error('playground/index.html has no <!--APP--> marker');
  writeFileSync(PLAYGROUND_PAGE, `${before}<script>${inlineScript(code)}</script>${after}`);
  rmSync(PLAYGROUND_BUNDLE);
}
