/**
 * Fuzzing a reader with damaged copies of a seed document: truncated, lines deleted, garbage inserted or
 * overwritten, arbitrary text. `check` asserts what a well-formed result is for that reader.
 */
import fc from 'fast-check';
import { it } from 'vitest';

// Each run reads a whole plan (tens of ms); the default 5 s is too short on a busy machine.
const FUZZ_TIMEOUT = 60_000;

export function fuzzDamagedCopies(seed: string, check: (text: string) => void, options: { maxDeletedLines: number }): void {
  const seedLines = seed.split('\n');

  it('truncated anywhere', () => {
    fc.assert(fc.property(fc.nat({ max: seed.length }), (at) => check(seed.slice(0, at))), { numRuns: 40 });
  }, FUZZ_TIMEOUT);

  it('with random lines deleted', () => {
    const deletions = fc.uniqueArray(fc.nat({ max: seedLines.length - 1 }), { minLength: 1, maxLength: options.maxDeletedLines });
    fc.assert(fc.property(deletions, (deleted) => {
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
}
