// `fazhi-report schema`: the JSON Schema of a report. zod is loaded when the command runs: parse
// never pays for it in the main thread.
import { Command } from 'commander';

export function schemaCli(): Command {
  return new Command('schema').description("print the JSON Schema of a report (parseReport's output)").action(async () => {
    const { reportJsonSchema } = await import('./schemaJson.js');
    process.stdout.write(`${JSON.stringify(reportJsonSchema(), null, 2)}\n`);
  });
}
