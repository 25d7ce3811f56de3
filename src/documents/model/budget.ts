/** Budget figures of objectives for a year: per node and summed over nodes (exact decimal sums). */
import { exactSum } from '../../core/numbers/weighted-mean.js';
import type { PlanNode } from '../../core/plan/plan.schema.js';

export const BUDGET_FIELDS = ['revenue', 'costs', 'investments'] as const;
export type BudgetField = typeof BUDGET_FIELDS[number];
export type BudgetWhich = 'planned' | 'actual';

export function budgetAmount(node: PlanNode, year: number, field: BudgetField, which: BudgetWhich): number | undefined {
  return node.budget?.[String(year)]?.[field]?.[which];
}

/** The sum over the nodes that have the figure; undefined when none has it. */
export function budgetTotal(nodes: readonly PlanNode[], year: number, field: BudgetField, which: BudgetWhich): number | undefined {
  const amounts = nodes.map((node) => budgetAmount(node, year, field, which)).filter((amount): amount is number => amount !== undefined);
  return amounts.length === 0 ? undefined : exactSum(amounts);
}

export function hasBudget(nodes: readonly PlanNode[], year: number, which?: BudgetWhich): boolean {
  return nodes.some((node) => BUDGET_FIELDS.some((field) =>
    (which === undefined || which === 'planned') && budgetAmount(node, year, field, 'planned') !== undefined
    || (which === undefined || which === 'actual') && budgetAmount(node, year, field, 'actual') !== undefined));
}
