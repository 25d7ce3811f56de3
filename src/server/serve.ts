/**
 * Runs the application: opens and migrates the database (optionally loading the demo data into an
 * empty one), builds the app, starts the job worker, listens. `shutdown()` is graceful and idempotent: the server stops
 * accepting connections and finishes the requests in flight (open event streams are ended), then the
 * job worker stops, then the database closes.
 */
import type { FastifyBaseLogger, FastifyInstance } from 'fastify';
import { buildApp } from './app.js';
import type { AppConfig } from './config.js';
import { migrateDatabase, openDatabase, type Database } from './db/database.js';
import { loadDemoData } from './demo/demo-data.js';
import { startJobWorker, type JobWorker } from './jobs/index.js';

export interface StartOptions {
  config: AppConfig;
  /** An already open database to use (and close on shutdown); default: open the configured one. */
  database?: Database;
  /** Load the demo data when the database is empty. */
  demo?: boolean;
  logger?: FastifyBaseLogger | boolean | object;
  /** Folder of the built web application. */
  webRoot?: string;
}

export interface RunningServer {
  app: FastifyInstance;
  database: Database;
  /** Where the server listens (the actual port when PORT was 0). */
  url: string;
  /** True when this start loaded the demo data. */
  demoLoaded: boolean;
  shutdown(): Promise<void>;
}

export async function startServer(options: StartOptions): Promise<RunningServer> {
  const database = options.database ?? await openDatabase(options.config);
  let app: FastifyInstance | undefined;
  let worker: JobWorker | undefined;
  try {
    await migrateDatabase(database);
    const demoLoaded = options.demo ? await loadDemoData(database, { ifEmpty: true }) : false;
    app = await buildApp({ database, config: options.config, logger: options.logger ?? true, webRoot: options.webRoot });
    const log = app.log;
    const jobWorker = await startJobWorker(database, { onError: (error, job) => log.error({ err: error, jobId: job?.id }, 'job failed') });
    worker = jobWorker;
    await app.listen({ host: options.config.host, port: options.config.port });
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : options.config.port;
    const running = app;
    let closing: Promise<void> | undefined;
    return {
      app, database, demoLoaded, url: `http://${options.config.host}:${port}`,
      shutdown() {
        closing ??= (async () => {
          await running.close();
          await jobWorker.stop();
          await database.close();
        })();
        return closing;
      },
    };
  } catch (error) {
    await app?.close();
    await worker?.stop();
    await database.close();
    throw error;
  }
}
