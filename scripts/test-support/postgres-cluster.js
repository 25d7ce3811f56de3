// A throwaway PostgreSQL cluster for the test run: initdb in a temp dir, listening on a free port of
// 127.0.0.1 only, trust authentication, durability off (it is deleted at the end). Root cannot run the
// server, so as root every command runs as the `postgres` user. Each cluster folder records the pid of
// the test run that owns it; a run killed too hard to clean up (SIGKILL, OOM) leaves its cluster behind,
// and the next run stops and removes it (`reapOrphanClusters`).
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function postgresUser() {
  const result = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error('Utente/user "postgres" assente/missing: apt-get install -y postgresql');
  const uid = Number(result.stdout.trim());
  const gid = Number(spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).stdout.trim());
  return { uid, gid };
}

/** Runs a PostgreSQL tool, as the postgres user when we are root. */
function runTool(bin, tool, args) {
  const asRoot = process.getuid?.() === 0;
  const [command, commandArgs] = asRoot
    ? ['runuser', ['-u', 'postgres', '--', `${bin}/${tool}`, ...args]]
    : [`${bin}/${tool}`, args];
  const result = spawnSync(command, commandArgs, { encoding: 'utf8' });
  if (result.status !== 0) {
    throw new Error(`${tool} fallito/failed (${result.status}): ${result.stderr || result.stdout}`);
  }
}

const PREFIX = 'traguardo-pg-';

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

/** Stops and removes the clusters of test runs that no longer exist; returns their folders. */
export function reapOrphanClusters(bin, root = tmpdir()) {
  const reaped = [];
  for (const name of readdirSync(root).filter((entry) => entry.startsWith(PREFIX))) {
    const dir = join(root, name);
    const ownerFile = join(dir, 'owner.pid');
    if (!existsSync(ownerFile)) continue;
    const owner = Number(readFileSync(ownerFile, 'utf8').trim());
    if (!Number.isInteger(owner) || owner <= 0 || isAlive(owner)) continue;
    if (existsSync(join(dir, 'data', 'postmaster.pid'))) {
      try {
        runTool(bin, 'pg_ctl', ['-D', join(dir, 'data'), '-m', 'immediate', '-w', 'stop']);
      } catch (error) {
        console.error(`[test] ${error.message}`);
      }
    }
    rmSync(dir, { recursive: true, force: true });
    reaped.push(dir);
  }
  return reaped;
}

/** Starts a cluster; returns { url, stop() }. stop() is synchronous so it can run in an exit handler. */
export async function startPostgresCluster(bin) {
  const dir = mkdtempSync(join(tmpdir(), PREFIX));
  writeFileSync(join(dir, 'owner.pid'), `${process.pid}\n`);
  if (process.getuid?.() === 0) {
    const { uid, gid } = postgresUser();
    chownSync(dir, uid, gid);
  }
  const data = join(dir, 'data');
  let started = false;
  const stop = () => {
    if (started) {
      try {
        runTool(bin, 'pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } catch (error) {
        console.error(`[test] ${error.message}`);
      }
      started = false;
    }
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    runTool(bin, 'initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--no-sync', '--locale=C']);
    const port = await freePort();
    const options = `-p ${port} -h 127.0.0.1 -k ${dir} -c fsync=off -c synchronous_commit=off -c full_page_writes=off`;
    runTool(bin, 'pg_ctl', ['-D', data, '-o', options, '-l', join(dir, 'server.log'), '-w', 'start']);
    started = true;
    return { url: `postgres://postgres@127.0.0.1:${port}/postgres`, stop };
  } catch (error) {
    stop();
    throw error;
  }
}
