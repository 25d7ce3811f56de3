/**
 * For the commands that work on the configured database (demo, backup, restore): reads the
 * configuration from the environment, opens and migrates the database, runs the work, closes it.
 * A configuration error is printed (Italian / English) with exit code 2.
 */
import { ConfigError, loadConfig } from '../../server/config.js';
import { migrateDatabase, openDatabase, type Database } from '../../server/db/database.js';

export async function withConfiguredDatabase(work: (database: Database) => Promise<number>): Promise<void> {
  let config;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    process.exitCode = 2;
    return;
  }
  const database = await openDatabase(config);
  try {
    await migrateDatabase(database);
    process.exitCode = await work(database);
  } finally {
    await database.close();
  }
}
