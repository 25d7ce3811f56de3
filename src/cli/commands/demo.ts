/**
 * `traguardo demo [--if-empty]`: loads the demo dataset (Camera di Commercio di Esempio, plan
 * 2025–2027, the demo accounts with password "demo") into the configured database. Running it again
 * changes nothing.
 */
import type { Command } from 'commander';
import { DEMO_LOGINS, DEMO_PASSWORD, loadDemoData } from '../../server/demo/demo-data.js';
import { withConfiguredDatabase } from './database-session.js';

export function registerDemoCommand(program: Command): void {
  program.command('demo')
    .description('Carica i dati dimostrativi / load the demo data')
    .option('--if-empty', 'solo se il database è vuoto / only into an empty database')
    .action((options: { ifEmpty?: boolean }) => withConfiguredDatabase(async (database) => {
      const loaded = await loadDemoData(database, { ifEmpty: options.ifEmpty === true });
      if (!loaded) {
        console.log(options.ifEmpty
          ? 'Database non vuoto: dati dimostrativi non caricati. / The database is not empty: demo data not loaded.'
          : "Dati dimostrativi già presenti (ente DEMO). / Demo data already present (entity DEMO).");
        return 0;
      }
      console.log('Dati dimostrativi caricati: Camera di Commercio di Esempio (DEMO), piano 2025-2027. / Demo data loaded.');
      console.log(`Accessi / logins (password "${DEMO_PASSWORD}"): ${DEMO_LOGINS.join(', ')}`);
      return 0;
    }));
}
