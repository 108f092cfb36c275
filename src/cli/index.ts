#!/usr/bin/env node
// The fazhi-report command: parse, schema, validate, view, dataset. Exit codes: 0 all ok, 1 some input failed
// or is invalid, 2 a usage error, 130/143 interrupted by SIGINT/SIGTERM.
import { Command, CommanderError } from 'commander';
import { OutputError, UsageError } from './errors.js';
import { parseCli } from './parseCli.js';
import { schemaCli } from './schemaCommand.js';
import { validateCli } from './validateCli.js';
import { viewCli } from './viewCommand.js';
import { datasetCli } from './datasetCommand.js';

declare const __FAZHI_VERSION__: string;

const EXAMPLES = `
Examples:
  $ fazhi-report parse reports/ > reports.ndjson
  $ fazhi-report parse 'archive/**/*.html' --jobs 4 --out reports.ndjson
  $ fazhi-report parse report.txt --format json
  $ fazhi-report parse reports/ --format csv --out metrics.csv
  $ curl -s https://example.gov.cn/report.html | fazhi-report parse -
  $ fazhi-report parse --ndjson-in pages.ndjson      # lines {"id": …, "text" | "html": …}
  $ fazhi-report schema > report.schema.json
  $ fazhi-report parse archive/ -o reports.ndjson --resume   # after an interruption: only what is missing
  $ fazhi-report validate reports.ndjson`;

/** Adds a command with the program's settings (exit override, help after an error). */
function add(cli: Command, command: Command): void {
  cli.addCommand(command.copyInheritedSettings(cli));
}

function program(): Command {
  const cli = new Command('fazhi-report')
    .description('Parse Chinese government annual rule-of-law reports (法治政府建设年度报告) into typed data.')
    .version(__FAZHI_VERSION__, '-V, --version')
    .exitOverride()
    .showHelpAfterError('(run with --help for usage)')
    .addHelpText('after', EXAMPLES);

  // One line per command.
  add(cli, parseCli());
  add(cli, schemaCli());
  add(cli, validateCli());
  add(cli, viewCli());
  add(cli, datasetCli());

  return cli;
}

async function main(): Promise<void> {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    // A closed pipe (| head): stop quietly. Other write errors are reported by the command.
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  });
  try {
    await program().parseAsync(process.argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      process.exitCode = error.exitCode === 0 ? 0 : 2;
      return;
    }
    if (error instanceof UsageError) {
      process.stderr.write(`fazhi-report: ${error.message}\n`);
      process.exitCode = 2;
      return;
    }
    if (error instanceof OutputError) {
      process.stderr.write(`fazhi-report: ${error.message}\n`);
      process.exitCode = 1;
      return;
    }
    // A bug: not an input's fault (an input's failure is a record).
    process.stderr.write(`fazhi-report: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  }
}

await main();
