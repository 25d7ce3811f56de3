/**
 * What card scoring reads from the organisational results: the achievement and state of each plan
 * indicator and node, the entity's score and each org unit's score. Two shapes feed it: results keyed
 * by plan code (built from a ScoredPlan) or, when the objectives were scored elsewhere, achievements
 * keyed by the card objective's code.
 */

/** `error`: the organisational result could not be computed (formula, target or data error, or blocked below). */
export type LinkedState = 'scored' | 'suspended' | 'missing' | 'error';

/** One organisational result as a card sees it: raw and tolerance-adjusted achievement, in percent. */
export interface LinkedResult {
  state: LinkedState;
  raw: number | null;
  adjusted: number | null;
}

interface SourceScores {
  /** The year the results are for; a card of another year is not scored against them. */
  year?: number;
  /** Organisational performance of the entity. */
  entity?: LinkedResult;
  /** Organisational performance of each org unit, by unit code. */
  units: ReadonlyMap<string, LinkedResult>;
}

/** Results of plan items by code. */
export interface OrganisationalResults extends SourceScores {
  kind: 'organisational';
  indicators: ReadonlyMap<string, LinkedResult>;
  nodes: ReadonlyMap<string, LinkedResult>;
}

/** Achievements of card objectives by objective code (the objectives' links are then not read). */
export interface ObjectiveResults extends SourceScores {
  kind: 'objectives';
  objectives: ReadonlyMap<string, LinkedResult>;
}

export type CardSource = OrganisationalResults | ObjectiveResults;

/** A value written by hand: a number (scored), 'suspended', or null (no data yet). */
export type ResultShorthand = number | 'suspended' | null;

export function linkedResult(value: ResultShorthand, adjusted?: number): LinkedResult {
  if (value === null) return { state: 'missing', raw: null, adjusted: null };
  if (value === 'suspended') return { state: 'suspended', raw: null, adjusted: null };
  return { state: 'scored', raw: value, adjusted: adjusted ?? value };
}

function toMap(values: Readonly<Record<string, ResultShorthand>> | undefined): Map<string, LinkedResult> {
  const map = new Map<string, LinkedResult>();
  for (const [code, value] of Object.entries(values ?? {})) map.set(code, linkedResult(value));
  return map;
}

export interface ScoresShorthand {
  entity?: ResultShorthand;
  units?: Readonly<Record<string, ResultShorthand>>;
}

/** Objective achievements written by hand, e.g. `{ SG_1: 99.2, SG_2: 100 }`. */
export function buildObjectiveResults(
  objectives: Readonly<Record<string, ResultShorthand>>,
  scores: ScoresShorthand = {},
): ObjectiveResults {
  return {
    kind: 'objectives',
    objectives: toMap(objectives),
    entity: scores.entity === undefined ? undefined : linkedResult(scores.entity),
    units: toMap(scores.units),
  };
}

/** Plan item results written by hand (tests, what-if). */
export function buildOrganisationalResults(
  items: { indicators?: Readonly<Record<string, ResultShorthand>>; nodes?: Readonly<Record<string, ResultShorthand>> },
  scores: ScoresShorthand = {},
): OrganisationalResults {
  return {
    kind: 'organisational',
    indicators: toMap(items.indicators),
    nodes: toMap(items.nodes),
    entity: scores.entity === undefined ? undefined : linkedResult(scores.entity),
    units: toMap(scores.units),
  };
}
