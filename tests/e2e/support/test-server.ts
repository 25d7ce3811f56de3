/**
 * The real Traguardo server, in process, for browser tests: a fresh PGlite database in a temporary
 * DATA_DIR, migrated, with the demo data loaded, serving the built web application on a random port.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { buildApp } from '../../../src/server/app.js';
import { loadConfig } from '../../../src/server/config.js';
import { migrateDatabase, openDatabase } from '../../../src/server/db/database.js';
import { loadDemoData } from '../../../src/server/demo/demo-data.js';
import { startJobWorker, type JobWorker } from '../../../src/server/jobs/index.js';
import { ensureWebBuild, webDist } from './web-build.js';

export interface TestServer {
  baseUrl: string;
  dataDir: string;
  close(): Promise<void>;
}

/** `jobs`: also run a job worker (imports, document generation). */
export async function startTestServer(options: { jobs?: boolean } = {}): Promise<TestServer> {
  ensureWebBuild();
  const dataDir = mkdtempSync(join(tmpdir(), 'traguardo-e2e-'));
  const config = loadConfig({ DATA_DIR: dataDir });
  const database = await openDatabase(config);
  try {
    await migrateDatabase(database);
    await loadDemoData(database, { ifEmpty: true });
    const app = await buildApp({ database, config: { baseUrl: config.baseUrl }, webRoot: webDist });
    const worker: JobWorker | undefined = options.jobs ? await startJobWorker(database, { pollIntervalMs: 200 }) : undefined;
    await app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = app.server.address() as AddressInfo;
    return {
      baseUrl: `http://127.0.0.1:${port}`,
      dataDir,
      async close() {
        await app.close();
        await worker?.stop();
        await database.close();
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await database.close();
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
}
