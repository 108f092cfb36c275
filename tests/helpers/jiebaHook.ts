// A module-resolution hook for subprocess tests (`node --import <register> …`): it logs every
// specifier resolved to $FAZHI_RESOLVE_LOG and, with $FAZHI_NO_JIEBA set, finds no @node-rs/jieba,
// as on a machine where the optional peer is not installed.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Writes the hook into `dir`; returns the file URL to give `node --import`. */
export function jiebaHook(dir: string): string {
  const hooks = join(dir, 'hooks.mjs');
  writeFileSync(
    hooks,
    `import { appendFileSync } from 'node:fs';
export async function resolve(specifier, context, next) {
  if (process.env.FAZHI_RESOLVE_LOG) appendFileSync(process.env.FAZHI_RESOLVE_LOG, specifier + '\\n');
  if (process.env.FAZHI_NO_JIEBA && specifier.startsWith('@node-rs/jieba')) {
    throw Object.assign(new Error("Cannot find package '" + specifier + "'"), { code: 'ERR_MODULE_NOT_FOUND' });
  }
  return next(specifier, context);
}
`,
  );
  const register = join(dir, 'register.mjs');
  writeFileSync(register, `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(hooks).href)});\n`);
  return pathToFileURL(register).href;
}
