/**
 * The real plans of ../shared/seeds (beside the repository), for tests: read by file name, with a clear
 * error when the folder is missing.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const SEEDS = path.resolve(REPO_ROOT, '../shared/seeds');
/** Lecce's tree export (seed 004). */
export const TREE_SEED = '004_30336ea7c660fe63.txt';
/** Massa-Carrara's plan with the individual cards (seed 002). */
export const CARD_SEED = '002_fe4bdce41d49d658.txt';

export function seedPath(name: string): string {
  const file = path.join(SEEDS, name);
  if (!existsSync(file)) throw new Error(`Seed document not found: ${file}. The tests read the real documents from ../shared/seeds next to the repository.`);
  return file;
}

export function readSeed(name: string): string {
  return readFileSync(seedPath(name), 'utf8');
}
