/**
 * `traguardo backup <file>`: writes a portable SQL backup of the configured database (PGlite or
 * PostgreSQL), readable by `traguardo restore` on either.
 */
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { writeBackup } from '../../server/backup/backup-dump.js';
import { withConfiguredDatabase } from './database-session.js';

export function registerBackupCommand(program: Command): void {
  program.command('backup')
    .description('Salva una copia di tutti i dati in un file SQL / back up all data into an SQL file')
    .argument('<file>', 'file di destinazione / destination file')
    .action((file: string) => withConfiguredDatabase(async (database) => {
      const summary = await writeBackup(database.db, resolve(file));
      const total = Object.values(summary.rows).reduce((sum, n) => sum + n, 0);
      console.log(`Backup scritto in / written to ${resolve(file)}: ${total} righe / rows, ${Object.keys(summary.rows).length} tabelle / tables.`);
      return 0;
    }));
}
