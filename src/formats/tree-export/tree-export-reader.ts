/**
 * Reader of the structured tree export (the layout of the Lecce plan, seed 004): areas, strategic
 * objectives with per-year KPI tables, programs known by name, operational objectives, actions,
 * "KPI Associati" tables and involved units. See docs/formats/tree-export.md.
 */
import type { ReaderEngine } from './engine-adapter.js';
import { engine as defaultEngine } from './engine.js';
import { byLine, IssueCollector, type ImportResult } from './import-warning.js';
import { classifyLines } from './tree-export-lines.js';
import { buildTreePlan, type TreeExportOptions } from './tree-export-plan.js';
import { parseTreeStructure } from './tree-export-structure.js';

export type { TreeExportOptions } from './tree-export-plan.js';

export function readTreeExport(text: string, options: TreeExportOptions, engine: ReaderEngine = defaultEngine): ImportResult {
  const issues = new IssueCollector(options.fileName);
  const nodes = parseTreeStructure(classifyLines(text), issues);
  const plan = buildTreePlan(nodes, options, issues, engine);
  return { plan: issues.errors.length > 0 ? null : plan, warnings: byLine(issues.warnings), errors: byLine(issues.errors) };
}
