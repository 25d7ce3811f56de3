/**
 * The demo plan: «Camera di Commercio di Esempio» (entity DEMO), Piano della performance 2025–2027.
 * 2025 is closed with final values; 2026 is in monitoring with values for the periods closing 30/04
 * and 31/08; 2027 is planned. Authored as readable TypeScript (org chart, tree, measures, indicators in
 * the sibling files) and checked against the plan schema, the plan validation and the lint by
 * demo-plan.test.ts.
 */
import { PLAN_FORMAT, planSchema, type Plan, type PlanInput } from '../../core/plan/plan.schema.js';
import { demoIndicators } from './demo-indicators.js';
import { demoMeasures, demoValues } from './demo-measures.js';
import { demoOrgUnits } from './demo-org.js';
import { demoNodes } from './demo-tree.js';

export const DEMO_ENTITY = { code: 'DEMO', name: 'Camera di Commercio di Esempio', kind: 'camera_di_commercio' } as const;
export const DEMO_PLAN_CODE = '2025-2027';

/** State of each plan year and the monitoring periods already closed. */
export const DEMO_YEAR_STATUS = { 2025: 'closed', 2026: 'monitoring', 2027: 'planning' } as const;
export const DEMO_CLOSED_PERIODS = ['2025-1', '2025-2', '2025-3', '2026-1'];

function fourMonthly(year: number): NonNullable<PlanInput['periods']> {
  return [
    { code: `${year}-1`, year, end: `${year}-04-30` },
    { code: `${year}-2`, year, end: `${year}-08-31` },
    { code: `${year}-3`, year, end: `${year}-12-31`, final: true },
  ];
}

const suspensionAct = { kind: 'determinazione' as const, number: '142', date: '2026-03-16', body: 'Segretario Generale' };

export const demoPlanInput: PlanInput = {
  format: PLAN_FORMAT,
  entity: { ...DEMO_ENTITY },
  plan: {
    code: DEMO_PLAN_CODE,
    title: 'Piano della performance 2025–2027 (sezione Performance del PIAO)',
    firstYear: 2025,
    lastYear: 2027,
    approvedBy: { kind: 'delibera_giunta', number: '8', date: '2025-01-29', body: 'Giunta camerale' },
    levels: [
      { key: 'strategic_area', label: { it: 'Area strategica', en: 'Strategic area' } },
      { key: 'strategic_objective', label: { it: 'Obiettivo strategico', en: 'Strategic objective' } },
      { key: 'program', label: { it: 'Programma', en: 'Program' } },
      { key: 'operational_objective', label: { it: 'Obiettivo operativo', en: 'Operational objective' } },
      { key: 'action', label: { it: 'Azione', en: 'Action' } },
    ],
  },
  orgUnits: demoOrgUnits,
  nodes: demoNodes,
  indicators: demoIndicators,
  measures: demoMeasures,
  periods: [...fourMonthly(2025), ...fourMonthly(2026), ...fourMonthly(2027)],
  values: demoValues,
  suspensions: [{
    target: { kind: 'indicator', code: 'kpiB212_01' },
    year: 2026,
    reason: "Ispezioni sospese: il Ministero ha sospeso la convenzione per la vigilanza sulla sicurezza dei prodotti in attesa del nuovo piano nazionale dei controlli.",
    act: suspensionAct,
  }],
  manualAchievements: [{
    target: { kind: 'indicator', code: 'kpiE2_02' },
    year: 2025,
    achievement: 90,
    justification: 'Unioncamere ha approvato la rendicontazione dei progetti +20% con una sola richiesta di integrazione (nota del 14/03/2026), chiusa nei termini.',
    by: 'oiv',
    at: '2026-03-20T11:00:00.000Z',
  }],
};

/** The demo plan with the plan schema's defaults applied. */
export function buildDemoPlan(): Plan {
  return planSchema.parse(demoPlanInput);
}
