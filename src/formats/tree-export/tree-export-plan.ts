/**
 * Third pass of the tree export reader: raw nodes become the plan (nodes, org units, indicators,
 * measures, years), then the plan schema and the plan's integrity rules are checked and their
 * problems reported at the source line of the item concerned.
 */
import { validatePlan } from '../../core/plan/plan-validation.js';
import { PLAN_FORMAT, planSchema, type Level, type Plan, type PlanInput, type PlanNode } from '../../core/plan/plan.schema.js';
import { describeSchemaIssues } from '../plan-file-issues.js';
import type { ReaderEngine } from './engine-adapter.js';
import type { IssueCollector } from './import-warning.js';
import { MeasureRegistry } from './measure-registry.js';
import { buildIndicatorDraft, checkNodeWeights, placeTargets, readNodeRows, type IndicatorDraft } from './tree-export-indicators.js';
import { levelLabel, TREE_LEVELS, type RawNode } from './tree-export-structure.js';
import { buildUnitCatalogue } from './tree-export-units.js';

export interface TreeExportOptions { entityCode: string; entityName: string; fileName?: string }

const LEVEL_LABELS: Record<string, { it: string; en: string }> = {
  strategic_area: { it: 'Area strategica', en: 'Strategic area' },
  strategic_objective: { it: 'Obiettivo strategico', en: 'Strategic objective' },
  program: { it: 'Programma', en: 'Program' },
  operational_objective: { it: 'Obiettivo operativo', en: 'Operational objective' },
  action: { it: 'Azione', en: 'Action' },
};

export const TREE_LEVEL_SCHEMA: Level[] = TREE_LEVELS.map((key) => ({
  key, label: LEVEL_LABELS[key], codeRequired: key !== 'program',
}));

/** Codes as written; programs get `<parent>-P<n>` (n-th program of that parent), stable across re-imports of a document. */
export function assignNodeCodes(nodes: readonly RawNode[], issues: IssueCollector): string[] {
  const codes: string[] = [];
  const programCounts = new Map<string, number>();
  const seen = new Map<string, number>();
  nodes.forEach((node, index) => {
    let code = node.code ?? `${levelLabel(node.level).slice(0, 1)}${index + 1}`;
    if (node.level === 'program') {
      const parent = node.parent === null ? '' : (codes[node.parent] ?? '');
      const count = (programCounts.get(parent) ?? 0) + 1;
      programCounts.set(parent, count);
      code = parent === '' ? `P${count}` : `${parent}-P${count}`;
    }
    const previous = seen.get(code);
    if (previous !== undefined) {
      issues.error('node_code_duplicate', { line: node.line }, {
        it: `Codice ${code} già usato alla riga ${previous}.`,
        en: `Code ${code} already used at line ${previous}.`,
      });
    } else seen.set(code, node.line);
    codes.push(code);
  });
  return codes;
}

function toPlanNode(node: RawNode, code: string, parent: string | undefined, involved: string[]): PlanNode {
  const description = node.description.join('\n\n');
  return {
    code,
    title: (node.title === '' ? code : node.title).slice(0, 1000),
    ...(description === '' ? {} : { description: description.slice(0, 20_000) }),
    section: 'tree',
    level: node.level,
    ...(parent === undefined ? {} : { parent }),
    units: { responsible: [], involved: [...new Set(involved)] },
    links: [],
    history: [],
  };
}

function planYears(drafts: readonly IndicatorDraft[], issues: IssueCollector): { first: number; last: number } | null {
  const years = drafts.flatMap((draft) => draft.yearTargets.map((target) => target.year)).filter((year): year is number => year !== null);
  const dated = drafts.flatMap((draft) => draft.yearTargets.map((target) => /\d{1,2}\/\d{1,2}\/(\d{4})/.exec(target.text)?.[1]))
    .filter((year): year is string => year !== undefined).map(Number);
  const all = years.length > 0 ? years : dated;
  if (all.length === 0) {
    issues.error('plan_years_missing', { line: 0 }, {
      it: 'Impossibile stabilire gli anni del piano: nessun target indica un anno ("Anno: 2021 …") o una data.',
      en: 'Cannot tell the plan years: no target gives a year ("Anno: 2021 …") or a date.',
    });
    return null;
  }
  return { first: Math.min(...all), last: Math.max(...all) };
}

function buildDrafts(nodes: readonly RawNode[], codes: readonly string[], engine: ReaderEngine, measures: MeasureRegistry, issues: IssueCollector): IndicatorDraft[] {
  const drafts: IndicatorDraft[] = [];
  nodes.forEach((node, index) => {
    const code = codes[index] as string;
    const rows = readNodeRows(node, issues);
    checkNodeWeights(code, rows, issues);
    rows.forEach((row, ordinal) => drafts.push(buildIndicatorDraft(code, ordinal + 1, row, drafts.length, engine, measures, issues)));
  });
  return drafts;
}

export function buildTreePlan(nodes: readonly RawNode[], options: TreeExportOptions, issues: IssueCollector, engine: ReaderEngine): Plan | null {
  if (nodes.length === 0) {
    issues.error('no_nodes', { line: 0 }, {
      it: 'Nessun obiettivo trovato: il file non ha intestazioni "Area strategica:", "Obiettivo strategico:", "Obiettivo operativo:" o "Azione:".',
      en: 'No objectives found: the file has no "Area strategica:", "Obiettivo strategico:", "Obiettivo operativo:" or "Azione:" headings.',
    });
    return null;
  }
  const codes = assignNodeCodes(nodes, issues);
  const units = buildUnitCatalogue(nodes, issues);
  const measures = new MeasureRegistry();
  const drafts = buildDrafts(nodes, codes, engine, measures, issues);
  const years = planYears(drafts, issues);
  if (years === null) return null;
  drafts.forEach((draft, position) => placeTargets(draft, position, years.first, engine, issues));
  const input: PlanInput = {
    format: PLAN_FORMAT,
    entity: { code: options.entityCode, name: options.entityName },
    plan: { title: `Piano della performance ${years.first}–${years.last}`, firstYear: years.first, lastYear: years.last, levels: TREE_LEVEL_SCHEMA },
    orgUnits: units.orgUnits,
    nodes: nodes.map((node, index) => toPlanNode(node, codes[index] as string, node.parent === null ? undefined : codes[node.parent], node.units.map(units.codeOf))),
    indicators: drafts.map((draft) => draft.indicator),
    measures: measures.measures(),
  };
  // Reading errors already make the import fail; the schema would only repeat them in other words.
  if (issues.errors.length > 0) return null;
  return checkPlan(input, lineMap(nodes, codes, drafts), issues);
}

function lineMap(nodes: readonly RawNode[], codes: readonly string[], drafts: readonly IndicatorDraft[]): Map<string, number> {
  const lines = new Map<string, number>();
  nodes.forEach((node, index) => lines.set(`nodes[${index}]`, node.line));
  drafts.forEach((draft, index) => lines.set(`indicators[${index}]`, draft.row.line));
  codes.forEach((code, index) => lines.set(code, nodes[index]?.line ?? 0));
  return lines;
}

/** Schema and integrity check; every problem is an error located at the source line when known. */
export function checkPlan(input: PlanInput, lines: ReadonlyMap<string, number>, issues: IssueCollector): Plan | null {
  const parsed = planSchema.safeParse(input);
  if (!parsed.success) {
    for (const problem of describeSchemaIssues(parsed.error.issues, input)) {
      const path = problem.path.map((key) => (typeof key === 'number' ? `[${key}]` : `.${key}`)).join('').replace(/^\./, '');
      issues.error('plan_schema', { line: lineOf(path, lines), path }, problem.message);
    }
    return null;
  }
  for (const issue of validatePlan(parsed.data)) {
    const where = { line: lineOf(issue.location.path, lines), path: issue.location.path };
    if (issue.severity === 'error') issues.error(issue.code, where, issue.message);
    else issues.warn(issue.code, where, issue.message);
  }
  return parsed.data;
}

function lineOf(path: string, lines: ReadonlyMap<string, number>): number {
  const item = /^(nodes|indicators)\[\d+\]/.exec(path)?.[0];
  return item === undefined ? 0 : (lines.get(item) ?? 0);
}

