import { describe, expect, it } from 'vitest';
import { buildExplanation, explanationToText } from './explanation.js';
import { scorePlan } from './score-plan.js';
import { buildPolicy, buildScoringPlan, TEST_YEAR } from './scoring-test-plans.js';

function scoredExample() {
  const plan = buildScoringPlan([
    { code: 'K1', target: '>= 100', value: 99.77 },
    { code: 'K2', target: '>= 100', value: 130, weight: 1 },
    { code: 'K3', target: '>= 10', value: 2 },
    { code: 'G', target: '>= +15%', value: 640 },
  ], {
    suspensions: [{ target: { kind: 'indicator', code: 'K3' }, year: TEST_YEAR, reason: 'Accorpamento sospeso dal TAR',
      act: { kind: 'delibera_giunta', number: '12', date: '2026-03-01' } }],
    values: [{ measure: 'M_G', year: TEST_YEAR - 1, value: 581, state: 'validated', enteredBy: 'mrossi', enteredAt: '2026-01-15T10:00:00Z', source: 'INTEGRA' }],
  });
  return scorePlan(plan, buildPolicy({ tolerance: { threshold: 90 } }), { year: TEST_YEAR });
}

describe('buildExplanation', () => {
  it('explains an indicator with its inputs, provenance, rule and target', () => {
    const explanation = buildExplanation(scoredExample(), { kind: 'indicator', code: 'G' });
    expect(explanation).toMatchObject({
      kind: 'indicator', code: 'G', state: 'scored', rule: 'growth_literal',
      target: { text: '>= +15%', met: false }, formula: { source: 'M_G', value: 640 },
      reference: { year: 2025, value: 581 },
      value: { output: 'raw', decimals: 2 },
      inputs: [
        { measure: 'M_G', year: 2026, value: 640, state: 'validated' },
        { measure: 'M_G', name: 'Misura G', year: 2025, value: 581, state: 'validated', enteredBy: 'mrossi', enteredAt: '2026-01-15T10:00:00Z', source: 'INTEGRA' },
      ],
      children: [],
    });
    expect(explanation?.value.rounded).toBe(67.7);
  });

  it('explains a node with weights given and normalised, exclusions, cap and tolerance', () => {
    const explanation = buildExplanation(scoredExample(), { kind: 'node', code: 'A.1.1' });
    expect(explanation?.basis).toBe('indicators');
    expect(explanation?.weights).toEqual([
      { kind: 'indicator', code: 'G', given: null, normalised: 33.3333333333333, included: true, state: 'scored' },
      { kind: 'indicator', code: 'K1', given: null, normalised: 33.3333333333333, included: true, state: 'scored' },
      { kind: 'indicator', code: 'K2', given: 1, normalised: 33.3333333333333, included: true, state: 'scored' },
      { kind: 'indicator', code: 'K3', given: null, normalised: null, included: false, state: 'suspended' },
    ]);
    expect(explanation?.exclusions).toEqual([{ kind: 'indicator', code: 'K3', state: 'suspended',
      reason: { it: 'Accorpamento sospeso dal TAR', en: 'Accorpamento sospeso dal TAR' }, act: { kind: 'delibera_giunta', number: '12', date: '2026-03-01' } }]);
    expect(explanation?.children.map((c) => [c.code, c.adjustments])).toEqual([
      ['G', { cap: null, tolerance: null }],
      ['K1', { cap: null, tolerance: 90 }],
      ['K2', { cap: 100, tolerance: null }],
      ['K3', { cap: null, tolerance: null }],
    ]);
  });

  it('bounds the depth and finds nothing for an unknown code', () => {
    const scored = scoredExample();
    expect(buildExplanation(scored, { kind: 'node', code: 'A' }, 1)?.children.map((c) => [c.code, c.children.length])).toEqual([['A.1', 0]]);
    expect(buildExplanation(scored, { kind: 'node', code: 'Z' })).toBeNull();
    expect(buildExplanation(scored, { kind: 'entity' })?.kind).toBe('entity');
  });
});

describe('explanationToText', () => {
  it('writes Italian with Italian numbers, acts and provenance', () => {
    const text = explanationToText(buildExplanation(scoredExample(), { kind: 'node', code: 'A.1.1' })!, 'it');
    const lines = text.split('\n');
    expect(lines[0]).toBe('Obiettivo A.1.1 «Obiettivo operativo di prova»: 89,16% (grezzo 89,16%; con tolleranza 89,23%) — ◐ Parzialmente raggiunto');
    expect(lines).toContain('  Calcolo: media ponderata degli indicatori (3 su 4)');
    expect(lines).toContain('  Escluso: K3 — sospeso: Accorpamento sospeso dal TAR (delibera di Giunta n. 12 del 01/03/2026)');
    expect(lines).toContain('      M_G «Misura G» 2025 = 581 — validato, inserito da mrossi il 15/01/2026, fonte INTEGRA');
    expect(lines).toContain('    Tolleranza: dalla soglia del 90%');
    expect(lines).toContain('    Applicato il limite massimo di 100%');
    expect(lines).toContain('  Indicatore G «Indicatore G»: 67,70% — ◐ Parzialmente raggiunto');
  });

  it('writes English with English numbers', () => {
    const text = explanationToText(buildExplanation(scoredExample(), { kind: 'indicator', code: 'K1' })!, 'en');
    expect(text.split('\n')).toEqual([
      'Indicator K1 «Indicatore K1»: 99.77% (raw 99.77%; with tolerance 100.00%) — ◐ Partially achieved',
      '  Formula: M_K1 = 99.77',
      '  Target: >= 100 — not met',
      '  Rule: actual / target',
      '  Data:',
      '    M_K1 «Misura K1» 2026 = 99.77 — validated',
      '  Tolerance: from the threshold of 90%',
    ]);
  });

  it('says why something has no score', () => {
    const plan = buildScoringPlan([{ code: 'R', target: '>= 1', formula: 'M_R / M_R', value: 0 }]);
    const scored = scorePlan(plan, buildPolicy(), { year: TEST_YEAR });
    const text = explanationToText(buildExplanation(scored, { kind: 'node', code: 'A.1.1' })!, 'it');
    expect(text).toContain('Obiettivo A.1.1 «Obiettivo operativo di prova»: bloccato');
    expect(text).toContain('Indicatore R «Indicatore R»: errore');
    expect(text).toContain('Nota: Divisione per zero');
  });

  it('shows a manual assessment with its justification and the expected progress of a period', () => {
    const plan = buildScoringPlan([{ code: 'Q', target: 'Relazione approvata' }, { code: 'V', target: '>= 300' }], {
      periods: [{ code: '2026-1', year: TEST_YEAR, end: '2026-04-30', expectedProgress: 30 }],
      values: [{ measure: 'M_V', year: TEST_YEAR, period: '2026-1', value: 81 }],
      manualAchievements: [{ target: { kind: 'indicator', code: 'Q' }, year: TEST_YEAR, period: '2026-1', achievement: 80,
        justification: 'Bozza consegnata', by: 'dirigente' }],
    });
    const scored = scorePlan(plan, buildPolicy(), { year: TEST_YEAR, period: '2026-1' });
    const manual = explanationToText(buildExplanation(scored, { kind: 'indicator', code: 'Q' })!, 'it');
    expect(manual).toContain('Valutazione manuale: 80% — motivazione: «Bozza consegnata» — inserito da dirigente');
    expect(manual.split('\n')[0]).toBe('Indicatore Q «Indicatore Q»: 80,00% — ! A rischio [valutazione manuale]');
    const interim = explanationToText(buildExplanation(scored, { kind: 'indicator', code: 'V' })!, 'en');
    expect(interim).toContain('Target: >= 300 (effective: 90) — not met');
    expect(interim).toContain('Expected progress: 30.00%');
    expect(interim).toContain('M_V «Misura V» 2026 (period 2026-1) = 81 — validated');
  });
});

