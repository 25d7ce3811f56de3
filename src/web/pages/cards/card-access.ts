/**
 * Which individual-performance pages the signed-in user may use in the workspace's entity: the same pure
 * `can` as the server for the roles (card.read: stp, sg, oiv; fund.manage: stp, sg), and, for the cards
 * list, the API's own answer on whether the user evaluates or reviews any card of the year.
 */
import { useQuery } from '@tanstack/react-query';
import { useWorkspace } from '../../workspace/workspace-context.js';
import { canInEntity } from '../admin/admin-access.js';
import { cardListQueryOptions } from './card-queries.js';

export interface CardPagesAccess { mine: boolean; cards: boolean; calibration: boolean; fund: boolean }

export function useCardPagesAccess(): CardPagesAccess {
  const { me, entity, year } = useWorkspace();
  const readsAll = canInEntity(me, entity, 'card.read');
  const evaluates = useQuery({
    ...cardListQueryOptions(entity?.code ?? '', year ?? 0),
    enabled: entity !== null && year !== null && !readsAll,
    select: (items) => items.some((item) => item.relations.some((relation) => relation === 'evaluator' || relation === 'reviewer')),
  });
  return {
    mine: entity !== null,
    cards: readsAll || evaluates.data === true || canInEntity(me, entity, 'fund.manage'),
    calibration: readsAll,
    fund: canInEntity(me, entity, 'fund.manage'),
  };
}
