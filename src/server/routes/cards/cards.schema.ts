/** Evaluation cards and the fund: request and response schemas, the presenter, and the problem table. */
import { z } from 'zod';
import { CARD_ACTIONS, CARD_STATES } from '../../../core/evaluation/card-workflow.js';
import { evaluationCardSchema, CARD_ROLES } from '../../../core/evaluation/card.schema.js';
import { fundPolicySchema } from '../../../core/evaluation/card-policy.schema.js';
import type { ProblemTable } from '../../http/problem.js';
import type { CardView } from '../../services/card.js';
import { codeParam, entityParams } from '../common.schema.js';

const year = z.coerce.number().int().min(1990).max(2100).describe('Year of evaluation');

export const yearQuery = z.strictObject({ year });
export const cardParams = entityParams.extend({ cardCode: codeParam });

export const saveCardBody = z.strictObject({
  card: evaluationCardSchema,
  version: z.number().int().positive().optional().describe('The version read; absent to create the card'),
  appealDays: z.number().int().min(0).max(365).optional().describe('Days after the final acknowledgement within which an appeal may be filed (default 15)'),
  reviewer: codeParam.optional().describe('Username of the appeal reviewer; absent: the stp decides appeals'),
});

export const transitionBody = z.strictObject({
  year: z.number().int().min(1990).max(2100),
  action: z.enum(CARD_ACTIONS),
  version: z.number().int().positive().describe('The workflow version read'),
  note: z.string().max(8000).optional().describe('Mandatory for the final proposal (feedback), an appeal (reason) and its decision'),
  outcome: z.enum(['accepted', 'rejected']).optional(),
  score: z.strictObject({ raw: z.number().min(0).max(1000), adjusted: z.number().min(0).max(1000).optional() }).optional()
    .describe('decide_appeal, accepted: the score decided'),
});

const scoreSnapshot = z.object({ raw: z.number().nullable(), adjusted: z.number().nullable() });

const workflowSchema = z.object({
  state: z.enum(CARD_STATES),
  version: z.number().int(),
  appealDays: z.number().int(),
  appealDeadline: z.string().nullable(),
  reviewer: z.string().nullable(),
  feedback: z.string().nullable(),
  finalScore: scoreSnapshot.nullable(),
  appeal: z.object({
    reason: z.string(), filedAt: z.string(), outcome: z.enum(['accepted', 'rejected']).optional(),
    decidedBy: z.string().optional(), decidedAt: z.string().optional(), note: z.string().optional(), scoreBefore: scoreSnapshot.optional(),
  }).nullable(),
  history: z.array(z.object({ action: z.enum(CARD_ACTIONS), from: z.enum(CARD_STATES), to: z.enum(CARD_STATES), by: z.string(), at: z.string(), note: z.string().optional() })),
});

export const cardResponse = z.object({
  code: z.string(),
  year: z.number().int(),
  version: z.number().int(),
  card: z.record(z.string(), z.unknown()).describe('The card as in the plan file'),
  workflow: workflowSchema,
  relations: z.array(z.enum(['person', 'evaluator', 'reviewer', 'manager'])),
  actions: z.array(z.enum(CARD_ACTIONS)).describe('The workflow steps the caller may take now'),
  canEdit: z.boolean(),
  auditIds: z.object({ card: z.string(), workflow: z.string().nullable() }).describe('objectId of the card and of its workflow in the audit trail (GET …/audit)'),
});

export const cardListResponse = z.object({ year: z.number().int(), items: z.array(cardResponse) });

export const saveCardResponse = cardResponse.extend({
  warnings: z.array(z.object({ code: z.string(), path: z.string(), message: z.object({ it: z.string(), en: z.string() }) })),
});

export const cardScoreResponse = z.object({
  code: z.string(),
  year: z.number().int(),
  state: z.string(),
  raw: z.number().nullable(),
  adjusted: z.number().nullable(),
  rounded: z.object({ raw: z.number().nullable(), adjusted: z.number().nullable() }),
  finalScore: scoreSnapshot.nullable().describe('The frozen final score of the workflow, when proposed'),
  components: z.array(z.record(z.string(), z.unknown())),
  problems: z.array(z.record(z.string(), z.unknown())),
  explanation: z.record(z.string(), z.unknown()),
});

export const fundBody = z.strictObject({
  year: z.number().int().min(1990).max(2100),
  fund: z.number().nonnegative().max(1e12).describe('Euros, at most two decimals'),
  policy: fundPolicySchema.optional().describe("A what-if policy; absent: the year's card policy"),
  roles: z.array(z.enum(CARD_ROLES)).optional().describe('Card roles taking part (dirigenti and P.O. are paid from different funds)'),
  people: z.array(z.strictObject({
    code: codeParam.describe("The person's code (username) on the card"),
    partTimePercent: z.number().gt(0).max(100).optional().describe('Default 100'),
    absenceDays: z.number().nonnegative().max(366).optional().describe('Default 0'),
  })).max(5000).optional().describe('Payroll data for pro-rating (part-time, absences) of people with a closed card'),
});

export const fundExportBody = fundBody.extend({
  format: z.enum(['csv', 'xlsx']),
  locale: z.enum(['it', 'en']).default('it'),
});

export const fundCsvQuery = z.strictObject({
  year,
  fund: z.coerce.number().nonnegative().max(1e12),
  roles: z.string().regex(/^[a-z,]+$/).optional().describe('Comma-separated card roles'),
  locale: z.enum(['it', 'en']).default('it'),
});

export const fundResponse = z.object({
  year: z.number().int(),
  whatIf: z.boolean(),
  openCards: z.number().int().describe('Cards of the year not closed yet, left out'),
  fundCents: z.number().int(),
  distributedCents: z.number().int(),
  undistributedCents: z.number().int(),
  policy: z.record(z.string(), z.unknown()),
  rows: z.array(z.object({
    code: z.string(), name: z.string().optional(), score: z.number().nullable(), band: z.object({ min: z.number(), coefficient: z.number(), label: z.string().optional() }).nullable(),
    partTimePercent: z.number(), absenceDays: z.number(), presenceDays: z.number().nullable(), complexityCoefficient: z.number(),
    weight: z.number(), shareCents: z.number().int(), share: z.number(), status: z.string(),
  })),
});

export function presentCard(view: CardView) {
  const { workflow, workflowRow } = view;
  return {
    code: view.card.code,
    year: view.card.year,
    version: view.row.version,
    card: view.card as unknown as Record<string, unknown>,
    workflow: {
      state: workflow.state,
      version: workflowRow?.version ?? 0,
      appealDays: workflow.appealDays,
      appealDeadline: view.appealDeadline ?? null,
      reviewer: workflow.reviewer ?? null,
      feedback: workflow.feedback ?? null,
      finalScore: workflow.finalScore ?? null,
      appeal: workflow.appeal ?? null,
      history: workflow.history,
    },
    relations: view.relations,
    actions: view.actions,
    canEdit: view.canEdit,
    auditIds: { card: view.row.id, workflow: view.workflowRow?.id ?? null },
  };
}

type Msg = { it: string; en: string };
const m = (it: string, en: string): Msg => ({ it, en });

export const CARD_PROBLEMS: ProblemTable<string> = {
  plan_not_found: { status: 404, messages: m('Nessun piano copre l’anno richiesto.', 'No plan covers the requested year.') },
  card_not_found: { status: 404, messages: m('Scheda di valutazione non trovata.', 'Evaluation card not found.') },
  card_exists: { status: 409, messages: m('Esiste già una scheda con questo codice per l’anno.', 'A card with this code already exists for the year.') },
  card_locked: { status: 409, messages: m('La scheda non è più modificabile: la valutazione finale è già stata proposta.', 'The card can no longer be changed: the final evaluation has been proposed.') },
  card_invalid: { status: 422, messages: m('La scheda contiene errori.', 'The card has errors.') },
  card_code_mismatch: { status: 400, messages: m('Il codice della scheda nel percorso e nei dati non coincidono.', 'The card code in the path and in the body differ.') },
  card_policy_invalid: { status: 500, messages: m('Il sistema di valutazione delle schede salvato per l’anno non è leggibile.', 'The card policy saved for the year cannot be read.') },
  card_transition_forbidden: { status: 403, messages: m('Non puoi compiere questo passaggio su questa scheda.', 'You may not take this step on this card.') },
  card_transition_invalid_state: { status: 409, messages: m('Il passaggio non è possibile nello stato attuale della scheda.', 'The step is not possible in the card\'s current state.') },
  card_note_required: { status: 422, messages: m('Il passaggio richiede una nota (colloquio di feedback, motivo del ricorso o esito).', 'The step needs a note (feedback meeting, reason for the appeal or outcome).') },
  card_appeal_expired: { status: 409, messages: m('Il termine per presentare ricorso è scaduto.', 'The time limit for an appeal has passed.') },
  card_appeal_window_open: { status: 409, messages: m('Il termine per il ricorso non è ancora scaduto.', 'The appeal period has not ended yet.') },
  card_score_required: { status: 422, messages: m('La scheda non ha ancora un punteggio: completare la valutazione.', 'The card has no score yet: complete the evaluation.') },
  card_outcome_required: { status: 422, messages: m('Indicare l’esito del ricorso e, se accolto, il nuovo punteggio.', 'Give the appeal outcome and, when accepted, the new score.') },
  year_outside_plan: { status: 400, messages: m('L’anno richiesto non rientra nel periodo del piano.', 'The requested year is outside the plan\'s period.') },
  policy_invalid: { status: 500, messages: m('Il sistema di misurazione salvato per l’anno non è leggibile.', 'The scoring policy saved for the year cannot be read.') },
  fund_policy_missing: { status: 422, messages: m('Il sistema di valutazione dell’anno non definisce le fasce del fondo: indicarle nella richiesta.', 'The year\'s card policy has no fund bands: give them in the request.') },
  fund_policy_invalid: { status: 422, messages: m('Le fasce del fondo indicate non sono valide.', 'The fund bands given are not valid.') },
  fund_duplicate_person: { status: 422, messages: m('Una persona ha più schede chiuse: indicare i ruoli da includere.', 'A person has more than one closed card: choose the roles to include.') },
  fund_not_in_cents: { status: 422, messages: m('Il fondo ha più di due decimali.', 'The fund has more than two decimals.') },
  fund_invalid_input: { status: 422, messages: m('Dati per la ripartizione del fondo non validi.', 'Invalid fund distribution input.') },
};
