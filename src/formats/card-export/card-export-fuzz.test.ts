import { describe, expect } from 'vitest';
import { planSchema } from '../../core/plan/plan.schema.js';
import { readCardExport, type CardExportResult } from './card-export-reader.js';
import { fuzzDamagedCopies } from '../../test-support/seed-fuzz.js';
import { readSeed, CARD_SEED } from '../../test-support/seeds.js';

const seed = readSeed(CARD_SEED);
const options = { entityCode: 'MS', entityName: 'Massa-Carrara', fileName: '002.txt' };

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
  fuzzDamagedCopies(seed, check, { maxDeletedLines: 60 });
});
