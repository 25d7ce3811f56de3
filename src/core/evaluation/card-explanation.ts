/**
 * How a card's numbers are explained: a tree from the final score down to each linked indicator,
 * node, own indicator and behaviour, with the inputs, the weights as given and as normalised, what
 * was excluded and why, and the rule applied. Also the problems that keep a card incomplete.
 */
import type { BilingualMessage } from '../plan/plan-issue.js';
import type { Combination, CombinationState, Part, PartState, PartTreatment, PartWeighting } from './card-weighting.js';

export type ExplanationKind =
  | 'card' | 'component' | 'objective' | 'objective_result' | 'indicator' | 'node' | 'own_indicator'
  | 'behaviour' | 'entity' | 'unit';

export interface CardExplanation {
  kind: ExplanationKind;
  code: string;
  /** A name from the card or the plan is the same in both languages. */
  label: BilingualMessage;
  state: PartState | CombinationState;
  raw: number | null;
  adjusted: number | null;
  /** How this item was weighted within its parent (absent at the root). */
  weight?: PartWeighting;
  /** Why the item was excluded, counted as zero or blocked its parent. */
  note?: BilingualMessage;
  rule: BilingualMessage;
  /** Values read to compute this item (e.g. a rating and its scale). */
  inputs?: Readonly<Record<string, number | string | null>>;
  children: CardExplanation[];
}

/** Something that keeps a card from being scored, with where it is on the card. */
export interface CardProblem {
  code: string;
  /** Field path on the card, e.g. `objectives[1].indicators[0]`. */
  path: string;
  message: BilingualMessage;
}

const treatmentNotes: Partial<Record<PartTreatment, BilingualMessage>> = {
  excluded_suspended: {
    it: 'Sospeso: escluso dal calcolo, pesi rinormalizzati sugli elementi restanti.',
    en: 'Suspended: excluded, weights re-normalised over the remaining items.',
  },
  excluded_missing: {
    it: 'Dato mancante: escluso dal calcolo per regola del sistema di valutazione, pesi rinormalizzati.',
    en: 'No data: excluded by the evaluation rules, weights re-normalised.',
  },
  counted_as_zero: {
    it: 'Dato mancante: conteggiato come 0 per regola del sistema di valutazione.',
    en: 'No data: counted as 0 by the evaluation rules.',
  },
  blocking: {
    it: 'Non valutabile: la scheda resta incompleta finché non è risolto.',
    en: 'Cannot be scored: the card stays incomplete until this is resolved.',
  },
};

/** A name that has no translation (a person's, an objective's title). */
export function sameInBoth(text: string): BilingualMessage {
  return { it: text, en: text };
}

export function treatmentNote(treatment: PartTreatment): BilingualMessage | undefined {
  return treatmentNotes[treatment];
}

function toleranceText(threshold: number | undefined): BilingualMessage {
  if (threshold === undefined) return { it: '', en: '' };
  return {
    it: `; tolleranza: un risultato ≥ ${threshold} e < 100 vale 100`,
    en: `; tolerance: a result ≥ ${threshold} and < 100 counts as 100`,
  };
}

export const cardRules = {
  linkedIndicator: (): BilingualMessage => ({
    it: "Grado di raggiungimento grezzo dell'indicatore, dal calcolo della performance organizzativa.",
    en: "The indicator's raw achievement, from the organisational scoring.",
  }),
  linkedNode: (): BilingualMessage => ({
    it: 'Punteggio grezzo del nodo, dal calcolo della performance organizzativa.',
    en: "The node's raw score, from the organisational scoring.",
  }),
  ownIndicator: (): BilingualMessage => ({
    it: 'Grado di raggiungimento inserito sulla scheda, con motivazione.',
    en: 'Achievement entered on the card, with a justification.',
  }),
  objectiveResult: (): BilingualMessage => ({
    it: "Grado di raggiungimento dell'obiettivo fornito in ingresso.",
    en: "The objective's achievement as given.",
  }),
  objective: (threshold: number | undefined): BilingualMessage => {
    const tolerance = toleranceText(threshold);
    return {
      it: `Media ponderata degli elementi collegati (MR = Σ mᵢ·pᵢ / Σ pᵢ, sospesi esclusi)${tolerance.it}.`,
      en: `Weighted mean of the linked items (MR = Σ mᵢ·pᵢ / Σ pᵢ, suspended items excluded)${tolerance.en}.`,
    };
  },
  objectivesComponent: (): BilingualMessage => ({
    it: 'Media ponderata degli obiettivi della scheda, pesi rinormalizzati sugli obiettivi conteggiati.',
    en: "Weighted mean of the card's objectives, weights re-normalised over the objectives counted.",
  }),
  behaviour: (min: number, max: number, conversion: 'proportional' | 'linear'): BilingualMessage => conversion === 'proportional'
    ? { it: `Valutazione su scala ${min}–${max} convertita in punti: valutazione / ${max} × 100.`, en: `Rating on a ${min}–${max} scale converted to points: rating / ${max} × 100.` }
    : { it: `Valutazione su scala ${min}–${max} convertita in punti: (valutazione − ${min}) / (${max} − ${min}) × 100.`, en: `Rating on a ${min}–${max} scale converted to points: (rating − ${min}) / (${max} − ${min}) × 100.` },
  behavioursComponent: (): BilingualMessage => ({
    it: 'Media ponderata dei comportamenti valutati.',
    en: 'Weighted mean of the rated behaviours.',
  }),
  entity: (): BilingualMessage => ({
    it: "Performance organizzativa dell'ente (grezza e con tolleranza), dal calcolo del piano.",
    en: "The entity's organisational performance (raw and adjusted), from the plan's scoring.",
  }),
  unit: (unit: string): BilingualMessage => ({
    it: `Performance organizzativa dell'unità ${unit} (grezza e con tolleranza), dal calcolo del piano.`,
    en: `Organisational performance of unit ${unit} (raw and adjusted), from the plan's scoring.`,
  }),
  card: (threshold: number | undefined): BilingualMessage => {
    const tolerance = toleranceText(threshold);
    return {
      it: `Media ponderata delle componenti della scheda${tolerance.it}.`,
      en: `Weighted mean of the card's components${tolerance.en}.`,
    };
  },
};

/** A part of a combination with what is needed to explain it and to report it when it blocks. */
export interface ExplainedPart extends Part {
  kind: ExplanationKind;
  code: string;
  label: BilingualMessage;
  rule: BilingualMessage;
  /** Reported when the part blocks its parent. */
  problem?: CardProblem;
  inputs?: Readonly<Record<string, number | string | null>>;
  children?: CardExplanation[];
  /** Problems found below this part (already reported by its own combination). */
  problems?: CardProblem[];
}

/** The explanation nodes of the parts as combined, and the problems of the parts that block. */
export function explainParts(
  parts: readonly ExplainedPart[],
  combination: Combination,
): { children: CardExplanation[]; problems: CardProblem[] } {
  const problems: CardProblem[] = [];
  const children = parts.map((part, i): CardExplanation => {
    const weight = combination.weights[i];
    if (weight?.treatment === 'blocking') {
      if (part.problem !== undefined) problems.push(part.problem);
      problems.push(...(part.problems ?? []));
    }
    const note = weight === undefined ? undefined : treatmentNote(weight.treatment);
    return {
      kind: part.kind,
      code: part.code,
      label: part.label,
      state: part.state,
      raw: part.raw,
      adjusted: part.adjusted,
      ...(weight === undefined ? {} : { weight }),
      ...(note === undefined ? {} : { note }),
      rule: part.rule,
      ...(part.inputs === undefined ? {} : { inputs: part.inputs }),
      children: part.children ?? [],
    };
  });
  return { children, problems };
}
