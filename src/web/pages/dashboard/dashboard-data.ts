/**
 * What the dashboard derives from the scores of a plan: the strategic areas with the number of
 * indicators in each status band, the indicators at risk, and the rows compared across the plan's
 * years. Pure functions of the API's answers (tested beside this file).
 */
import type { IndicatorScore, NodeScore, PlanScores, StatusBand } from '../../components/score/score-queries.js';

/** Bands that mean "needs attention": at risk during the year, not achieved at its end. */
export const RISK_BANDS: readonly string[] = ['a_rischio', 'non_raggiunto'];

export const NO_SCORE = 'none';

export interface AreaRow {
  code: string;
  title: string;
  /** Indicators per band key, and NO_SCORE for those without a score (missing, suspended, blocked…). */
  counts: Record<string, number>;
  total: number;
}

export interface AreaDistribution {
  /** The bands found, best first (by the highest score seen in each). */
  bands: StatusBand[];
  rows: AreaRow[];
}

/** The top-level node of the performance tree above a node (itself when it is one). */
function areaOf(code: string, nodes: ReadonlyMap<string, NodeScore>): NodeScore | undefined {
  let node = nodes.get(code);
  const seen = new Set<string>();
  while (node && node.parentCode !== null && !seen.has(node.code)) {
    seen.add(node.code);
    const parent = nodes.get(node.parentCode);
    if (!parent) break;
    node = parent;
  }
  return node;
}

function bandsBestFirst(indicators: readonly IndicatorScore[]): StatusBand[] {
  const best = new Map<string, { band: StatusBand; top: number }>();
  for (const indicator of indicators) {
    if (!indicator.band) continue;
    const score = indicator.score ?? 0;
    const seen = best.get(indicator.band.key);
    if (!seen || score > seen.top) best.set(indicator.band.key, { band: indicator.band, top: score });
  }
  return [...best.values()].sort((a, b) => b.top - a.top).map((entry) => entry.band);
}

export function buildAreaDistribution(scores: Pick<PlanScores, 'nodes' | 'indicators'>): AreaDistribution {
  const nodes = new Map(scores.nodes.map((node) => [node.code, node]));
  const areas = scores.nodes.filter((node) => node.section === 'tree' && node.parentCode === null);
  const rows = new Map(areas.map((area): [string, AreaRow] => [area.code, { code: area.code, title: area.title, counts: {}, total: 0 }]));
  const counted: IndicatorScore[] = [];
  for (const indicator of scores.indicators) {
    const area = areaOf(indicator.nodeCode, nodes);
    const row = area ? rows.get(area.code) : undefined;
    if (!row) continue;
    const key = indicator.band?.key ?? NO_SCORE;
    row.counts[key] = (row.counts[key] ?? 0) + 1;
    row.total += 1;
    counted.push(indicator);
  }
  return { bands: bandsBestFirst(counted), rows: [...rows.values()].filter((row) => row.total > 0) };
}

export interface RiskRow {
  indicator: IndicatorScore;
  node: NodeScore | undefined;
}

/** Indicators in a risk band, worst score first, then by code. */
export function indicatorsAtRisk(scores: Pick<PlanScores, 'nodes' | 'indicators'>): RiskRow[] {
  const nodes = new Map(scores.nodes.map((node) => [node.code, node]));
  return scores.indicators
    .filter((indicator) => indicator.band !== null && RISK_BANDS.includes(indicator.band.key))
    .sort((a, b) => (a.score ?? 0) - (b.score ?? 0) || a.code.localeCompare(b.code, 'it', { numeric: true }))
    .map((indicator) => ({ indicator, node: nodes.get(indicator.nodeCode) }));
}

export type ComparedKind = 'entity' | 'node' | 'unit';

export interface YearRow {
  kind: ComparedKind;
  code: string;
  label: string;
}

/** The rows of the year comparison: the entity, the strategic areas, the org units (as in `scores`). */
export function yearComparisonRows(scores: Pick<PlanScores, 'entity' | 'nodes' | 'units'>): YearRow[] {
  return [
    { kind: 'entity', code: scores.entity.code, label: scores.entity.name },
    ...scores.nodes.filter((node) => node.section === 'tree' && node.parentCode === null)
      .map((node): YearRow => ({ kind: 'node', code: node.code, label: node.title })),
    ...scores.units.map((unit): YearRow => ({ kind: 'unit', code: unit.code, label: unit.name })),
  ];
}

type Scored = Pick<IndicatorScore, 'rounded' | 'band' | 'state'>;

/** The result of a row in one year's scores, or undefined when that year has no such item. */
export function yearCell(scores: Pick<PlanScores, 'entity' | 'nodes' | 'units'>, row: YearRow): Scored | undefined {
  if (row.kind === 'entity') return scores.entity;
  const list: Array<Scored & { code: string }> = row.kind === 'node' ? scores.nodes : scores.units;
  return list.find((item) => item.code === row.code);
}
