/**
 * The database handle as the services see it: any Drizzle PostgreSQL database (PGlite or node-postgres)
 * over the application schema, or a transaction of one (a transaction is usable wherever a `Db` is).
 */
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import type * as schema from '../db/schema.js';

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
