import { describe, expect } from 'vitest';
import { planSchema } from '../../core/plan/plan.schema.js';
import type { ImportResult } from './import-warning.js';
import { readTreeExport } from './tree-export-reader.js';
import { fuzzDamagedCopies } from '../../test-support/seed-fuzz.js';
import { readSeed, TREE_SEED } from '../../test-support/seeds.js';

const seed = readSeed(TREE_SEED);
const options = { entityCode: 'LE', entityName: 'Lecce', fileName: '004.txt' };

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
  fuzzDamagedCopies(seed, check, { maxDeletedLines: 40 });
});
