/**
 * The parts of an import report computed from plans alone: what the plan holds (counts by level and
 * kind), how it differs from the plan it would replace (codes added, changed, removed per kind), the
 * lint findings located in the file, and the checks the database would otherwise fail on with an
 * obscure message (a NUL character in a text).
 */
import { lintPlan } from '../../core/lint/lint-plan.js';
import type { LevelKey, Plan } from '../../core/plan/plan.schema.js';
import { reportIssue, type ReportIssue, type ReportLocation } from './import-read.js';

export interface ImportCounts {
  byLevel: Partial<Record<LevelKey, number>>;
  nodes: number;
  indicators: number;
  measures: number;
  orgUnits: number;
  cards: number;
  periods: number;
  values: number;
}

export const DIFF_KINDS = ['orgUnits', 'nodes', 'indicators', 'measures', 'periods', 'values', 'suspensions', 'manualAchievements', 'cards'] as const;
export type DiffKind = (typeof DIFF_KINDS)[number];
export type CodesByKind = Record<DiffKind, string[]>;

export interface PlanDiff {
  /** True when the plan header (title, years, levels, approving act) changes. */
  headerChanged: boolean;
  added: CodesByKind;
  changed: CodesByKind;
  removed: CodesByKind;
}

export function countPlan(plan: Plan): ImportCounts {
  const byLevel: Partial<Record<LevelKey, number>> = {};
  for (const level of plan.plan.levels) byLevel[level.key] = 0;
  for (const node of plan.nodes) if (node.section === 'tree' && node.level) byLevel[node.level] = (byLevel[node.level] ?? 0) + 1;
  return {
    byLevel, nodes: plan.nodes.length, indicators: plan.indicators.length, measures: plan.measures.length,
    orgUnits: plan.orgUnits.length, cards: plan.cards.length, periods: plan.periods.length, values: plan.values.length,
  };
}

/** Keys of the items of a kind: codes, or a composite key for the lists without codes. */
function keyed(plan: Plan, kind: DiffKind): Map<string, string> {
  const seen = new Map<string, number>();
  const unique = (key: string) => {
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    return n === 1 ? key : `${key} (${n})`;
  };
  const items: [string, unknown][] = (() => {
    switch (kind) {
      case 'values': return plan.values.map((value) => [unique(`${value.measure} ${value.period ?? value.year} ${value.state}`), value]);
      case 'suspensions': return plan.suspensions.map((item) => [unique(`${item.target.code} ${item.year}`), item]);
      case 'manualAchievements': return plan.manualAchievements.map((item) => [unique(`${item.target.code} ${item.period ?? item.year}`), item]);
      default: return (plan[kind] as { code: string }[]).map((item) => [item.code, item]);
    }
  })();
  return new Map(items.map(([key, item]) => [key, JSON.stringify(item)]));
}

function emptyCodes(): CodesByKind {
  return Object.fromEntries(DIFF_KINDS.map((kind) => [kind, [] as string[]])) as unknown as CodesByKind;
}

/** What replacing `before` with `after` adds, changes and removes. Org units are never removed by an import. */
export function diffPlans(before: Plan, after: Plan): PlanDiff {
  const diff: PlanDiff = { headerChanged: JSON.stringify(before.plan) !== JSON.stringify(after.plan), added: emptyCodes(), changed: emptyCodes(), removed: emptyCodes() };
  for (const kind of DIFF_KINDS) {
    const old = keyed(before, kind);
    const fresh = keyed(after, kind);
    for (const [key, item] of fresh) {
      if (!old.has(key)) diff.added[kind].push(key);
      else if (old.get(key) !== item) diff.changed[kind].push(key);
    }
    if (kind === 'orgUnits') continue;
    for (const key of old.keys()) if (!fresh.has(key)) diff.removed[kind].push(key);
  }
  return diff;
}

export function isEmptyDiff(diff: PlanDiff): boolean {
  return !diff.headerChanged && DIFF_KINDS.every((kind) => diff.added[kind].length + diff.changed[kind].length + diff.removed[kind].length === 0);
}

/** Lint findings of the plan, located in the file where the format can tell. */
export function lintIssues(plan: Plan, locate: (path: string) => ReportLocation | undefined, fileName: string): ReportIssue[] {
  return lintPlan(plan).map((finding) => {
    const item = { kind: finding.location.kind, ...(finding.location.code !== undefined ? { code: finding.location.code } : {}) };
    const location = locate(finding.location.path) ?? { file: fileName, path: finding.location.path };
    return reportIssue(finding.code, finding.severity, { ...location, item }, finding.message);
  });
}

/** Texts with a NUL character, which PostgreSQL cannot store: blocking errors at their field path. */
export function nulCharacterIssues(plan: Plan, locate: (path: string) => ReportLocation | undefined, fileName: string): ReportIssue[] {
  const issues: ReportIssue[] = [];
  const visit = (value: unknown, path: string): void => {
    if (typeof value === 'string') {
      if (value.includes('\u0000')) {
        issues.push(reportIssue('text_nul_character', 'error', locate(path) ?? { file: fileName, path }, {
          it: 'Il testo contiene un carattere nullo (U+0000), che non può essere salvato: eliminalo.',
          en: 'The text contains a NUL character (U+0000), which cannot be stored: remove it.',
        }));
      }
    } else if (Array.isArray(value)) {
      value.forEach((item, i) => visit(item, `${path}[${i}]`));
    } else if (value !== null && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) visit(item, path === '' ? key : `${path}.${key}`);
    }
  };
  visit(plan, '');
  return issues;
}

/** A plan that does not cover the year the caller asked for. */
export function yearIssue(plan: Plan, year: number | undefined, fileName: string): ReportIssue[] {
  if (year === undefined || (year >= plan.plan.firstYear && year <= plan.plan.lastYear)) return [];
  return [reportIssue('year_outside_plan', 'error', { file: fileName, path: 'plan.firstYear' }, {
    it: `Il piano del file copre gli anni ${plan.plan.firstYear}–${plan.plan.lastYear}, non il ${year} richiesto.`,
    en: `The file's plan covers ${plan.plan.firstYear}–${plan.plan.lastYear}, not the requested year ${year}.`,
  })];
}
