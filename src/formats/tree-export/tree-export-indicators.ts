/**
 * Indicators of the tree export: one per "KPI Associati" row, coded after their node (`A.1.3.1-K2`)
 * since the file has no indicator codes. The prose formula is kept and converted to the canonical
 * language; conversions the importer is not sure of become warnings with the reason.
 */
import type { Indicator, IndicatorUnit } from '../../core/plan/plan.schema.js';
import type { ReaderEngine, YearTarget } from './engine-adapter.js';
import { excerpt, type IssueCollector } from './import-warning.js';
import { readKpiRow, type KpiRow } from './kpi-row.js';
import type { MeasureRegistry } from './measure-registry.js';
import type { RawNode } from './tree-export-structure.js';

export interface IndicatorDraft {
  indicator: Indicator;
  row: KpiRow;
  /** Targets as split from the source; `year: null` is a single target for the plan's first year. */
  yearTargets: YearTarget[];
}

const WEIGHT_TOLERANCE = 0.01;

export function readNodeRows(node: RawNode, issues: IssueCollector): KpiRow[] {
  return node.kpis.map((row) => readKpiRow(row, issues)).filter((row): row is KpiRow => row !== null);
}

/** Weights within a node must sum to 100 (33,33 + 33,33 + 33,34 does). */
export function checkNodeWeights(nodeCode: string, rows: readonly KpiRow[], issues: IssueCollector): void {
  const weights = rows.map((row) => row.weight);
  if (weights.length === 0 || weights.every((weight) => weight === undefined)) return;
  const sum = weights.reduce<number>((total, weight) => total + (weight ?? 0), 0);
  if (Math.abs(sum - 100) <= WEIGHT_TOLERANCE && weights.every((weight) => weight !== undefined)) return;
  const shown = Math.round(sum * 100) / 100;
  issues.warn('weights_not_100', { line: rows[0]?.line ?? 0 }, {
    it: `I pesi degli indicatori di ${nodeCode} sommano a ${String(shown).replace('.', ',')} invece di 100.`,
    en: `The indicator weights of ${nodeCode} sum to ${shown} instead of 100.`,
  });
}

function unitFromTargets(targets: readonly YearTarget[]): IndicatorUnit {
  const texts = targets.map((target) => target.text);
  if (texts.some((text) => /\d{1,2}\/\d{1,2}\/\d{4}|^entro\b/i.test(text))) return 'date';
  if (texts.some((text) => /%/.test(text))) return 'percent';
  if (texts.some((text) => /\bgg\b|giorni/i.test(text))) return 'days';
  if (texts.length > 0 && texts.every((text) => /^(si|sì|no)$/i.test(text.trim()))) return 'boolean';
  return 'number';
}

function convertFormula(draft: IndicatorDraft, path: string, engine: ReaderEngine, measures: MeasureRegistry, issues: IssueCollector): void {
  const { row, indicator } = draft;
  if (row.prose === '') {
    issues.warn('formula_missing', { line: row.line, column: 2, path }, {
      it: `L'indicatore "${excerpt(row.name)}" non ha algoritmo: sarà valutato a mano.`,
      en: `Indicator "${excerpt(row.name)}" has no formula: it will be scored by hand.`,
    });
    return;
  }
  // No measures are known before the file is read: names stay names, each becoming one measure.
  const conversion = engine.convertProse(row.prose, []);
  for (const name of conversion.measureNames) measures.codeFor(name);
  if (conversion.canonical !== null) indicator.formula = conversion.canonical;
  if (conversion.confidence === 'high' && conversion.canonical !== null) return;
  const reasons = conversion.reasons.length > 0 ? conversion.reasons : [{ code: 'unknown', it: 'motivo non indicato', en: 'no reason given' }];
  for (const reason of reasons) {
    issues.warn(conversion.canonical === null ? 'formula_not_converted' : 'formula_review', { line: row.line, column: 2, path }, {
      it: `Algoritmo "${excerpt(row.prose)}" ${conversion.canonical === null ? 'non convertito' : `convertito in "${excerpt(conversion.canonical)}", da verificare`}: ${reason.it}`,
      en: `Formula "${excerpt(row.prose)}" ${conversion.canonical === null ? 'not converted' : `converted to "${excerpt(conversion.canonical)}", to be reviewed`}: ${reason.en}`,
    });
  }
}

function splitTargets(row: KpiRow, path: string, engine: ReaderEngine, issues: IssueCollector): YearTarget[] {
  if (row.targetText === '') {
    issues.warn('target_missing', { line: row.line, column: 5, path }, {
      it: `L'indicatore "${excerpt(row.name)}" non ha target.`,
      en: `Indicator "${excerpt(row.name)}" has no target.`,
    });
    return [];
  }
  const reading = engine.splitYearTargets(row.targetText);
  for (const problem of reading.problems) {
    issues.warn('target_unreadable', { line: row.line, column: 5, path }, {
      it: `Target "${excerpt(row.targetText)}": ${problem.it}`,
      en: `Target "${excerpt(row.targetText)}": ${problem.en}`,
    });
  }
  return reading.targets;
}

/** Builds the indicator of one row (targets are placed on years later, once the plan years are known). */
export function buildIndicatorDraft(
  nodeCode: string, ordinal: number, row: KpiRow, position: number,
  engine: ReaderEngine, measures: MeasureRegistry, issues: IssueCollector,
): IndicatorDraft {
  const indicator: Indicator = {
    code: `${nodeCode}-K${ordinal}`,
    node: nodeCode,
    name: row.name.slice(0, 1000),
    formulaProse: row.prose === '' ? undefined : row.prose.slice(0, 4000),
    unit: 'number',
    targets: {},
  };
  if (row.weight !== undefined) indicator.weight = row.weight;
  if (row.baseline !== undefined) indicator.baseline = { ...row.baseline, text: row.baseline.text.slice(0, 500) };
  const draft: IndicatorDraft = { indicator, row, yearTargets: [] };
  convertFormula(draft, `indicators[${position}].formula`, engine, measures, issues);
  draft.yearTargets = splitTargets(row, `indicators[${position}].targets`, engine, issues);
  indicator.unit = unitFromTargets(draft.yearTargets);
  return draft;
}

/** Places the targets on the plan's years; a target without a year is the first year's. */
export function placeTargets(draft: IndicatorDraft, position: number, firstYear: number, engine: ReaderEngine, issues: IssueCollector): void {
  const { indicator, row } = draft;
  for (const target of draft.yearTargets) {
    const year = target.year ?? firstYear;
    indicator.targets[String(year)] = target.text.slice(0, 500);
    for (const problem of engine.checkTarget(target.text, { unit: indicator.unit, planYear: year })) {
      issues.warn('target_unreadable', { line: row.line, column: 5, path: `indicators[${position}].targets.${year}` }, {
        it: `Target ${year} "${excerpt(target.text)}": ${problem.it}`,
        en: `Target ${year} "${excerpt(target.text)}": ${problem.en}`,
      });
    }
  }
  if (indicator.baseline?.value !== undefined) indicator.baseline.year = firstYear - 1;
}
