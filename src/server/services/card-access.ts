/**
 * Who may see and act on an evaluation card. A user is linked to a card by username: the card's
 * `person.code` is the evaluated person's username, `evaluator.code` the evaluator's, and the workflow's
 * `reviewer` the appeal reviewer's. On top of these relations, `card.read` (stp, sg, oiv) sees every
 * card of the entity and `card.manage` (stp) manages them (the `manager` relation).
 */
import { can, type Actor } from '../../core/authorization/index.js';
import type { EvaluationCard } from '../../core/evaluation/card.schema.js';
import type { CardRelation, CardWorkflow } from '../../core/evaluation/card-workflow.js';

export interface CardCaller {
  actor: Actor;
  username: string;
}

export function cardRelationsOf(
  caller: CardCaller, entityId: string, card: Pick<EvaluationCard, 'person' | 'evaluator'>, workflow: Pick<CardWorkflow, 'reviewer'> | undefined,
): CardRelation[] {
  const relations: CardRelation[] = [];
  if (card.person.code === caller.username) relations.push('person');
  if (card.evaluator?.code === caller.username) relations.push('evaluator');
  if (workflow?.reviewer !== undefined && workflow.reviewer === caller.username) relations.push('reviewer');
  if (can(caller.actor, 'card.manage', { entityId })) relations.push('manager');
  return relations;
}

/** The evaluated person, the evaluator, the reviewer, and whoever reads every card (stp, sg, oiv). */
export function canSeeCard(caller: CardCaller, entityId: string, relations: readonly CardRelation[]): boolean {
  return relations.length > 0 || can(caller.actor, 'card.read', { entityId });
}
