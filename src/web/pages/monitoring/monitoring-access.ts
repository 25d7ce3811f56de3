/**
 * Which data-collection pages the signed-in user may use in the workspace's entity: the same pure `can`
 * as the server (the API refuses anyway; this keeps the navigation to what makes sense for the role).
 */
import { can, canSomewhere } from '../../../core/authorization/index.js';
import { useWorkspace } from '../../workspace/workspace-context.js';
import { actorOf } from '../admin/admin-access.js';

export interface MonitoringAbilities {
  /** Follows the campaigns (entity-wide validators, SG, STP). */
  campaigns: boolean;
  /** Manages them: create, open, close, assign (STP). */
  manageCampaigns: boolean;
  entry: boolean;
  validation: boolean;
  deviations: boolean;
}

export function useMonitoringAbilities(): MonitoringAbilities {
  const { me, entity } = useWorkspace();
  if (!entity) return { campaigns: false, manageCampaigns: false, entry: false, validation: false, deviations: false };
  const actor = actorOf(me);
  const onEntity = { entityId: entity.id };
  const manageCampaigns = can(actor, 'campaign.manage', onEntity);
  return {
    campaigns: manageCampaigns || can(actor, 'value.validate', onEntity),
    manageCampaigns,
    entry: canSomewhere(actor, 'value.enter', entity.id),
    validation: canSomewhere(actor, 'value.validate', entity.id),
    deviations: canSomewhere(actor, 'deviation.enter', entity.id) || can(actor, 'audit.read', onEntity),
  };
}
