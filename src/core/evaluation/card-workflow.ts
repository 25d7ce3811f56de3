/**
 * The workflow of an evaluation card, as a pure state machine (Funzione Pubblica guideline n.2):
 * draft → assigned (objectives set by the evaluator) → acknowledged (presa visione) → mid-year check →
 * final proposal (with a mandatory feedback note) → final acknowledged → optional appeal within N days
 * (decided by a reviewer; the outcome may change the score) → closed.
 *
 * `applyCardTransition` checks who acts (the relations the caller holds to the card) and the state,
 * and returns the next record or a failure code; it never mutates its input.
 */
import type { BilingualMessage } from '../plan/plan-issue.js';

export const CARD_STATES = [
  'draft', 'assigned', 'acknowledged', 'mid_year_checked', 'final_proposed', 'final_acknowledged', 'appealed', 'closed',
] as const;
export type CardState = (typeof CARD_STATES)[number];

export const CARD_ACTIONS = [
  'assign', 'acknowledge', 'mid_year_check', 'propose_final', 'acknowledge_final', 'appeal', 'decide_appeal', 'close',
] as const;
export type CardAction = (typeof CARD_ACTIONS)[number];

/** How the caller relates to the card: the evaluated person, the evaluator, the appeal reviewer, the stp (manager of the cycle). */
export type CardRelation = 'person' | 'evaluator' | 'reviewer' | 'manager';

export interface CardScoreSnapshot { raw: number | null; adjusted: number | null }

export interface CardStep {
  action: CardAction;
  from: CardState;
  to: CardState;
  by: string;
  at: string;
  note?: string;
}

export interface CardAppeal {
  reason: string;
  filedAt: string;
  outcome?: 'accepted' | 'rejected';
  decidedBy?: string;
  decidedAt?: string;
  note?: string;
  scoreBefore?: CardScoreSnapshot;
}

export interface CardWorkflow {
  state: CardState;
  /** Days after the acknowledgement of the final evaluation within which an appeal may be filed. */
  appealDays: number;
  /** Username of the appeal reviewer; when absent the stp decides appeals. */
  reviewer?: string;
  feedback?: string;
  /** The final score, frozen at the final proposal and changed only by an accepted appeal. */
  finalScore?: CardScoreSnapshot;
  finalAcknowledgedAt?: string;
  appeal?: CardAppeal;
  history: CardStep[];
}

export interface CardTransitionInput {
  action: CardAction;
  note?: string;
  /** The card's current score (propose_final) or the score decided on appeal (decide_appeal, accepted). */
  score?: CardScoreSnapshot;
  outcome?: 'accepted' | 'rejected';
}

export interface CardTransitionContext {
  relations: readonly CardRelation[];
  username: string;
  /** ISO timestamp of the transition (the caller's clock: the core has none). */
  now: string;
}

export type CardWorkflowFailure =
  | 'card_transition_forbidden' | 'card_transition_invalid_state' | 'card_note_required'
  | 'card_appeal_expired' | 'card_appeal_window_open' | 'card_score_required' | 'card_outcome_required';

export type CardTransitionResult = { ok: true; value: CardWorkflow } | { ok: false; code: CardWorkflowFailure; message: BilingualMessage };

interface Rule { from: readonly CardState[]; to: CardState; who: readonly CardRelation[] }

export const CARD_TRANSITIONS: Readonly<Record<CardAction, Rule>> = {
  assign: { from: ['draft'], to: 'assigned', who: ['evaluator', 'manager'] },
  acknowledge: { from: ['assigned'], to: 'acknowledged', who: ['person'] },
  mid_year_check: { from: ['acknowledged'], to: 'mid_year_checked', who: ['evaluator'] },
  propose_final: { from: ['mid_year_checked'], to: 'final_proposed', who: ['evaluator'] },
  acknowledge_final: { from: ['final_proposed'], to: 'final_acknowledged', who: ['person'] },
  appeal: { from: ['final_acknowledged'], to: 'appealed', who: ['person'] },
  decide_appeal: { from: ['appealed'], to: 'closed', who: ['reviewer'] },
  close: { from: ['final_acknowledged'], to: 'closed', who: ['person', 'evaluator', 'manager'] },
};

/** States in which the evaluator may still edit the card's content. */
export const CARD_EDITABLE_STATES: readonly CardState[] = ['draft', 'assigned', 'acknowledged', 'mid_year_checked'];

export const CARD_WORKFLOW_MESSAGES: Readonly<Record<CardWorkflowFailure, BilingualMessage>> = {
  card_transition_forbidden: { it: 'Non puoi compiere questo passaggio su questa scheda.', en: 'You may not take this step on this card.' },
  card_transition_invalid_state: { it: 'Il passaggio non è possibile nello stato attuale della scheda.', en: 'The step is not possible in the card\'s current state.' },
  card_note_required: { it: 'Il passaggio richiede una nota (colloquio di feedback, motivo del ricorso o esito).', en: 'The step needs a note (feedback meeting, reason for the appeal or outcome).' },
  card_appeal_expired: { it: 'Il termine per presentare ricorso è scaduto.', en: 'The time limit for an appeal has passed.' },
  card_appeal_window_open: { it: 'La scheda si chiude alla scadenza del termine per il ricorso, o prima se la persona valutata vi rinuncia.', en: 'The card closes when the appeal period ends, or earlier if the evaluated person waives it.' },
  card_score_required: { it: 'Manca il punteggio della scheda: completare la valutazione prima della proposta finale.', en: 'The card has no score: complete the evaluation before the final proposal.' },
  card_outcome_required: { it: 'Indicare l\'esito del ricorso (accolto o respinto) e, se accolto, il nuovo punteggio.', en: 'Give the appeal outcome (accepted or rejected) and, when accepted, the new score.' },
};

export function newCardWorkflow(appealDays = 15, reviewer?: string): CardWorkflow {
  return { state: 'draft', appealDays, ...(reviewer ? { reviewer } : {}), history: [] };
}

/** The effective relations: a manager (stp) reviews appeals when no reviewer is named. */
function effectiveRelations(workflow: CardWorkflow, relations: readonly CardRelation[]): CardRelation[] {
  const result = relations.filter((relation) => relation !== 'reviewer' || workflow.reviewer !== undefined);
  if (workflow.reviewer === undefined && relations.includes('manager')) result.push('reviewer');
  return result;
}

/** The day the appeal period ends (inclusive), as an ISO timestamp; undefined before the final acknowledgement. */
export function appealDeadline(workflow: CardWorkflow): string | undefined {
  if (!workflow.finalAcknowledgedAt) return undefined;
  return new Date(Date.parse(workflow.finalAcknowledgedAt) + workflow.appealDays * 86_400_000).toISOString();
}

function failure(code: CardWorkflowFailure): CardTransitionResult {
  return { ok: false, code, message: CARD_WORKFLOW_MESSAGES[code] };
}

/** The actions the caller may take now (for the UI); timing rules are checked on the transition itself. */
export function allowedCardActions(workflow: CardWorkflow, relations: readonly CardRelation[]): CardAction[] {
  const who = effectiveRelations(workflow, relations);
  return CARD_ACTIONS.filter((action) => {
    const rule = CARD_TRANSITIONS[action];
    return rule.from.includes(workflow.state) && rule.who.some((relation) => who.includes(relation));
  });
}

function checkPayload(workflow: CardWorkflow, input: CardTransitionInput, context: CardTransitionContext): CardWorkflowFailure | null {
  const note = input.note?.trim() ?? '';
  const deadline = appealDeadline(workflow);
  switch (input.action) {
    case 'propose_final':
      if (note === '') return 'card_note_required';
      if (!input.score || input.score.raw === null) return 'card_score_required';
      return null;
    case 'appeal':
      if (note === '') return 'card_note_required';
      return deadline !== undefined && context.now > deadline ? 'card_appeal_expired' : null;
    case 'decide_appeal':
      if (note === '') return 'card_note_required';
      if (!input.outcome || (input.outcome === 'accepted' && (!input.score || input.score.raw === null))) return 'card_outcome_required';
      return null;
    case 'close': {
      const waived = context.relations.includes('person');
      return !waived && deadline !== undefined && context.now <= deadline ? 'card_appeal_window_open' : null;
    }
    default:
      return null;
  }
}

export function applyCardTransition(workflow: CardWorkflow, input: CardTransitionInput, context: CardTransitionContext): CardTransitionResult {
  const rule = CARD_TRANSITIONS[input.action];
  const who = effectiveRelations(workflow, context.relations);
  if (!rule.who.some((relation) => who.includes(relation))) return failure('card_transition_forbidden');
  if (!rule.from.includes(workflow.state)) return failure('card_transition_invalid_state');
  const problem = checkPayload(workflow, input, context);
  if (problem) return failure(problem);
  const note = input.note?.trim() || undefined;
  const step: CardStep = { action: input.action, from: workflow.state, to: rule.to, by: context.username, at: context.now, ...(note ? { note } : {}) };
  const next: CardWorkflow = { ...workflow, state: rule.to, history: [...workflow.history, step] };
  if (input.action === 'propose_final') {
    next.feedback = note;
    next.finalScore = { ...input.score! };
  } else if (input.action === 'acknowledge_final') {
    next.finalAcknowledgedAt = context.now;
  } else if (input.action === 'appeal') {
    next.appeal = { reason: note!, filedAt: context.now };
  } else if (input.action === 'decide_appeal') {
    const scoreBefore = workflow.finalScore;
    next.appeal = {
      ...workflow.appeal!, outcome: input.outcome!, decidedBy: context.username, decidedAt: context.now, note: note!,
      ...(scoreBefore ? { scoreBefore } : {}),
    };
    if (input.outcome === 'accepted') next.finalScore = { ...input.score! };
  }
  return { ok: true, value: next };
}
