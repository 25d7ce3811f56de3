/**
 * The budgets of a node's children add up to the node's budget, per year, item (revenue, costs,
 * investments) and side (planned, actual): the 3.380,80 typed for 3.830,80 case. When every child
 * gives the figure the totals must match; when only some do, they must not exceed the parent's.
 */
import { formatNumber } from '../numbers/format-number.js';
import { exactSum } from '../numbers/weighted-mean.js';
import { buildIssue, issuePath } from '../plan/plan-issue.js';
import type { Budget, PlanNode } from '../plan/plan.schema.js';
import type { LintContext } from './lint-context.js';
import type { LintCheck, LintFinding } from './lint-finding.js';

const items = {
  revenue: { it: 'proventi', en: 'revenue' },
  costs: { it: 'oneri', en: 'costs' },
  investments: { it: 'investimenti', en: 'investments' },
} as const;
const sides = { planned: { it: 'previsti', en: 'planned' }, actual: { it: 'effettivi', en: 'actual' } } as const;

const CENT = 0.005;

export const checkBudgets: LintCheck = (context) =>
  context.plan.nodes.flatMap((node, position) => checkNodeBudget(context, node, position));

function amountOf(budget: Budget | undefined, item: keyof typeof items, side: keyof typeof sides): number | undefined {
  return budget?.[item]?.[side];
}

function checkNodeBudget({ index }: LintContext, node: PlanNode, position: number): LintFinding[] {
  const children = index.childrenOf(node.code).map((child) => child.item);
  if (children.length === 0 || node.budget === undefined) return [];
  const findings: LintFinding[] = [];
  for (const [year, budget] of Object.entries(node.budget)) {
    for (const item of Object.keys(items) as (keyof typeof items)[]) {
      for (const side of Object.keys(sides) as (keyof typeof sides)[]) {
        const parentAmount = amountOf(budget, item, side);
        if (parentAmount === undefined) continue;
        const given = children.flatMap((child) => {
          const amount = amountOf(child.budget?.[year], item, side);
          return amount === undefined ? [] : [{ code: child.code, amount }];
        });
        if (given.length === 0) continue;
        const total = exactSum(given.map((entry) => entry.amount));
        const complete = given.length === children.length;
        const wrong = complete ? Math.abs(total - parentAmount) > CENT : total > parentAmount + CENT;
        if (!wrong) continue;
        const money = (value: number, locale: 'it' | 'en') => formatNumber(value, locale, 2);
        const terms = (locale: 'it' | 'en') => given.map((entry) => `${entry.code} ${money(entry.amount, locale)}`).join(' + ');
        const label = { it: `${items[item].it} ${sides[side].it}`, en: `${sides[side].en} ${items[item].en}` };
        findings.push(buildIssue('budget_total_mismatch', 'error', { kind: 'node', code: node.code, path: issuePath('nodes', position, 'budget', year, item, side) }, {
          it: `Budget ${year} del nodo "${node.code}", ${label.it}: ${money(parentAmount, 'it')}, ma i nodi figli ${complete ? 'sommano a' : 'superano già il totale con'} ${money(total, 'it')} (${terms('it')}). Un errore di battitura?`,
          en: `Budget ${year} of node "${node.code}", ${label.en}: ${money(parentAmount, 'en')}, but the child nodes ${complete ? 'add up to' : 'already exceed it with'} ${money(total, 'en')} (${terms('en')}). A typing error?`,
        }));
      }
    }
  }
  return findings;
}
