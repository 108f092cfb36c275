// The definition of `fazhi-report validate` (the work is in validateCommand.ts, loaded when it runs).
import { Command } from 'commander';

export function validateCli(): Command {
  return new Command('validate')
    .description('check saved reports (a report, an array, or NDJSON records of parse) against the schema; - reads stdin')
    .argument('<files...>', 'JSON or NDJSON files, or - for stdin')
    .action(async (files: string[]) => {
      const { runValidate } = await import('./validateCommand.js');
      process.exitCode = await runValidate(files, process.stdout, process.stderr);
    });
}
