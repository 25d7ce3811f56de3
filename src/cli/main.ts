/**
 * The `traguardo` command. Each sub-command lives in its own module under ./commands and is listed in
 * ./commands/index.ts. Exit codes: 0 success, 1 findings (e.g. lint errors), 2 bad input or failure.
 */
import { Command, CommanderError } from 'commander';
import { commands } from './commands/index.js';

const program = new Command('traguardo')
  .description('Traguardo — ciclo di gestione della performance / performance management cycle')
  .exitOverride();

for (const register of commands) register(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    process.exitCode = error.exitCode === 0 ? 0 : 2;
  } else {
    console.error(error instanceof Error ? error.stack ?? error.message : String(error));
    process.exitCode = 2;
  }
}
