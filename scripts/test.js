#!/usr/bin/env node
// `npm test`: every test of the project, on real parts.
//   1. installs what the machine lacks (Debian chromium, postgresql, libreoffice, poppler, fonts) — as root with apt-get, otherwise
//      stops with the command to run;
//   2. starts a throwaway PostgreSQL cluster on a free port of 127.0.0.1;
//   3. runs vitest: unit, integration on PGlite, integration on PostgreSQL, e2e (Chromium at
//      /usr/bin/chromium). TEST_DATABASE_URL is exported to every integration run, because the
//      cross-backend tests (backup PGlite ⇄ PostgreSQL) need the server in both;
//   4. stops the cluster (also on failure or Ctrl-C) and prints a summary; exits 1 if anything failed.
// Extra arguments are passed to every vitest run, e.g. `npm test -- src/server/db`;
// TEST_STEPS=unit,pglite,postgres,e2e picks steps, e.g. `TEST_STEPS=postgres npm test -- src/server/db`.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_PATH, ensureSystemPackages, findPostgresBin } from './test-support/system-packages.js';
import { reapOrphanClusters, startPostgresCluster } from './test-support/postgres-cluster.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const vitest = fileURLToPath(new URL('../node_modules/vitest/vitest.mjs', import.meta.url));
const extraArgs = process.argv.slice(2);
let currentChild;

function runVitest(project, env) {
  return new Promise((resolve) => {
    const args = [vitest, 'run', '--project', project, '--passWithNoTests', ...extraArgs];
    const child = spawn(process.execPath, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
    currentChild = child;
    child.on('exit', (code, signal) => {
      currentChild = undefined;
      resolve(signal ? 1 : code ?? 1);
    });
  });
}

async function main() {
  ensureSystemPackages();
  for (const dir of reapOrphanClusters(findPostgresBin())) console.log(`[test] cluster orfano rimosso / orphan cluster removed: ${dir}`);
  const cluster = await startPostgresCluster(findPostgresBin());
  const stopOnSignal = (signal) => {
    currentChild?.kill('SIGTERM');
    cluster.stop();
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.on('exit', cluster.stop);
  process.on('SIGINT', stopOnSignal);
  process.on('SIGTERM', stopOnSignal);

  const database = { TEST_DATABASE_URL: cluster.url };
  const allSteps = [
    ['unit', 'unit', {}, 'unit'],
    ['integration (PGlite)', 'integration', { ...database, TEST_DATABASE: 'pglite' }, 'pglite'],
    ['integration (PostgreSQL)', 'integration', { ...database, TEST_DATABASE: 'postgres' }, 'postgres'],
    ['e2e (Chromium)', 'e2e', { ...database, CHROMIUM_PATH }, 'e2e'],
  ];
  // TEST_STEPS=postgres,e2e runs only those steps (a developer's shortcut; CI runs them all).
  const wanted = process.env.TEST_STEPS?.split(',').map((step) => step.trim()).filter(Boolean);
  const steps = wanted ? allSteps.filter(([, , , key]) => wanted.includes(key)) : allSteps;
  const results = [];
  for (const [label, project, env] of steps) {
    console.log(`\n[test] ── ${label} ──`);
    const started = Date.now();
    const code = await runVitest(project, env);
    results.push({ label, code, seconds: (Date.now() - started) / 1000 });
  }
  cluster.stop();

  console.log('\n[test] riepilogo / summary');
  for (const { label, code, seconds } of results) {
    console.log(`  ${code === 0 ? 'OK  ' : 'FAIL'}  ${label.padEnd(26)} ${seconds.toFixed(1)} s`);
  }
  const failed = results.filter((result) => result.code !== 0);
  if (failed.length > 0) {
    console.log(`[test] ${failed.length} passi falliti / steps failed`);
    process.exitCode = 1;
  }
}

main().catch((error) => {
  console.error(`[test] ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 2;
});
