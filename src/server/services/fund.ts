/**
 * The bonus fund (risorse decentrate) of a year: the closed cards' final scores (frozen at the final
 * proposal, changed only by an accepted appeal) distributed by the pure `distributeFund`, to the cent.
 * With a `policy` in the request it is a what-if: nothing is stored either way. Only cards in the state
 * `closed` take part; `roles` limits the distribution to some card roles (dirigenti and P.O. are paid
 * from different funds), and one person with two closed cards in the selection is an error.
 */
import { complexityCoefficient } from '../../core/evaluation/card-behaviours.js';
import type { CardPolicy } from '../../core/evaluation/card-policy.schema.js';
import { distributeFund, fundScoreOf, type FundDistribution, type FundPerson } from '../../core/evaluation/fund-distribution.js';
import { fundPolicySchema, type FundPolicy, type FundPolicyInput } from '../../core/evaluation/card-policy.schema.js';
import type { CardRole } from '../../core/evaluation/card.schema.js';
import type { Queryable } from '../db/database.js';
import type { CardCaller } from './card-access.js';
import { findCardPolicy } from './card-policy.js';
import { listCards, type CardView } from './card.js';
import type { EntityRow } from './entity.js';
import { fail, ok, type FieldIssue, type Result } from './result.js';

/** Payroll data of one person that the cards do not hold (part-time percentage, days of absence). */
export interface FundPersonData {
  code: string;
  partTimePercent?: number;
  absenceDays?: number;
}

export interface FundRequest {
  year: number;
  fund: number;
  policy?: FundPolicyInput;
  roles?: CardRole[];
  people?: FundPersonData[];
}

export type FundFailure =
  | 'plan_not_found' | 'card_policy_invalid' | 'fund_policy_missing' | 'fund_policy_invalid'
  | 'fund_duplicate_person' | 'fund_not_in_cents' | 'fund_invalid_input';

export interface FundResult {
  distribution: FundDistribution;
  policy: FundPolicy;
  whatIf: boolean;
  /** Cards of the year not yet closed (left out of the distribution). */
  openCards: number;
}

function fundPolicyOf(request: FundRequest, stored: FundPolicy | undefined): Result<FundPolicy, 'fund_policy_missing' | 'fund_policy_invalid'> {
  if (request.policy === undefined) return stored ? ok(stored) : fail('fund_policy_missing', { detail: `no fund bands for ${request.year}` });
  const parsed = fundPolicySchema.safeParse(request.policy);
  if (parsed.success) return ok(parsed.data);
  const errors: FieldIssue[] = parsed.error.issues.map((issue) => ({
    path: ['policy', ...issue.path].join('.'), code: 'invalid', messages: { it: issue.message, en: issue.message },
  }));
  return fail('fund_policy_invalid', { errors });
}

function fundPersonOf(view: CardView, policy: FundPolicy, cardPolicy: CardPolicy, data: FundPersonData | undefined): FundPerson {
  const final = view.workflow.finalScore;
  const { person, complexity } = view.card;
  return {
    code: person.code, name: person.name, score: final ? fundScoreOf(final, policy) : null,
    partTimePercent: data?.partTimePercent ?? 100, absenceDays: data?.absenceDays ?? 0,
    ...(complexity ? { complexityCoefficient: complexityCoefficient(complexity, cardPolicy.ratingScale, cardPolicy.complexity) } : {}),
  };
}

export async function computeFundDistribution(
  db: Queryable, caller: CardCaller, entity: EntityRow, request: FundRequest,
): Promise<Result<FundResult, FundFailure>> {
  const cardPolicy = await findCardPolicy(db, entity.id, request.year);
  if (!cardPolicy.ok) return cardPolicy;
  const policy = fundPolicyOf(request, cardPolicy.value.fund);
  if (!policy.ok) return policy;
  const cards = await listCards(db, caller, entity, request.year);
  if (!cards.ok) return cards;
  const selected = cards.value.filter((view) => request.roles === undefined || request.roles.includes(view.card.role));
  const closed = selected.filter((view) => view.workflow.state === 'closed');
  const people: FundPerson[] = [];
  for (const view of closed) {
    const { person } = view.card;
    if (people.some((p) => p.code === person.code)) {
      return fail('fund_duplicate_person', { detail: `${person.code} has more than one closed card: choose the roles` });
    }
    people.push(fundPersonOf(view, policy.value, cardPolicy.value, request.people?.find((data) => data.code === person.code)));
  }
  const unknown = (request.people ?? []).map((data, index) => ({ data, index })).filter(({ data }) => !people.some((p) => p.code === data.code));
  if (unknown.length > 0) {
    return fail('fund_invalid_input', {
      detail: `no closed card for ${unknown.map(({ data }) => data.code).join(', ')}`,
      errors: unknown.map(({ data, index }) => ({
        path: `people.${index}.code`, code: 'unknown_person',
        messages: { it: `Nessuna scheda chiusa per ${data.code}.`, en: `No closed card for ${data.code}.` },
      })),
    });
  }
  const outcome = distributeFund({ fund: request.fund, people, policy: policy.value });
  if (!outcome.ok) {
    if (outcome.error.code === 'fund_not_in_cents') return fail('fund_not_in_cents', { detail: outcome.error.message.en });
    return fail('fund_invalid_input', { detail: outcome.error.message.en });
  }
  return ok({ distribution: outcome.value, policy: policy.value, whatIf: request.policy !== undefined, openCards: selected.length - closed.length });
}
