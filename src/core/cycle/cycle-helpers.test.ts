import { describe, expect, it } from 'vitest';
import { defaultScoringPolicy, scoringPolicySchema } from '../scoring/policy.schema.js';
import { planSchema, PLAN_FORMAT, type PlanInput } from '../plan/plan.schema.js';
import { deviationNeedOf } from './deviation.js';
import { canonicalJson, jsonDifferences, planYearSlice } from './frozen-results.js';
import { interimStatusOf, interimThresholdsOf } from './interim-status.js';
import { buildMeasureOwnership, collectionItems } from './measure-ownership.js';
import { addDays, buildPeriods, daysBetween, entryDeadlineOf, isCalendarDate } from './period-calendar.js';
import { diffPlans, targetPairs } from './plan-diff.js';
import { checklistProblems, CHECKLIST_ITEMS } from './validation-checklist.js';
import { drawSample } from './value-sample.js';

function buildPlan(overrides: Partial<PlanInput> = {}) {
  return planSchema.parse({
    format: PLAN_FORMAT, entity: { code: 'T', name: 'Test' },
    plan: { title: 'Piano', firstYear: 2026, lastYear: 2027, levels: [{ key: 'strategic_objective' }, { key: 'operational_objective' }] },
    orgUnits: [{ code: 'A1', name: 'Area' }, { code: 'U1', name: 'Ufficio', parent: 'A1' }, { code: 'U2', name: 'Altro' }],
    nodes: [
      { code: '1', title: 'Strategico', level: 'strategic_objective', units: { responsible: ['A1'], involved: [] } },
      { code: '1.1', title: 'Operativo', level: 'operational_objective', parent: '1' },
      { code: '1.2', title: 'Operativo 2', level: 'operational_objective', parent: '1', units: { responsible: ['U2'], involved: [] } },
    ],
    measures: [
      { code: 'PRAT', name: 'Pratiche evase' }, { code: 'TOT', name: 'Pratiche ricevute' },
      { code: 'BIL', name: 'Bilancio', periodicity: 'annual' }, { code: 'FREE', name: 'Non usata' },
    ],
    indicators: [
      { code: 'k1', node: '1.1', name: 'Evase su ricevute', formula: 'PRAT / TOT * 100', unit: 'percent', targets: { 2026: '>= 80%' }, weight: 60 },
      { code: 'k2', node: '1.2', name: 'Bilancio', formula: 'BIL', targets: { 2026: '>= 1' } },
      { code: 'k3', node: '1.2', name: 'Solo 2027', formula: '[Pratiche ricevute]', targets: { 2027: '>= 5' } },
    ],
    ...overrides,
  });
}

describe('period calendar', () => {
  it('builds four-monthly periods by default and the other frequencies, the last one final', () => {
    expect(buildPeriods(2026)).toEqual([
      { code: '2026-1', year: 2026, end: '2026-04-30', final: false },
      { code: '2026-2', year: 2026, end: '2026-08-31', final: false },
      { code: '2026-3', year: 2026, end: '2026-12-31', final: true },
    ]);
    expect(buildPeriods(2028, 'monthly').map((p) => p.end).slice(0, 3)).toEqual(['2028-01-31', '2028-02-29', '2028-03-31']);
    expect(buildPeriods(2026, 'quarterly').map((p) => p.code)).toEqual(['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4']);
    expect(buildPeriods(2026, 'semester').map((p) => p.end)).toEqual(['2026-06-30', '2026-12-31']);
    expect(buildPeriods(2026, 'annual')).toEqual([{ code: '2026-A', year: 2026, end: '2026-12-31', final: true }]);
  });

  it('puts the entry deadline 15 days after the close, across months and years', () => {
    expect(entryDeadlineOf('2026-04-30')).toBe('2026-05-15');
    expect(entryDeadlineOf('2026-12-31')).toBe('2027-01-15');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(daysBetween('2026-05-10', '2026-05-15')).toBe(5);
    expect(isCalendarDate('2026-02-30')).toBe(false);
    expect(isCalendarDate('2026-02-28')).toBe(true);
  });
});

describe('interim status', () => {
  it('uses the documented defaults 90 / 60 with the default policy', () => {
    const thresholds = interimThresholdsOf(defaultScoringPolicy('T', 2026));
    expect(thresholds).toEqual({ onTrack: 90, atRisk: 60, source: 'policy' });
    expect([95, 90, 89.99, 60, 59.99, 0].map((a) => interimStatusOf(a, thresholds))).toEqual(['in_linea', 'in_linea', 'a_rischio', 'a_rischio', 'critico', 'critico']);
    expect(interimStatusOf(null)).toBeNull();
  });

  it('reads a_rischio from the policy when it defines a critico band', () => {
    const policy = scoringPolicySchema.parse({
      meta: { entity: 'T', year: 2026 },
      bands: { interim: [
        { key: 'in_linea', min: 80, colour: '#008055', icon: 'it-check', symbol: '✔', label: { it: 'In linea', en: 'On track' } },
        { key: 'a_rischio', min: 50, colour: '#995c00', icon: 'it-warning', symbol: '!', label: { it: 'A rischio', en: 'At risk' } },
        { key: 'critico', min: 0, colour: '#cc334d', icon: 'it-close', symbol: '✘', label: { it: 'Critico', en: 'Critical' } },
      ] },
    });
    expect(interimThresholdsOf(policy)).toEqual({ onTrack: 80, atRisk: 50, source: 'policy' });
    expect(interimThresholdsOf(null).source).toBe('default');
  });

  it('asks for a deviation when at risk during the year, or below 100 at the close', () => {
    const thresholds = interimThresholdsOf(null);
    expect(deviationNeedOf({ state: 'scored', score: 85 as never }, true, thresholds)).toEqual({ required: true, status: 'a_rischio', achievement: 85 });
    expect(deviationNeedOf({ state: 'scored', score: 95 as never }, true, thresholds).required).toBe(false);
    expect(deviationNeedOf({ state: 'scored', score: 95 as never }, false, thresholds).required).toBe(true);
    expect(deviationNeedOf({ state: 'missing', score: null }, false, thresholds)).toEqual({ required: false, status: null, achievement: null });
  });
});

describe('measure ownership and collection', () => {
  it('gives a measure the responsible units of the nodes using it (inherited), plus explicit assignments', () => {
    const plan = buildPlan();
    const ownership = buildMeasureOwnership(plan, [{ measure: 'FREE', unit: 'U1' }]);
    expect(ownership.units.get('PRAT')).toEqual(['A1']);
    expect(ownership.units.get('TOT')).toEqual(['A1', 'U2']);
    expect(ownership.units.get('BIL')).toEqual(['U2']);
    expect(ownership.units.get('FREE')).toEqual(['U1']);
    expect(ownership.indicators.get('TOT')).toEqual(['k1', 'k3']);
  });

  it('collects the measures of targeted indicators, annual ones only at the close', () => {
    const plan = buildPlan();
    const interim = collectionItems(plan, { year: 2026, final: false });
    expect(interim.map((item) => item.measure)).toEqual(['PRAT', 'TOT']);
    const close = collectionItems(plan, { year: 2026, final: true }, [{ measure: 'FREE', unit: 'U1' }]);
    expect(close.map((item) => item.measure)).toEqual(['PRAT', 'TOT', 'BIL', 'FREE']);
  });
});

describe('plan diff', () => {
  it('lists added, removed and changed objectives and indicators, targets and weights included', () => {
    const before = buildPlan();
    const after = buildPlan();
    after.nodes[1] = { ...after.nodes[1]!, title: 'Operativo rivisto', weight: 40 };
    after.indicators[0] = { ...after.indicators[0]!, targets: { 2026: '>= 70%' }, weight: 50 };
    after.indicators.splice(2, 1);
    after.indicators.push({ ...after.indicators[1]!, code: 'k4', name: 'Nuovo' });
    const diff = diffPlans(before, after);
    expect(diff.nodes).toEqual([{ kind: 'node', code: '1.1', label: 'Operativo rivisto', change: 'changed', fields: [
      { field: 'title', before: 'Operativo', after: 'Operativo rivisto' }, { field: 'weight', before: null, after: 40 },
    ] }]);
    expect(diff.indicators.map((item) => [item.code, item.change])).toEqual([['k1', 'changed'], ['k4', 'added'], ['k3', 'removed']]);
    expect(diff.indicators[0]!.fields).toEqual([{ field: 'weight', before: 60, after: 50 }, { field: 'targets.2026', before: '>= 80%', after: '>= 70%' }]);
    expect(diff.summary).toEqual({ added: 1, removed: 1, changed: 2, targetChanges: 1, weightChanges: 2 });
    expect(targetPairs(before, after, 2026)).toEqual([
      { indicator: 'k1', name: 'Evase su ricevute', original: '>= 80%', revised: '>= 70%' },
      { indicator: 'k2', name: 'Bilancio', original: '>= 1', revised: '>= 1' },
      { indicator: 'k4', name: 'Nuovo', original: null, revised: '>= 1' },
    ]);
  });
});

describe('frozen results helpers', () => {
  it('writes canonical JSON whatever the key order, -0 and undefined', () => {
    expect(canonicalJson({ b: 1, a: { d: undefined, c: -0 }, e: [undefined, 2] })).toBe('{"a":{"c":0},"b":1,"e":[null,2]}');
    expect(canonicalJson({ x: 1, y: 2 })).toBe(canonicalJson({ y: 2, x: 1 }));
    expect(jsonDifferences({ a: [1, 2], b: 'x' }, { a: [1, 3], b: 'x', c: true })).toEqual([
      { path: 'a[1]', before: 2, after: 3 }, { path: 'c', before: undefined, after: true },
    ]);
  });

  it('slices the plan to what a year depends on', () => {
    const plan = buildPlan({
      values: [{ measure: 'PRAT', year: 2025, value: 1 }, { measure: 'PRAT', year: 2026, value: 2 }, { measure: 'PRAT', year: 2027, value: 3 }],
      periods: buildPeriods(2026).concat(buildPeriods(2027)),
    });
    const slice = planYearSlice(plan, 2026);
    expect(slice.values.map((v) => v.year)).toEqual([2025, 2026]);
    expect(slice.periods.every((p) => p.year === 2026)).toBe(true);
  });
});

describe('OIV checklist and sample', () => {
  it('needs every item answered and negative answers explained', () => {
    expect(checklistProblems([]).map((p) => p.code)).toEqual(CHECKLIST_ITEMS.map(() => 'missing'));
    const answered = CHECKLIST_ITEMS.map((item) => ({ item, answer: 'yes' as const }));
    expect(checklistProblems(answered)).toEqual([]);
    const negative = answered.map((entry) => (entry.item === 'evidence_sampled' ? { item: entry.item, answer: 'no' as const } : entry));
    expect(checklistProblems(negative).map((p) => [p.item, p.code])).toEqual([['evidence_sampled', 'note_required']]);
  });

  it('draws the same sample from the same seed, without repeats', () => {
    const items = Array.from({ length: 50 }, (_, i) => i);
    const a = drawSample(items, 10, 42);
    expect(a).toEqual(drawSample(items, 10, 42));
    expect(new Set(a).size).toBe(10);
    expect(a).not.toEqual(drawSample(items, 10, 43));
    expect(drawSample(items.slice(0, 3), 10, 1)).toEqual([0, 1, 2]);
  });
});
