/** Test support: runs the real `traguardo` command as a child process and collects its output. */
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const REPO_ROOT = resolve(import.meta.dirname, '..', '..', '..');
export const EXAMPLE_PLAN = join(REPO_ROOT, 'docs', 'formats', 'example-plan.json');

export interface CliRun { code: number; stdout: string; stderr: string }

export function runCli(...args: string[]): Promise<CliRun> {
  return new Promise((done) => {
    execFile(process.execPath, [join(REPO_ROOT, 'bin', 'traguardo.js'), ...args], { cwd: REPO_ROOT, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error === null ? 0 : typeof error.code === 'number' ? error.code : -1;
      done({ code, stdout, stderr });
    });
  });
}

/** Writes files into a fresh temporary folder and returns their paths by name. */
export function writeTempFiles(files: Record<string, string>): Record<string, string> {
  const folder = mkdtempSync(join(tmpdir(), 'traguardo-cli-'));
  const paths: Record<string, string> = {};
  for (const [name, content] of Object.entries(files)) {
    paths[name] = join(folder, name);
    writeFileSync(paths[name], content);
  }
  return paths;
}
