import { describe, expect, it } from 'vitest';
import { documentInputFromPlan } from '../document-input-from-plan.js';
import { cellText } from '../model/document-model.js';
import { DEMO_YEAR, demoCardPolicy, demoPolicy, documentDemoPlan } from '../testing/document-fixtures.js';
import { buildRelazioneModel } from './relazione-model.js';

const act = { kind: 'delibera_giunta' as const, number: '61', date: '2025-07-15', body: 'Giunta camerale' };

function revisedInput() {
  const original = documentDemoPlan();
  const indicators = original.indicators
    .filter((indicator) => indicator.code !== 'kpiA12_02')
    .map((indicator) => (indicator.code === 'kpiB21_01' ? { ...indicator, targets: { ...indicator.targets, [String(DEMO_YEAR)]: '>= 280' } } : indicator));
  const plan = { ...original, indicators };
  const policy = demoPolicy();
  return documentInputFromPlan({
    plan, policy, year: DEMO_YEAR, locale: 'it', cardPolicy: demoCardPolicy(policy),
    revisions: [{ number: 1, year: DEMO_YEAR, reason: 'Convenzione metrologica ridotta dal Ministero', act, original }],
  });
}

describe('original and revised targets in the Relazione', () => {
  it('lists each changed target of the year with the revision act, the revised plan being the one scored', () => {
    const input = revisedInput();
    const model = buildRelazioneModel(input);
    const headings = model.blocks.filter((block) => block.kind === 'heading').map((block) => block.text);
    expect(headings.some((heading) => heading.endsWith('Revisioni del piano: target originari e rivisti'))).toBe(true);
    const paragraphs = model.blocks.flatMap((block) => (block.kind === 'paragraph' ? [block.runs.map((run) => run.text).join('')] : []));
    expect(paragraphs).toContain('Revisione n. 1, approvata con delibera di Giunta n. 61 del 15/07/2025: Convenzione metrologica ridotta dal Ministero');
    const table = model.blocks.find((block) => block.kind === 'table' && block.id === 'revisioni');
    if (table?.kind !== 'table') throw new Error('no revisions table');
    expect(table.rows.slice(1).map((row) => row.cells.map(cellText))).toEqual([
      ['kpiB21_01', 'Strumenti di misura verificati', '>= 300', '>= 280'],
      ['kpiA12_02', 'Voucher liquidati', '>= 80', '—'],
    ]);
    expect(input.scored.indicators.find((indicator) => indicator.code === 'kpiB21_01')?.target?.text).toBe('>= 280');
  });

  it('has no revisions section when the year was not revised', () => {
    const { revisions: _revisions, ...input } = revisedInput();
    const model = buildRelazioneModel(input);
    expect(model.blocks.some((block) => block.kind === 'heading' && block.text.includes('Revisioni'))).toBe(false);
    expect(model.blocks.some((block) => block.kind === 'table' && block.id === 'revisioni')).toBe(false);
  });
});
