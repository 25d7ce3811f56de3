import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planSchema } from '../../core/plan/plan.schema.js';
import { readCardExport, type CardExportResult } from './card-export-reader.js';

const SEEDS = path.resolve(fileURLToPath(new URL('../../..', import.meta.url)), '../shared/seeds');
const file = path.join(SEEDS, '002_fe4bdce41d49d658.txt');
if (!existsSync(file)) throw new Error(`Seed document not found: ${file}. The tests read the real documents from ../shared/seeds next to the repository.`);
const seed = readFileSync(file, 'utf8');
const seedLines = seed.split('\n');
const options = { entityCode: 'MS', entityName: 'Massa-Carrara', fileName: '002.txt' };
// Each run reads a whole plan; the default 5 s is too short on a busy machine.
const FUZZ_TIMEOUT = 60_000;

function expectWellFormed(result: CardExportResult, text: string): void {
  const lineCount = text.split(/\r\n|\r|\n/).length;
  if (result.errors.length === 0 && result.plan !== null) expect(planSchema.safeParse(result.plan).success).toBe(true);
  if (result.errors.length > 0) expect(result.plan).toBeNull();
  if (result.plan === null) expect(result.errors.length).toBeGreaterThan(0);
  for (const issue of [...result.errors, ...result.warnings]) {
    expect(issue.location.file).toBe('002.txt');
    expect(Number.isInteger(issue.location.line) && issue.location.line >= 0 && issue.location.line <= lineCount).toBe(true);
    expect(issue.message.it.length).toBeGreaterThan(0);
    expect(issue.message.en.length).toBeGreaterThan(0);
  }
  for (const card of result.cards) expect(card.objectives.every((objective) => objective.weight === null || Number.isFinite(objective.weight))).toBe(true);
}

function check(text: string): void {
  expectWellFormed(readCardExport(text, options), text);
}

describe('readCardExport never throws on damaged copies of seed 002', () => {
  it('truncated anywhere', () => {
    fc.assert(fc.property(fc.nat({ max: seed.length }), (at) => check(seed.slice(0, at))), { numRuns: 40 });
  }, FUZZ_TIMEOUT);

  it('with random lines deleted', () => {
    fc.assert(fc.property(fc.uniqueArray(fc.nat({ max: seedLines.length - 1 }), { minLength: 1, maxLength: 60 }), (deleted) => {
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
