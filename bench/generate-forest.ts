/**
 * A synthetic plan of any size for benchmarks: a realistic tree (areas → strategic objectives →
 * operational objectives → actions, indicators on every objective level), measures with values for
 * the year and the year before, the target kinds the documents use, a few suspensions, org units
 * responsible for objectives. Deterministic: the same seed gives the same plan.
 * The plan is built directly in its parsed shape (defaults applied), as the engine receives it.
 */
import { seededRandom } from '../src/core/cycle/value-sample.js';
import { PLAN_FORMAT, type Indicator, type Measure, type MeasureValue, type OrgUnit, type Plan, type PlanNode } from '../src/core/plan/plan.schema.js';

export interface ForestOptions { indicators: number; seed?: number; year?: number }


const node = (code: string, title: string, level: PlanNode['level'], parent: string | undefined, weight: number | undefined, units: string[]): PlanNode => ({
  code, title, section: 'tree', level, ...(parent !== undefined ? { parent } : {}), ...(weight !== undefined ? { weight } : {}),
  units: { responsible: units, involved: [] }, links: [], history: [],
});

interface Builder {
  random: () => number;
  year: number;
  indicators: Indicator[];
  measures: Measure[];
  values: MeasureValue[];
  sharedMeasures: string[];
}

function addMeasure(b: Builder, code: string, value: number | boolean | string, previous?: number): string {
  b.measures.push({ code, name: `Misura ${code}`, unit: 'number' });
  b.values.push({ measure: code, year: b.year, value, state: 'validated', enteredBy: 'bench', source: 'INTEGRA' });
  if (previous !== undefined) b.values.push({ measure: code, year: b.year - 1, value: previous, state: 'validated' });
  return code;
}

interface Drawn { formula: string; target: string; unit: Indicator['unit'] }
type KindBuilder = (b: Builder, m: string, n: (lo: number, hi: number) => number) => Drawn;

/** The kinds of indicator the documents show, with the share of each (cumulative thresholds). */
const KINDS: Array<[number, KindBuilder]> = [
  [0.35, (b, m, n) => ({ formula: addMeasure(b, m, n(50, 150)), target: `>= ${n(80, 120)}`, unit: 'number' })],
  [0.55, (b, m, n) => {
    const num = addMeasure(b, m, n(60, 100));
    const den = addMeasure(b, `M${b.measures.length}`, n(100, 110));
    return { formula: `${num} / ${den} * 100`, target: `>= ${n(70, 95)}%`, unit: 'percent' };
  }],
  [0.65, (b, m, n) => ({ formula: addMeasure(b, m, n(500, 700), n(500, 650)), target: `>= +${n(2, 15)}%`, unit: 'number' })],
  [0.75, (b, m, n) => ({ formula: addMeasure(b, m, n(10, 45)), target: `<= ${n(20, 40)} gg`, unit: 'days' })],
  [0.8, (b, m, n) => ({ formula: addMeasure(b, m, `${b.year}-0${n(4, 9)}-15`), target: `entro 30/06/${b.year}`, unit: 'date' })],
  [0.85, (b, m) => ({ formula: addMeasure(b, m, b.random() < 0.9), target: 'SI', unit: 'boolean' })],
  [0.9, (b, m, n) => ({ formula: addMeasure(b, m, n(80, 95)), target: '85% - 90%', unit: 'percent' })],
  [1, (b, m, n) => {
    const shared = b.sharedMeasures[Math.floor(b.random() * b.sharedMeasures.length)] as string;
    return { formula: `${addMeasure(b, m, n(1, 50))} / [Misura ${shared}] * 1000`, target: `>= ${n(5, 20)}`, unit: 'number' };
  }],
];

/** One indicator of a kind drawn at random, with its measures and values. */
function addIndicator(b: Builder, nodeCode: string, code: string, weight: number | undefined): void {
  const r = b.random();
  const n = (lo: number, hi: number) => Math.round(lo + b.random() * (hi - lo));
  const build = (KINDS.find(([threshold]) => r < threshold) ?? KINDS[0])?.[1] as KindBuilder;
  const { formula, target, unit } = build(b, `M${b.measures.length}`, n);
  b.indicators.push({
    code, node: nodeCode, name: `Indicatore ${code}`, formula, unit,
    targets: { [String(b.year)]: target }, ...(weight !== undefined ? { weight } : {}),
  });
}

function addIndicators(b: Builder, nodeCode: string, count: number): void {
  const weighted = b.random() < 0.5;
  for (let k = 1; k <= count; k += 1) addIndicator(b, nodeCode, `kpi${nodeCode}_${k}`, weighted ? 1 + Math.floor(b.random() * 5) * 10 : undefined);
}

/** A strategic objective with 2 indicators and 3 operational objectives of 3 indicators and 2 actions each. */
function addStrategicObjective(b: Builder, nodes: PlanNode[], orgUnits: OrgUnit[], area: string, soCode: string, weight: number): void {
  const unit = `U${soCode}`;
  orgUnits.push({ code: unit, name: `Servizio ${soCode}`, kind: 'service', parent: `U${area}` });
  nodes.push(node(soCode, `Obiettivo strategico ${soCode}`, 'strategic_objective', area, weight, [unit]));
  addIndicators(b, soCode, 2);
  for (let op = 1; op <= 3; op += 1) {
    const opCode = `${soCode}.${op}`;
    nodes.push(node(opCode, `Obiettivo operativo ${opCode}`, 'operational_objective', soCode, undefined, [unit]));
    addIndicators(b, opCode, 3);
    for (let ac = 1; ac <= 2; ac += 1) {
      const acCode = `${opCode}.${ac}`;
      nodes.push(node(acCode, `Azione ${acCode}`, 'action', opCode, 50, []));
      addIndicators(b, acCode, 3);
    }
  }
}

/**
 * A plan with about `indicators` indicators: per strategic objective 2 own indicators and 3
 * operational objectives, each with 3 indicators and 2 actions of 3 indicators (29 per strategic
 * objective); 6 strategic objectives per area.
 */
export function generateForest(options: ForestOptions): Plan {
  const year = options.year ?? 2026;
  const b: Builder = { random: seededRandom(options.seed ?? 42), year, indicators: [], measures: [], values: [], sharedMeasures: [] };
  for (let s = 0; s < 20; s += 1) b.sharedMeasures.push(addMeasure(b, `SH${s}`, 1000 + s * 37));
  const nodes: PlanNode[] = [];
  const orgUnits: OrgUnit[] = [];
  const strategicCount = Math.max(1, Math.ceil(options.indicators / 29));
  for (let so = 0; so < strategicCount && b.indicators.length < options.indicators; so += 1) {
    const area = `A${Math.floor(so / 6) + 1}`;
    if (so % 6 === 0) {
      nodes.push(node(area, `Area strategica ${area}`, 'strategic_area', undefined, undefined, []));
      orgUnits.push({ code: `U${area}`, name: `Area ${area}`, kind: 'area' });
    }
    addStrategicObjective(b, nodes, orgUnits, area, `${area}.${(so % 6) + 1}`, 10 + (so % 3) * 10);
  }
  const suspensions = b.indicators.filter((_, i) => i % 997 === 0)
    .map((indicator) => ({ target: { kind: 'indicator' as const, code: indicator.code }, year, reason: 'Sospeso (benchmark)' }));
  return {
    format: PLAN_FORMAT,
    entity: { code: 'BENCH', name: 'Camera di commercio sintetica' },
    plan: {
      title: `Piano sintetico (${b.indicators.length} indicatori)`, firstYear: year, lastYear: year,
      levels: [
        { key: 'strategic_area', codeRequired: true }, { key: 'strategic_objective', codeRequired: true },
        { key: 'operational_objective', codeRequired: true }, { key: 'action', codeRequired: true },
      ],
    },
    orgUnits, nodes, indicators: b.indicators, measures: b.measures, periods: [], values: b.values,
    suspensions, manualAchievements: [], cards: [],
  } as Plan;
}
