/**
 * Plan indicators of the objective cards. A formula over coded measures becomes a canonical formula
 * directly; a prose formula (the strategic cards print some without codes) takes the coded formula of
 * the same indicator on an individual card when there is one, else goes through the prose importer.
 */
import type { Indicator, IndicatorUnit } from '../../core/plan/plan.schema.js';
import type { ReaderEngine } from '../tree-export/engine-adapter.js';
import { excerpt, type IssueCollector } from '../tree-export/import-warning.js';
import { unitOfTarget, type FormulaCell } from './card-export-cells.js';
import type { CardMeasures } from './card-export-measures.js';
import type { ParsedRow } from './card-export-rows.js';
import { indicatorWithoutCode } from './card-export-warnings.js';

export interface IndicatorContext {
  nodeCode: string;
  ordinal: number;
  position: number;
  /** A coded formula for the same indicator found on an individual card. */
  cardFormula?: FormulaCell;
}

export interface IndicatorDeps { measures: CardMeasures; engine: ReaderEngine; issues: IssueCollector }

function unitOf(row: ParsedRow): IndicatorUnit {
  if (row.value.unit !== undefined) return row.value.unit;
  for (const target of row.targets) {
    const unit = unitOfTarget(target.text);
    if (unit !== undefined) return unit;
  }
  return 'number';
}

function indicatorCode(row: ParsedRow, context: IndicatorContext, issues: IssueCollector): string {
  if (row.indicator.code !== null) return row.indicator.code;
  const code = `${context.nodeCode}-I${context.ordinal}`;
  issues.warn(row.indicator.placeholder ? 'indicator_code_placeholder' : 'indicator_code_missing', { line: row.line, column: 1 },
    indicatorWithoutCode(row.indicator.name, code));
  return code;
}

function proseFormula(row: ParsedRow, path: string, deps: IndicatorDeps): string | undefined {
  const conversion = deps.engine.convertProse(row.formula.text, deps.measures.known());
  for (const name of conversion.measureNames) deps.measures.codeOfName(name, row.formula.source);
  const canonical = conversion.canonical ?? undefined;
  if (conversion.confidence === 'high' && canonical !== undefined) return canonical;
  for (const reason of conversion.reasons) {
    deps.issues.warn(canonical === undefined ? 'formula_not_converted' : 'formula_review', { line: row.line, column: 2, path }, {
      it: `Algoritmo "${excerpt(row.formula.text)}"${canonical === undefined ? ' non convertito' : ` convertito in "${excerpt(canonical)}", da verificare`}: ${reason.it}`,
      en: `Formula "${excerpt(row.formula.text)}"${canonical === undefined ? ' not converted' : ` converted to "${excerpt(canonical)}", to be reviewed`}: ${reason.en}`,
    });
  }
  return canonical;
}

function formulaOf(row: ParsedRow, context: IndicatorContext, deps: IndicatorDeps): string | undefined {
  const path = `indicators[${context.position}].formula`;
  if (row.formula.text === '') return undefined;
  if (row.formula.coded) return deps.measures.canonical(row.formula, row.line, path) ?? undefined;
  if (context.cardFormula) return deps.measures.canonical(context.cardFormula, row.line, path) ?? proseFormula(row, path, deps);
  return proseFormula(row, path, deps);
}

function checkTargets(row: ParsedRow, position: number, deps: IndicatorDeps): void {
  const unit = unitOf(row);
  for (const target of row.targets) {
    for (const problem of deps.engine.checkTarget(target.text, { unit, planYear: target.year })) {
      deps.issues.warn('target_unreadable', { line: row.line, path: `indicators[${position}].targets.${target.year}` }, {
        it: `Target ${target.year} "${excerpt(target.text)}": ${problem.it}`,
        en: `Target ${target.year} "${excerpt(target.text)}": ${problem.en}`,
      });
    }
  }
}

export function buildCardIndicator(row: ParsedRow, context: IndicatorContext, deps: IndicatorDeps): Indicator {
  const formula = formulaOf(row, context, deps);
  checkTargets(row, context.position, deps);
  const { indicator: cell, value } = row;
  return {
    code: indicatorCode(row, context, deps.issues),
    node: context.nodeCode,
    name: (cell.name === '' ? cell.description ?? context.nodeCode : cell.name).slice(0, 1000),
    ...(cell.description === undefined ? {} : { description: cell.description }),
    ...(cell.type === undefined ? {} : { type: cell.type }),
    ...(formula === undefined ? {} : { formula }),
    ...(row.formula.text === '' ? {} : { formulaProse: row.formula.text.slice(0, 4000) }),
    unit: unitOf(row),
    ...(value.value === undefined ? {} : { baseline: { value: value.value, text: value.text ?? String(value.value), ...(row.baselineYear === undefined ? {} : { year: row.baselineYear }) } }),
    targets: Object.fromEntries(row.targets.map((target) => [String(target.year), target.text.slice(0, 500)])),
    ...(row.formula.source === undefined ? {} : { source: row.formula.source }),
  };
}
