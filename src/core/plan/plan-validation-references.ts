/**
 * Referential integrity of the plan's leaves: indicators hang off existing nodes, values refer to
 * existing measures and periods and have the measure's type, suspensions and manual achievements
 * refer to existing items, and years fall within the plan.
 */
import type { PlanIndex } from './plan-index.js';
import { buildIssue, issuePath, type IssueLocation, type PlanIssue } from './plan-issue.js';
import type { IndicatorUnit, ManualAchievement, Plan, Suspension } from './plan.schema.js';

export function validateReferences(plan: Plan, index: PlanIndex): PlanIssue[] {
  return [
    ...validateIndicators(plan, index),
    ...validateYearKeys(plan),
    ...validatePeriods(plan),
    ...validateValues(plan, index),
    ...plan.suspensions.flatMap((suspension, position) => validateScoredRef(plan, index, suspension, 'suspensions', position)),
    ...plan.manualAchievements.flatMap((manual, position) => validateManual(plan, index, manual, position)),
  ];
}

function isPlanYear(plan: Plan, year: number): boolean {
  return year >= plan.plan.firstYear && year <= plan.plan.lastYear;
}

function outsidePlan(plan: Plan, location: IssueLocation, year: number, severity: 'error' | 'warning'): PlanIssue {
  const { firstYear, lastYear } = plan.plan;
  return buildIssue('year_outside_plan', severity, location, {
    it: `L'anno ${year} è fuori dal periodo del piano (${firstYear}–${lastYear}).`,
    en: `Year ${year} is outside the plan's years (${firstYear}–${lastYear}).`,
  });
}

/** Calendar check beyond the YYYY-MM-DD pattern of the schema (rejects 2026-02-30). */
export function isCalendarDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function validateIndicators(plan: Plan, index: PlanIndex): PlanIssue[] {
  const issues: PlanIssue[] = [];
  plan.indicators.forEach((indicator, position) => {
    if (!index.nodes.has(indicator.node)) {
      issues.push(buildIssue('indicator_node_unknown', 'error', { kind: 'indicator', code: indicator.code, path: issuePath('indicators', position, 'node') }, {
        it: `L'indicatore "${indicator.code}" è associato al nodo "${indicator.node}", che non esiste.`,
        en: `Indicator "${indicator.code}" hangs off node "${indicator.node}", which does not exist.`,
      }));
    }
  });
  return issues;
}

/** Year-keyed fields (targets, parameters, budgets) and first years outside the plan are suspicious. */
function validateYearKeys(plan: Plan): PlanIssue[] {
  const issues: PlanIssue[] = [];
  const check = (location: IssueLocation, year: number) => {
    if (!isPlanYear(plan, year)) issues.push(outsidePlan(plan, location, year, 'warning'));
  };
  plan.indicators.forEach((indicator, position) => {
    const at = (...rest: (string | number)[]) => ({ kind: 'indicator' as const, code: indicator.code, path: issuePath('indicators', position, ...rest) });
    for (const year of Object.keys(indicator.targets)) check(at('targets', year), Number(year));
    for (const [name, byYear] of Object.entries(indicator.parameters ?? {})) {
      for (const year of Object.keys(byYear)) check(at('parameters', name, year), Number(year));
    }
    if (indicator.firstYear !== undefined && indicator.firstYear > plan.plan.lastYear) check(at('firstYear'), indicator.firstYear);
  });
  plan.nodes.forEach((node, position) => {
    const at = (...rest: (string | number)[]) => ({ kind: 'node' as const, code: node.code, path: issuePath('nodes', position, ...rest) });
    for (const year of Object.keys(node.budget ?? {})) check(at('budget', year), Number(year));
    if (node.firstYear !== undefined && node.firstYear > plan.plan.lastYear) check(at('firstYear'), node.firstYear);
  });
  return issues;
}

function validatePeriods(plan: Plan): PlanIssue[] {
  const issues: PlanIssue[] = [];
  const finalOf = new Map<number, string>();
  plan.periods.forEach((period, position) => {
    const at = (field: string) => ({ kind: 'period' as const, code: period.code, path: issuePath('periods', position, field) });
    if (!isPlanYear(plan, period.year)) issues.push(outsidePlan(plan, at('year'), period.year, 'warning'));
    if (!isCalendarDate(period.end)) {
      issues.push(buildIssue('date_invalid', 'error', at('end'), {
        it: `La data di chiusura "${period.end}" del periodo "${period.code}" non esiste nel calendario.`,
        en: `The end date "${period.end}" of period "${period.code}" is not a calendar date.`,
      }));
    } else if (Number(period.end.slice(0, 4)) !== period.year) {
      issues.push(buildIssue('period_end_year', 'error', at('end'), {
        it: `Il periodo "${period.code}" è dell'anno ${period.year} ma si chiude il ${period.end}.`,
        en: `Period "${period.code}" belongs to ${period.year} but ends on ${period.end}.`,
      }));
    }
    if (!period.final) return;
    const earlier = finalOf.get(period.year);
    if (earlier !== undefined) {
      issues.push(buildIssue('period_final_duplicate', 'error', at('final'), {
        it: `L'anno ${period.year} ha due periodi finali: "${earlier}" e "${period.code}".`,
        en: `Year ${period.year} has two final periods: "${earlier}" and "${period.code}".`,
      }));
    } else finalOf.set(period.year, period.code);
  });
  return issues;
}

function valueFitsUnit(value: number | boolean | string, unit: IndicatorUnit): boolean {
  if (unit === 'text') return true;
  if (unit === 'boolean') return typeof value === 'boolean';
  if (unit === 'date') return typeof value === 'string';
  return typeof value === 'number';
}

function validateValues(plan: Plan, index: PlanIndex): PlanIssue[] {
  const issues: PlanIssue[] = [];
  const seen = new Map<string, number>();
  plan.values.forEach((entry, position) => {
    const at = (field: string) => ({ kind: 'value' as const, code: entry.measure, path: issuePath('values', position, field) });
    const measure = index.measures.get(entry.measure)?.item;
    if (measure === undefined) {
      issues.push(buildIssue('value_measure_unknown', 'error', at('measure'), {
        it: `Il valore si riferisce alla misura "${entry.measure}", che non esiste.`,
        en: `The value refers to measure "${entry.measure}", which does not exist.`,
      }));
    } else if (!valueFitsUnit(entry.value, measure.unit)) {
      issues.push(buildIssue('value_type_mismatch', 'error', at('value'), {
        it: `Il valore ${JSON.stringify(entry.value)} non è adatto alla misura "${measure.code}" (unità "${measure.unit}").`,
        en: `Value ${JSON.stringify(entry.value)} does not fit measure "${measure.code}" (unit "${measure.unit}").`,
      }));
    }
    if (typeof entry.value === 'string' && !isCalendarDate(entry.value)) {
      issues.push(buildIssue('date_invalid', 'error', at('value'), {
        it: `La data "${entry.value}" non esiste nel calendario.`,
        en: `The date "${entry.value}" is not a calendar date.`,
      }));
    }
    if (entry.year > plan.plan.lastYear) issues.push(outsidePlan(plan, at('year'), entry.year, 'warning'));
    issues.push(...validateValuePeriod(index, entry.period, entry.year, at('period')));
    if (entry.state === 'rejected') return;
    // Values in different states are a workflow (a validated value and a newer draft); the scorer takes
    // the most advanced state. Two in the same state are decided only by entry time or file order.
    const key = `${entry.measure}\u0000${entry.year}\u0000${entry.period ?? ''}\u0000${entry.state}`;
    const earlier = seen.get(key);
    if (earlier === undefined) seen.set(key, position);
    else issues.push(buildIssue('value_duplicate', 'warning', at('measure'), {
      it: `La misura "${entry.measure}" ha già un valore "${entry.state}" per ${entry.year}${entry.period ? ` (periodo ${entry.period})` : ''} in values[${earlier}]: conta il più recente per data di inserimento, poi l'ultimo nel file.`,
      en: `Measure "${entry.measure}" already has a "${entry.state}" value for ${entry.year}${entry.period ? ` (period ${entry.period})` : ''} at values[${earlier}]: the latest entered counts, then the last in the file.`,
    }));
  });
  return issues;
}

function validateValuePeriod(index: PlanIndex, periodCode: string | undefined, year: number, location: IssueLocation): PlanIssue[] {
  if (periodCode === undefined) return [];
  const period = index.periods.get(periodCode)?.item;
  if (period === undefined) {
    return [buildIssue('period_unknown', 'error', location, {
      it: `Il periodo "${periodCode}" non esiste.`,
      en: `Period "${periodCode}" does not exist.`,
    })];
  }
  if (period.year === year) return [];
  return [buildIssue('period_year_mismatch', 'error', location, {
    it: `Il periodo "${periodCode}" è dell'anno ${period.year}, non del ${year}.`,
    en: `Period "${periodCode}" belongs to ${period.year}, not to ${year}.`,
  })];
}

function validateScoredRef(
  plan: Plan,
  index: PlanIndex,
  entry: Suspension | ManualAchievement,
  section: 'suspensions' | 'manualAchievements',
  position: number,
): PlanIssue[] {
  const kind = section === 'suspensions' ? 'suspension' as const : 'manual_achievement' as const;
  const at = (...rest: string[]) => ({ kind, code: entry.target.code, path: issuePath(section, position, ...rest) });
  const issues: PlanIssue[] = [];
  const exists = entry.target.kind === 'indicator' ? index.indicators.has(entry.target.code) : index.nodes.has(entry.target.code);
  if (!exists) {
    const what = entry.target.kind === 'indicator' ? { it: "l'indicatore", en: 'indicator' } : { it: 'il nodo', en: 'node' };
    issues.push(buildIssue(`${kind}_target_unknown`, 'error', at('target', 'code'), {
      it: `${section === 'suspensions' ? 'La sospensione' : 'Il raggiungimento manuale'} si riferisce a ${what.it} "${entry.target.code}", che non esiste.`,
      en: `The ${section === 'suspensions' ? 'suspension' : 'manual achievement'} refers to ${what.en} "${entry.target.code}", which does not exist.`,
    }));
  }
  if (!isPlanYear(plan, entry.year)) issues.push(outsidePlan(plan, at('year'), entry.year, 'error'));
  return issues;
}

function validateManual(plan: Plan, index: PlanIndex, manual: ManualAchievement, position: number): PlanIssue[] {
  const location = { kind: 'manual_achievement' as const, code: manual.target.code, path: issuePath('manualAchievements', position, 'period') };
  return [
    ...validateScoredRef(plan, index, manual, 'manualAchievements', position),
    ...validateValuePeriod(index, manual.period, manual.year, location),
  ];
}
