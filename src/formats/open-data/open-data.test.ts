import { describe, expect, it } from 'vitest';
import type { Plan } from '../../core/plan/plan.schema.js';
import { defaultScoringPolicy, scoringPolicySchema } from '../../core/scoring/policy.schema.js';
import { scorePlan } from '../../core/scoring/score-plan.js';
import { examplePlan, seedTreePlan } from '../xlsx/xlsx-test-support.js';
import { buildOpenData, recomputeOpenData, resultsOf } from './open-data.js';
import { openDataCsv } from './open-data-csv.js';

/** The example plan with a draft value, a rejected one, and who entered them. */
function planWithDrafts(): Plan {
  const plan = examplePlan();
  return {
    ...plan,
    values: [
      ...plan.values.map((value) => ({ ...value, enteredBy: 'mario.rossi', evidence: 'protocollo 123' })),
      { measure: 'CARTA', year: 2026, value: 1, state: 'draft', enteredBy: 'anna.bianchi' },
      { measure: 'PRAT_EVASE', year: 2026, value: 0, state: 'rejected' },
    ],
  };
}

describe('open data: anyone can recompute the published scores', () => {
  const policies = [
    ['the default policy', defaultScoringPolicy('DEMO', 2026)],
    ['a policy with tolerance 90, cap 120, truncation to one decimal', scoringPolicySchema.parse({
      meta: { entity: 'DEMO', year: 2026, revision: 3 }, cap: 120, tolerance: { threshold: 90 }, rounding: { decimals: 1, mode: 'truncate' },
      missingData: 'exclude',
    })],
  ] as const;

  it.each(policies)('the JSON recomputes to identical numbers (%s)', (_name, policy) => {
    const plan = planWithDrafts();
    const document = buildOpenData(plan, policy, { year: 2026 });
    const published = JSON.parse(JSON.stringify(document)) as unknown;
    expect(recomputeOpenData(published)).toStrictEqual(document.results);
    expect(resultsOf(plan, scorePlan(plan, policy, { year: 2026 }))).toStrictEqual(document.results);
    const scored = document.results.filter((item) => item.rounded !== null);
    expect(scored.length).toBeGreaterThan(10);
    expect(scored.some((item) => item.achievementRaw !== item.achievementAdjusted)).toBe(policy.tolerance.threshold !== null);
  });

  it('recomputes a monitoring period too, and the seed 004 plan (nothing measured yet)', () => {
    const plan = planWithDrafts();
    const interim = buildOpenData(plan, defaultScoringPolicy('DEMO', 2026), { year: 2026, period: '2026-1' });
    expect(interim.period).toBe('2026-1');
    expect(recomputeOpenData(JSON.parse(JSON.stringify(interim)))).toStrictEqual(interim.results);
    const lecce = buildOpenData(seedTreePlan(), defaultScoringPolicy('LE', 2021), { year: 2021 });
    expect(recomputeOpenData(JSON.parse(JSON.stringify(lecce)))).toStrictEqual(lecce.results);
    expect(lecce.results.filter((item) => item.kind === 'indicator')).toHaveLength(93);
  });

  it('publishes only values in the states the policy accepts, without who entered them, and no evaluation cards', () => {
    const document = buildOpenData({ ...planWithDrafts(), cards: [] }, defaultScoringPolicy('DEMO', 2026), { year: 2026 });
    expect(document.plan.values.map((value) => value.state).sort()).toEqual(expect.not.arrayContaining(['draft', 'rejected']));
    expect(document.plan.values.some((value) => value.state === 'submitted')).toBe(true);
    expect(JSON.stringify(document)).not.toMatch(/mario\.rossi|anna\.bianchi|protocollo 123/);
    expect(document.plan.cards).toEqual([]);
    expect(document.policy.meta.entity).toBe('DEMO');
  });
});

describe('open data CSV', () => {
  const plan = examplePlan();
  const hostile: Plan = {
    ...plan,
    indicators: plan.indicators.map((indicator, i) => (i === 0 ? { ...indicator, name: '=HYPERLINK("http://evil.example";"clic")', source: '@SUM(1+1)' } : indicator)),
    nodes: plan.nodes.map((node, i) => (i === 0 ? { ...node, title: '+39 "Area"; prima\nriga' } : node)),
  };
  const document = buildOpenData(hostile, defaultScoringPolicy('DEMO', 2026), { year: 2026 });

  it('starts with a byte order mark, neutralises formulas in text and quotes separators and line breaks', () => {
    const csv = openDataCsv(document, 'results');
    expect(csv.startsWith('\uFEFFKind,Code,Name,Parent,Level,State,Achievement raw,')).toBe(true);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"";""clic"")"`);
    expect(csv).toContain(`"'+39 ""Area""; prima\nriga"`);
    const indicators = openDataCsv(document, 'indicators', { bom: false });
    expect(indicators).toContain(",'@SUM(1+1),");
    expect(indicators.split('\r\n')[0]).toBe('Code,Node,Name,Type,Formula,Original formula,Unit,Polarity,Baseline year,Baseline value,Weight,Source,Periodicity,Target 2026,Target 2027,Target 2028');
  });

  it('writes numbers in full, with the Italian option using ; and decimal commas, negative numbers left as numbers', () => {
    const scored = document.results.find((item) => item.rounded !== null && !Number.isInteger(item.score))!;
    const english = openDataCsv(document, 'results').split('\r\n').find((line) => line.includes(`,${scored.code},`))!;
    expect(english).toContain(`,${String(scored.score)},${String(scored.rounded)},`);
    const italian = openDataCsv(document, 'results', { locale: 'it' });
    expect(italian.startsWith('\uFEFFTipo;Codice;Nome;Padre;Livello;Stato;Raggiungimento grezzo;')).toBe(true);
    const row = italian.split('\r\n').find((line) => line.includes(`;${scored.code};`))!;
    expect(row).toContain(`;${String(scored.score).replace('.', ',')};${String(scored.rounded).replace('.', ',')};`);
    const negative = openDataCsv({ ...document, results: [{ ...document.results[0]!, value: -12.5 }] }, 'results', { locale: 'it', bom: false });
    expect(negative.split('\r\n')[1]).toContain(';-12,5;');
  });

  it('has the values and the policy as tables', () => {
    const values = openDataCsv(document, 'values', { bom: false }).split('\r\n');
    expect(values[0]).toBe('Measure,Measure name,Year,Period,Value,State,Source,Entered at');
    expect(values.length - 2).toBe(document.plan.values.length);
    const policy = openDataCsv(document, 'policy', { bom: false, locale: 'it' });
    expect(policy).toContain('cap;100\r\n');
    expect(policy).toContain('rounding.mode;half_up\r\n');
    expect(policy).toContain('tolerance.threshold;\r\n');
  });
});
