/**
 * The browser tests run against the production build (dist/web), served by the real server. It is
 * (re)built when missing or older than the web sources, in a child process so that the test runner's
 * environment (NODE_ENV=test) cannot leak into the bundle.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
export const webDist = join(repoRoot, 'dist/web');
const builtIndex = join(webDist, 'index.html');

function newestChange(path: string): number {
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return readdirSync(path).reduce((newest, name) => Math.max(newest, newestChange(join(path, name))), stats.mtimeMs);
}

/** Why the build must be redone, or null when dist/web is up to date. */
export function staleWebBuildReason(): string | null {
  if (!existsSync(builtIndex)) return 'dist/web is missing';
  const builtAt = statSync(builtIndex).mtimeMs;
  const inputs = ['src/web', 'src/core', 'vite.config.ts', 'package-lock.json'].map((path) => join(repoRoot, path));
  const changed = inputs.find((path) => existsSync(path) && newestChange(path) > builtAt);
  return changed ? `${changed} changed after the last build` : null;
}

export function ensureWebBuild(): void {
  if (staleWebBuildReason() === null) return;
  const vite = join(repoRoot, 'node_modules/vite/bin/vite.js');
  const result = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], {
    cwd: repoRoot,
    env: { ...process.env, NODE_ENV: 'production' },
    encoding: 'utf8',
  });
  if (result.status !== 0) {
    throw new Error(`vite build failed (exit ${result.status}):\n${result.stderr || result.stdout}`);
  }
}
