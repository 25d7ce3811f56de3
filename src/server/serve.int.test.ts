import { afterAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { AppConfig } from './config.js';
import { createTestDatabase } from './db/test-database.js';
import { DEMO_LOGINS, DEMO_PASSWORD } from './demo/demo-data.js';
import { buildWebRoot } from './routes/test-support.js';
import { startServer, type RunningServer } from './serve.js';

function buildConfig(): AppConfig {
  return {
    database: { kind: 'pglite', dataDir: '/nonexistent' }, dataDir: '/nonexistent', host: '127.0.0.1', port: 0,
    baseUrl: 'http://localhost:3000', sessionSecret: 'a'.repeat(40),
  };
}

/** Starts a recompute as the demo stp over HTTP and waits for the server's job worker to finish it. */
async function runRecompute(url: string): Promise<string> {
  const login = await fetch(`${url}/api/auth/login`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'stp', password: DEMO_PASSWORD }),
  });
  const { csrfToken } = await login.json() as { csrfToken: string };
  const cookie = login.headers.getSetCookie().map((value) => value.split(';')[0]).join('; ');
  const started = await fetch(`${url}/api/entities/DEMO/jobs`, {
    method: 'POST', headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken }, body: JSON.stringify({ kind: 'recompute' }),
  });
  const { id } = await started.json() as { id: string };
  for (let attempt = 0; attempt < 240; attempt++) {
    const { status } = await (await fetch(`${url}/api/jobs/${id}`, { headers: { cookie } })).json() as { status: string };
    if (status !== 'queued' && status !== 'running') return status;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return 'timed out';
}

describe('serve', { timeout: 180_000 }, () => {
  let server: RunningServer | undefined;
  afterAll(async () => { await server?.shutdown(); });

  it('migrates, loads the demo data into an empty database, listens, and shuts down gracefully', async () => {
    server = await startServer({ config: buildConfig(), database: await createTestDatabase(), demo: true, logger: false, webRoot: buildWebRoot() });
    expect(server.demoLoaded).toBe(true);
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(DEMO_LOGINS).toEqual(['admin', 'stp', 'sg', 'dirigente', 'referente', 'validatore', 'oiv', 'lettore']);

    expect(await (await fetch(`${server.url}/readyz`)).json()).toEqual({ status: 'ok' });
    expect(await runRecompute(server.url)).toBe('succeeded');

    // A login (argon2 verification, then database writes) is in flight when the shutdown starts.
    const arrived = new Promise((resolve) => server!.app.server.once('request', resolve));
    const inFlight = fetch(`${server.url}/api/auth/login`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'stp', password: DEMO_PASSWORD }),
    });
    await arrived;
    const shutdown = server.shutdown();
    const response = await inFlight;
    expect(response.status).toBe(200);
    expect((await response.json() as { user: { username: string } }).user.username).toBe('stp');
    await shutdown;

    await expect(fetch(`${server.url}/healthz`)).rejects.toThrow();
    await expect(server.database.db.execute(sql`select 1`)).rejects.toThrow();
    await expect(server.shutdown()).resolves.toBeUndefined();
  });

  it('does not load the demo data into a database that has data, and closes the database when the start fails', async () => {
    const database = await createTestDatabase();
    await database.db.execute(sql`insert into entities (code, name) values ('X', 'Ente esistente')`);
    const running = await startServer({ config: buildConfig(), database, demo: true, logger: false, webRoot: buildWebRoot() });
    expect(running.demoLoaded).toBe(false);
    await running.shutdown();

    const busy = await createTestDatabase();
    const config = { ...buildConfig(), host: '256.0.0.1' };
    await expect(startServer({ config, database: busy, logger: false, webRoot: buildWebRoot() })).rejects.toThrow();
    await expect(busy.db.execute(sql`select 1`)).rejects.toThrow();
  });
});
