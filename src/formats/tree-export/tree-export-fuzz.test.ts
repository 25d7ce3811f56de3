import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planSchema } from '../../core/plan/plan.schema.js';
import type { ImportResult } from './import-warning.js';
import { readTreeExport } from './tree-export-reader.js';

const SEEDS = path.resolve(fileURLToPath(new URL('../../..', import.meta.url)), '../shared/seeds');
const file = path.join(SEEDS, '004_30336ea7c660fe63.txt');
if (!existsSync(file)) throw new Error(`Seed document not found: ${file}. The tests read the real documents from ../shared/seeds next to the repository.`);
const seed = readFileSync(file, 'utf8');
const seedLines = seed.split('\n');
const options = { entityCode: 'LE', entityName: 'Lecce', fileName: '004.txt' };
// Each run reads a whole plan (about 50 ms); the default 5 s is too short on a busy machine.
const FUZZ_TIMEOUT = 60_000;

/** Either a valid plan and no errors, or no plan and errors that say where and what, in both languages. */
function expectWellFormed(result: ImportResult, text: string): void {
  const lineCount = text.split(/\r\n|\r|\n/).length;
  if (result.errors.length === 0) {
    expect(result.plan).not.toBeNull();
    expect(planSchema.safeParse(result.plan).success).toBe(true);
  } else {
    expect(result.plan).toBeNull();
  }
  for (const issue of [...result.errors, ...result.warnings]) {
    expect(issue.location.file).toBe('004.txt');
    expect(Number.isInteger(issue.location.line) && issue.location.line >= 0 && issue.location.line <= lineCount).toBe(true);
    expect(issue.message.it.length).toBeGreaterThan(0);
    expect(issue.message.en.length).toBeGreaterThan(0);
    expect(issue.code).toMatch(/^[a-z0-9_]+$/);
  }
  for (const error of result.errors) expect(error.severity).toBe('error');
  for (const warning of result.warnings) expect(warning.severity).toBe('warning');
}

function check(text: string): void {
  expectWellFormed(readTreeExport(text, options), text);
}

describe('readTreeExport never throws on damaged copies of seed 004', () => {
  it('truncated anywhere', () => {
    fc.assert(fc.property(fc.nat({ max: seed.length }), (at) => check(seed.slice(0, at))), { numRuns: 40 });
  }, FUZZ_TIMEOUT);

  it('with random lines deleted', () => {
    fc.assert(fc.property(fc.uniqueArray(fc.nat({ max: seedLines.length - 1 }), { minLength: 1, maxLength: 40 }), (deleted) => {
      const removed = new Set(deleted);
      check(seedLines.filter((_, index) => !removed.has(index)).join('\n'));
    }), { numRuns: 40 });
  }, FUZZ_TIMEOUT);

  it('with garbage inserted or overwritten', () => {
    const garbage = fc.array(fc.tuple(fc.nat({ max: seed.length }), fc.string({ unit: 'binary', maxLength: 12 }), fc.boolean()), { minLength: 1, maxLength: 12 });
    fc.assert(fc.property(garbage, (edits) => {
      let text = seed;
      for (const [at, junk, overwrite] of edits) text = text.slice(0, at) + junk + text.slice(overwrite ? at + junk.length : at);
      check(text);
    }), { numRuns: 40 });
  }, FUZZ_TIMEOUT);

  it('reduced to arbitrary text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => check(text)), { numRuns: 100 });
  }, FUZZ_TIMEOUT);
});
