/**
 * Referential integrity of a plan, beyond what the zod schema checks: unique codes, a sound tree
 * (parents exist, one level up, no cycles), known org units and links, and (in
 * plan-validation-references.ts) indicators, values, periods, suspensions and manual achievements that
 * refer to existing items within the plan's years.
 */
import { buildPlanIndex, type PlanIndex } from './plan-index.js';
import { buildIssue, issuePath, type IssueLocationKind, type PlanIssue } from './plan-issue.js';
import type { Plan, PlanNode } from './plan.schema.js';
import { validateReferences } from './plan-validation-references.js';

export type { PlanIssue } from './plan-issue.js';

export function validatePlan(plan: Plan): PlanIssue[] {
  const index = buildPlanIndex(plan);
  return [
    ...validatePlanHeader(plan),
    ...validateDuplicates(plan),
    ...validateOrgUnits(plan, index),
    ...validateNodes(plan, index),
    ...validateCycles(plan.nodes, 'node', 'nodes'),
    ...validateCycles(plan.orgUnits, 'org_unit', 'orgUnits'),
    ...validateReferences(plan, index),
  ];
}

function validatePlanHeader(plan: Plan): PlanIssue[] {
  const issues: PlanIssue[] = [];
  const { firstYear, lastYear, levels } = plan.plan;
  if (firstYear > lastYear) {
    issues.push(buildIssue('plan_years_inverted', 'error', { kind: 'plan', path: 'plan.lastYear' }, {
      it: `L'ultimo anno del piano (${lastYear}) precede il primo (${firstYear}).`,
      en: `The plan's last year (${lastYear}) comes before its first year (${firstYear}).`,
    }));
  }
  const seen = new Set<string>();
  levels.forEach((level, position) => {
    if (seen.has(level.key)) {
      issues.push(buildIssue('level_duplicate', 'error', { kind: 'level', code: level.key, path: issuePath('plan', 'levels', position) }, {
        it: `Il livello "${level.key}" compare più volte nello schema dei livelli.`,
        en: `Level "${level.key}" appears more than once in the level schema.`,
      }));
    }
    seen.add(level.key);
  });
  return issues;
}

const codedSections = [
  { key: 'orgUnits', kind: 'org_unit', it: "l'unità organizzativa", en: 'org unit' },
  { key: 'nodes', kind: 'node', it: 'il nodo', en: 'node' },
  { key: 'indicators', kind: 'indicator', it: "l'indicatore", en: 'indicator' },
  { key: 'measures', kind: 'measure', it: 'la misura', en: 'measure' },
  { key: 'periods', kind: 'period', it: 'il periodo', en: 'period' },
] as const;

function validateDuplicates(plan: Plan): PlanIssue[] {
  const issues: PlanIssue[] = [];
  for (const section of codedSections) {
    const first = new Map<string, number>();
    const items: readonly { code: string }[] = plan[section.key];
    items.forEach((item, position) => {
      const earlier = first.get(item.code);
      if (earlier === undefined) {
        first.set(item.code, position);
        return;
      }
      issues.push(buildIssue('duplicate_code', 'error', { kind: section.kind, code: item.code, path: issuePath(section.key, position, 'code') }, {
        it: `Codice duplicato: ${section.it} "${item.code}" è già definito in ${section.key}[${earlier}].`,
        en: `Duplicate code: ${section.en} "${item.code}" is already defined at ${section.key}[${earlier}].`,
      }));
    });
  }
  return issues;
}

function validateOrgUnits(plan: Plan, index: PlanIndex): PlanIssue[] {
  const issues: PlanIssue[] = [];
  plan.orgUnits.forEach((unit, position) => {
    if (unit.parent !== undefined && !index.orgUnits.has(unit.parent)) {
      issues.push(buildIssue('org_unit_parent_unknown', 'error', { kind: 'org_unit', code: unit.code, path: issuePath('orgUnits', position, 'parent') }, {
        it: `L'unità organizzativa "${unit.code}" ha come superiore "${unit.parent}", che non esiste.`,
        en: `Org unit "${unit.code}" has parent "${unit.parent}", which does not exist.`,
      }));
    }
    if (unit.validFrom !== undefined && unit.validTo !== undefined && unit.validFrom > unit.validTo) {
      issues.push(buildIssue('org_unit_validity_inverted', 'error', { kind: 'org_unit', code: unit.code, path: issuePath('orgUnits', position, 'validTo') }, {
        it: `L'unità organizzativa "${unit.code}" cessa (${unit.validTo}) prima di iniziare (${unit.validFrom}).`,
        en: `Org unit "${unit.code}" ends (${unit.validTo}) before it starts (${unit.validFrom}).`,
      }));
    }
  });
  return issues;
}

function validateNodes(plan: Plan, index: PlanIndex): PlanIssue[] {
  const issues: PlanIssue[] = [];
  plan.nodes.forEach((node, position) => {
    issues.push(...validateNodeTree(node, position, index));
    issues.push(...validateNodeReferences(node, position, index));
  });
  return issues;
}

function validateNodeTree(node: PlanNode, position: number, index: PlanIndex): PlanIssue[] {
  const at = (field: string) => ({ kind: 'node' as const, code: node.code, path: issuePath('nodes', position, field) });
  const parent = node.parent === undefined ? undefined : index.nodes.get(node.parent)?.item;
  if (node.parent !== undefined && parent === undefined) {
    return [buildIssue('node_parent_unknown', 'error', at('parent'), {
      it: `Il nodo "${node.code}" ha come padre "${node.parent}", che non esiste.`,
      en: `Node "${node.code}" has parent "${node.parent}", which does not exist.`,
    })];
  }
  if (node.section !== 'tree') return [];
  if (node.level === undefined) {
    return [buildIssue('node_level_missing', 'error', at('level'), {
      it: `Il nodo "${node.code}" dell'albero della performance non indica il livello.`,
      en: `Node "${node.code}" of the performance tree has no level.`,
    })];
  }
  const depth = index.levelDepth(node.level);
  if (depth === undefined) {
    return [buildIssue('node_level_unknown', 'error', at('level'), {
      it: `Il livello "${node.level}" del nodo "${node.code}" non è tra i livelli del piano.`,
      en: `Level "${node.level}" of node "${node.code}" is not one of the plan's levels.`,
    })];
  }
  if (parent === undefined) {
    if (depth === 0) return [];
    return [buildIssue('node_parent_missing', 'error', at('parent'), {
      it: `Il nodo "${node.code}" (livello "${node.level}") non ha un padre, ma non è al primo livello del piano.`,
      en: `Node "${node.code}" (level "${node.level}") has no parent but is not at the plan's top level.`,
    })];
  }
  if (parent.section !== 'tree') {
    return [buildIssue('node_parent_section', 'error', at('parent'), {
      it: `Il nodo "${node.code}" dell'albero ha come padre "${parent.code}", che non appartiene all'albero (sezione "${parent.section}").`,
      en: `Tree node "${node.code}" has parent "${parent.code}", which is not in the tree (section "${parent.section}").`,
    })];
  }
  const parentDepth = parent.level === undefined ? undefined : index.levelDepth(parent.level);
  if (parentDepth === undefined || parentDepth === depth - 1) return [];
  return [buildIssue('node_parent_level', 'error', at('parent'), {
    it: `Il nodo "${node.code}" (livello "${node.level}") ha come padre "${parent.code}" (livello "${parent.level}"): il padre deve stare al livello immediatamente superiore.`,
    en: `Node "${node.code}" (level "${node.level}") has parent "${parent.code}" (level "${parent.level}"): the parent must be one level up.`,
  })];
}

function validateNodeReferences(node: PlanNode, position: number, index: PlanIndex): PlanIssue[] {
  const issues: PlanIssue[] = [];
  for (const role of ['responsible', 'involved'] as const) {
    node.units[role].forEach((unitCode, slot) => {
      if (index.orgUnits.has(unitCode)) return;
      issues.push(buildIssue('org_unit_unknown', 'error', { kind: 'node', code: node.code, path: issuePath('nodes', position, 'units', role, slot) }, {
        it: `Il nodo "${node.code}" cita l'unità organizzativa "${unitCode}", che non esiste.`,
        en: `Node "${node.code}" refers to org unit "${unitCode}", which does not exist.`,
      }));
    });
  }
  node.links.forEach((linked, slot) => {
    if (index.nodes.has(linked) && linked !== node.code) return;
    issues.push(buildIssue('node_link_unknown', 'error', { kind: 'node', code: node.code, path: issuePath('nodes', position, 'links', slot) }, {
      it: `Il nodo "${node.code}" è collegato a "${linked}", che non esiste o è il nodo stesso.`,
      en: `Node "${node.code}" links to "${linked}", which does not exist or is the node itself.`,
    }));
  });
  return issues;
}

/** One issue per parent cycle, at the first item of the cycle in document order. */
function validateCycles(
  items: readonly { code: string; parent?: string | undefined }[],
  kind: IssueLocationKind,
  section: 'nodes' | 'orgUnits',
): PlanIssue[] {
  const parentOf = new Map<string, string | undefined>();
  const positionOf = new Map<string, number>();
  items.forEach((item, position) => {
    if (!positionOf.has(item.code)) {
      parentOf.set(item.code, item.parent);
      positionOf.set(item.code, position);
    }
  });
  const reported = new Set<string>();
  const issues: PlanIssue[] = [];
  for (const [start, position] of positionOf) {
    if (reported.has(start)) continue;
    const chain = cycleFrom(start, parentOf);
    if (chain === undefined) continue;
    chain.forEach((code) => reported.add(code));
    const text = [...chain, start].join(' → ');
    issues.push(buildIssue('parent_cycle', 'error', { kind, code: start, path: issuePath(section, position, 'parent') }, {
      it: `Ciclo nella gerarchia: ${text}.`,
      en: `Cycle in the hierarchy: ${text}.`,
    }));
  }
  return issues;
}

/** The cycle through `start` following parents (start first), or undefined when there is none. */
function cycleFrom(start: string, parentOf: ReadonlyMap<string, string | undefined>): string[] | undefined {
  const chain = [start];
  let current = parentOf.get(start);
  while (current !== undefined && chain.length <= parentOf.size) {
    if (current === start) return chain;
    if (chain.includes(current)) return undefined;
    chain.push(current);
    current = parentOf.get(current);
  }
  return undefined;
}
