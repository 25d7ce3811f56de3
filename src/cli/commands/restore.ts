/**
 * `traguardo restore <file> [--force]`: restores a backup into the configured database, in one
 * transaction. A database that already holds data is refused unless --force (which replaces it all).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { restoreBackup, restoreMessages } from '../../server/backup/backup-restore.js';
import { withConfiguredDatabase } from './database-session.js';

export function registerRestoreCommand(program: Command): void {
  program.command('restore')
    .description('Ripristina i dati da un backup / restore the data from a backup')
    .argument('<file>', 'file di backup / backup file')
    .option('--force', 'sostituisce i dati esistenti / replace the existing data')
    .action((file: string, options: { force?: boolean }) => {
      const path = resolve(file);
      if (!existsSync(path)) {
        console.error(`File non trovato: ${path} / File not found: ${path}`);
        process.exitCode = 2;
        return;
      }
      return withConfiguredDatabase(async (database) => {
        const result = await restoreBackup(database, path, { force: options.force === true });
        if (!result.ok) {
          const message = restoreMessages[result.code];
          console.error(`${message.it} / ${message.en}${result.detail ? ` (${result.detail})` : ''}`);
          return 2;
        }
        const total = Object.values(result.value.rows).reduce((sum, n) => sum + n, 0);
        console.log(`Ripristino completato / restore complete: ${total} righe / rows.`);
        return 0;
      });
    });
}
