/**
 * Lint of evaluation cards against their plan (and, when given, the card policy): weights that do not
 * sum to 100, links to indicators or nodes the plan does not have, components that cannot be scored,
 * missing evaluators, ratings off the scale. Each finding has a stable code, a severity, where it is
 * on the card and an Italian and English message.
 */
import { Decimal } from 'decimal.js';
import { formatNumber } from '../numbers/format-number.js';
import { issuePath, type BilingualMessage, type IssueSeverity } from '../plan/plan-issue.js';
import type { Plan } from '../plan/plan.schema.js';
import { isRatingOnScale } from './card-behaviours.js';
import type { CardPolicy } from './card-policy.schema.js';
import { cardComponents } from './card-scoring.js';
import { linkParts, type EvaluationCard } from './card.schema.js';

export interface CardIssue {
  code: string;
  severity: IssueSeverity;
  location: { kind: 'card'; code: string; path: string };
  message: BilingualMessage;
}

const DEFAULT_WEIGHT_TOLERANCE = 0.01;

interface LintContext {
  plan: Plan;
  policy: CardPolicy | undefined;
  indicators: ReadonlyMap<string, Plan['indicators'][number]>;
  nodes: ReadonlySet<string>;
  orgUnits: ReadonlySet<string>;
}

type Report = (code: string, severity: IssueSeverity, path: (string | number)[], it: string, en: string) => void;

function firstByCode<T extends { code: string }>(items: readonly T[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) if (!map.has(item.code)) map.set(item.code, item);
  return map;
}

export function lintCards(cards: readonly EvaluationCard[], plan: Plan, policy?: CardPolicy): CardIssue[] {
  const context: LintContext = {
    plan,
    policy,
    indicators: firstByCode(plan.indicators),
    nodes: new Set(plan.nodes.map((node) => node.code)),
    orgUnits: new Set(plan.orgUnits.map((unit) => unit.code)),
  };
  const issues: CardIssue[] = [];
  cards.forEach((card, position) => {
    const report: Report = (code, severity, path, it, en) => {
      issues.push({ code, severity, location: { kind: 'card', code: card.code, path: issuePath('cards', position, ...path) }, message: { it, en } });
    };
    lintHeader(card, context, report);
    lintComponents(card, context, report);
    lintObjectives(card, context, report);
    lintBehaviours(card, context, report);
  });
  issues.push(...lintDuplicates(cards));
  return issues;
}

function lintDuplicates(cards: readonly EvaluationCard[]): CardIssue[] {
  const issues: CardIssue[] = [];
  const codes = new Map<string, number>();
  const roles = new Map<string, number>();
  cards.forEach((card, position) => {
    const location = { kind: 'card' as const, code: card.code, path: issuePath('cards', position) };
    const first = codes.get(card.code);
    if (first !== undefined) {
      issues.push({ code: 'card_duplicate_code', severity: 'error', location, message: {
        it: `Il codice scheda ${card.code} è già usato dalla scheda n. ${first + 1}.`,
        en: `Card code ${card.code} is already used by card no. ${first + 1}.`,
      } });
    } else codes.set(card.code, position);
    const key = JSON.stringify([card.person.code, card.role, card.year, card.orgUnit ?? '']);
    const twin = roles.get(key);
    if (twin !== undefined) {
      issues.push({ code: 'card_duplicate_role', severity: 'warning', location, message: {
        it: `${card.person.name} ha già una scheda per lo stesso ruolo, unità e anno (scheda n. ${twin + 1}).`,
        en: `${card.person.name} already has a card for the same role, unit and year (card no. ${twin + 1}).`,
      } });
    } else roles.set(key, position);
  });
  return issues;
}

function lintHeader(card: EvaluationCard, context: LintContext, report: Report): void {
  const { firstYear, lastYear } = context.plan.plan;
  if (card.year < firstYear || card.year > lastYear) {
    report('card_year_outside_plan', 'error', ['year'],
      `L'anno ${card.year} della scheda è fuori dal periodo del piano (${firstYear}–${lastYear}).`,
      `The card's year ${card.year} is outside the plan's years (${firstYear}–${lastYear}).`);
  }
  if (card.evaluator === undefined) {
    report('card_missing_evaluator', 'warning', ['evaluator'],
      `La scheda di ${card.person.name} non indica il valutatore.`,
      `The card of ${card.person.name} names no evaluator.`);
  }
  if (card.orgUnit !== undefined && !context.orgUnits.has(card.orgUnit)) {
    report('card_unknown_org_unit', 'error', ['orgUnit'],
      `L'unità organizzativa ${card.orgUnit} non esiste nel piano.`,
      `Org unit ${card.orgUnit} does not exist in the plan.`);
  }
}

/** Checks that weights sum to 100 exactly in decimals; within the tolerance it is a warning. */
function lintWeightSum(
  weights: readonly number[], tolerance: number, report: Report, code: string, path: (string | number)[],
  what: { it: string; en: string },
): void {
  if (weights.length === 0) return;
  const sum = Decimal.sum(...weights);
  const gap = sum.minus(100).abs();
  if (gap.isZero()) return;
  const shown = { it: formatNumber(sum.toNumber(), 'it'), en: formatNumber(sum.toNumber(), 'en') };
  const severity: IssueSeverity = gap.lte(tolerance) ? 'warning' : 'error';
  report(code, severity, path,
    `I pesi ${what.it} sommano a ${shown.it} invece di 100${severity === 'warning' ? ' (scarto di arrotondamento?)' : ''}.`,
    `The weights of ${what.en} sum to ${shown.en} instead of 100${severity === 'warning' ? ' (a rounding slip?)' : ''}.`);
}

function lintComponents(card: EvaluationCard, context: LintContext, report: Report): void {
  const tolerance = context.policy?.weightTolerance ?? DEFAULT_WEIGHT_TOLERANCE;
  const components = context.policy === undefined ? card.components : cardComponents(card, context.policy);
  if (components.length === 0) {
    if (context.policy !== undefined) {
      report('card_components_missing', 'error', ['components'],
        `La scheda non indica le componenti e il sistema di valutazione non le definisce per il ruolo ${card.role}.`,
        `The card gives no components and the card policy defines none for role ${card.role}.`);
    }
    return;
  }
  lintWeightSum(components.map((component) => component.weight), tolerance, report, 'card_component_weights', ['components'],
    { it: 'delle componenti', en: 'the components' });
  const keys = new Set<string>();
  for (const component of components) {
    if (keys.has(component.key)) {
      report('card_duplicate_component', 'error', ['components'],
        `La componente ${component.key} compare più volte.`, `Component ${component.key} appears more than once.`);
    }
    keys.add(component.key);
  }
  const has = (key: string) => components.some((component) => component.key === key && component.weight > 0);
  if (has('unit_performance') && card.orgUnit === undefined) {
    report('card_unit_component_without_unit', 'error', ['orgUnit'],
      "La componente performance dell'unità ha un peso ma la scheda non indica l'unità organizzativa.",
      'The unit performance component has a weight but the card names no org unit.');
  }
  if (has('objectives') && card.objectives.length === 0) {
    report('card_objectives_component_empty', 'error', ['objectives'],
      'La componente obiettivi ha un peso ma la scheda non ha obiettivi.',
      'The objectives component has a weight but the card has no objectives.');
  }
  if (has('behaviours') && card.behaviours.length === 0) {
    report('card_behaviours_component_empty', 'error', ['behaviours'],
      'La componente comportamenti ha un peso ma la scheda non elenca comportamenti.',
      'The behaviours component has a weight but the card lists no behaviours.');
  }
}

function lintObjectives(card: EvaluationCard, context: LintContext, report: Report): void {
  const tolerance = context.policy?.weightTolerance ?? DEFAULT_WEIGHT_TOLERANCE;
  lintWeightSum(card.objectives.map((objective) => objective.weight), tolerance, report, 'card_objective_weights', ['objectives'],
    { it: 'degli obiettivi della scheda', en: "the card's objectives" });
  const seen = new Set<string>();
  card.objectives.forEach((objective, position) => {
    if (seen.has(objective.code)) {
      report('card_objective_duplicate_code', 'error', ['objectives', position, 'code'],
        `L'obiettivo ${objective.code} compare più volte sulla scheda.`, `Objective ${objective.code} appears more than once on the card.`);
    }
    seen.add(objective.code);
    if (objective.indicators.length + objective.nodes.length + objective.ownIndicators.length === 0) {
      report('card_objective_unmeasured', 'error', ['objectives', position],
        `L'obiettivo ${objective.code} non ha indicatori né nodi collegati: non è misurabile.`,
        `Objective ${objective.code} has no linked indicators or nodes: it cannot be measured.`);
    }
    lintLinks(card, position, context, report);
  });
}

function lintLinks(card: EvaluationCard, position: number, context: LintContext, report: Report): void {
  const objective = card.objectives[position];
  if (objective === undefined) return;
  objective.indicators.forEach((link, i) => {
    const { code } = linkParts(link);
    const indicator = context.indicators.get(code);
    const path = ['objectives', position, 'indicators', i];
    if (indicator === undefined) {
      report('card_unknown_indicator', 'error', path,
        `L'obiettivo ${objective.code} è collegato all'indicatore ${code}, che non esiste nel piano.`,
        `Objective ${objective.code} links to indicator ${code}, which does not exist in the plan.`);
    } else if (indicator.targets[String(card.year)] === undefined) {
      report('card_indicator_without_target', 'warning', path,
        `L'indicatore ${code} collegato all'obiettivo ${objective.code} non ha un target per il ${card.year}.`,
        `Indicator ${code} linked to objective ${objective.code} has no target for ${card.year}.`);
    }
  });
  objective.nodes.forEach((link, i) => {
    const { code } = linkParts(link);
    if (context.nodes.has(code)) return;
    report('card_unknown_node', 'error', ['objectives', position, 'nodes', i],
      `L'obiettivo ${objective.code} è collegato al nodo ${code}, che non esiste nel piano.`,
      `Objective ${objective.code} links to node ${code}, which does not exist in the plan.`);
  });
  const weights = [...objective.indicators, ...objective.nodes].map((link) => linkParts(link).weight)
    .concat(objective.ownIndicators.map((indicator) => indicator.weight));
  const given = weights.filter((weight) => weight !== undefined).length;
  if (given > 0 && given < weights.length) {
    report('card_link_weights_partial', 'warning', ['objectives', position],
      `Solo alcuni elementi dell'obiettivo ${objective.code} hanno un peso: gli altri prendono la media dei pesi indicati.`,
      `Only some items of objective ${objective.code} have a weight: the others take the mean of the given weights.`);
  }
}

function lintBehaviours(card: EvaluationCard, context: LintContext, report: Report): void {
  const policy = context.policy;
  const dictionary = policy?.behaviours[card.role];
  const seen = new Set<string>();
  card.behaviours.forEach((behaviour, position) => {
    const path = ['behaviours', position];
    if (seen.has(behaviour.code)) {
      report('card_behaviour_duplicate_code', 'error', path,
        `Il comportamento ${behaviour.code} compare più volte.`, `Behaviour ${behaviour.code} appears more than once.`);
    }
    seen.add(behaviour.code);
    if (dictionary !== undefined && !dictionary.some((entry) => entry.code === behaviour.code)) {
      report('card_behaviour_not_in_dictionary', 'warning', path,
        `Il comportamento ${behaviour.code} non è nel dizionario del ruolo ${card.role}.`,
        `Behaviour ${behaviour.code} is not in the dictionary of role ${card.role}.`);
    }
    if (policy !== undefined && behaviour.rating !== undefined && !isRatingOnScale(behaviour.rating, policy.ratingScale)) {
      const { min, max } = policy.ratingScale;
      report('card_rating_out_of_scale', 'error', [...path, 'rating'],
        `La valutazione ${formatNumber(behaviour.rating, 'it')} del comportamento ${behaviour.code} è fuori dalla scala ${min}–${max}.`,
        `Rating ${formatNumber(behaviour.rating, 'en')} of behaviour ${behaviour.code} is outside the ${min}–${max} scale.`);
    }
  });
}
