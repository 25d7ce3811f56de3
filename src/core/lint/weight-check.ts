/**
 * Weights per group sum to 100: the indicators of a node, and the children of a parent (the top-level
 * nodes of each section form a group too). Rounded thirds (33,33 + 33,33 + 33,34) are accepted: the
 * tolerance is 0,01 per weight. A group where only some items carry a weight is ambiguous.
 */
import { formatNumber } from '../numbers/format-number.js';
import { exactSum } from '../numbers/weighted-mean.js';
import { buildIssue, issuePath, type IssueLocation } from '../plan/plan-issue.js';
import type { LintContext } from './lint-context.js';
import type { LintCheck, LintFinding } from './lint-finding.js';

interface WeightedEntry { code: string; weight?: number | undefined; path: string; kind: 'node' | 'indicator' }

interface WeightGroup {
  entries: WeightedEntry[];
  location: IssueLocation;
  what: { it: string; en: string };
}

export const checkWeights: LintCheck = (context) => weightGroups(context).flatMap(checkGroup);

function weightGroups({ plan, index }: LintContext): WeightGroup[] {
  const groups: WeightGroup[] = [];
  plan.nodes.forEach((node, position) => {
    if (index.nodes.get(node.code)?.position !== position) return;
    const location = { kind: 'node' as const, code: node.code, path: issuePath('nodes', position) };
    const indicators = index.indicatorsOf(node.code).map(({ item, position: at }) => (
      { code: item.code, weight: item.weight, path: issuePath('indicators', at, 'weight'), kind: 'indicator' as const }));
    groups.push({ entries: indicators, location, what: { it: `degli indicatori del nodo "${node.code}"`, en: `of the indicators of node "${node.code}"` } });
    const children = index.childrenOf(node.code).map(({ item, position: at }) => (
      { code: item.code, weight: item.weight, path: issuePath('nodes', at, 'weight'), kind: 'node' as const }));
    groups.push({ entries: children, location, what: { it: `dei nodi figli di "${node.code}"`, en: `of the child nodes of "${node.code}"` } });
  });
  for (const section of ['tree', 'entity', 'unit'] as const) {
    const roots = plan.nodes
      .map((node, position) => ({ node, position }))
      .filter(({ node }) => node.section === section && node.parent === undefined);
    const first = roots[0];
    if (first === undefined) continue;
    groups.push({
      entries: roots.map(({ node, position }) => ({ code: node.code, weight: node.weight, path: issuePath('nodes', position, 'weight'), kind: 'node' as const })),
      location: { kind: 'node', code: first.node.code, path: issuePath('nodes', first.position, 'weight') },
      what: { it: `dei nodi di primo livello (sezione "${section}")`, en: `of the top-level nodes (section "${section}")` },
    });
  }
  return groups;
}

function checkGroup(group: WeightGroup): LintFinding[] {
  const weighted = group.entries.filter((entry) => entry.weight !== undefined);
  if (weighted.length === 0) return [];
  if (weighted.length < group.entries.length) {
    return group.entries.filter((entry) => entry.weight === undefined).map((entry) =>
      buildIssue('weight_missing', 'error', { kind: entry.kind, code: entry.code, path: entry.path }, {
        it: `"${entry.code}" non ha un peso, mentre gli altri elementi ${group.what.it} lo hanno: il calcolo sarebbe ambiguo.`,
        en: `"${entry.code}" has no weight while the other items ${group.what.en} do: scoring would be ambiguous.`,
      }));
  }
  const total = exactSum(weighted.map((entry) => entry.weight as number));
  const tolerance = 0.01 * weighted.length;
  if (Math.abs(total - 100) <= tolerance + 1e-9) return [];
  const terms = (locale: 'it' | 'en') => weighted.map((entry) => `${entry.code} ${formatNumber(entry.weight as number, locale)}`).join(' + ');
  return [buildIssue('weights_sum', 'error', group.location, {
    it: `I pesi ${group.what.it} sommano a ${formatNumber(total, 'it')} invece di 100 (${terms('it')}).`,
    en: `The weights ${group.what.en} add up to ${formatNumber(total, 'en')} instead of 100 (${terms('en')}).`,
  })];
}
