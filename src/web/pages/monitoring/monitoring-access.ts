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

/** The data-collection pages, in the order a user meets them, with the ability each needs. */
export const MONITORING_PAGES = [
  { to: '/inserimento-dati', label: 'monitoring.nav.entry', ability: 'entry' },
  { to: '/validazione', label: 'monitoring.nav.validation', ability: 'validation' },
  { to: '/rilevazioni', label: 'monitoring.nav.campaigns', ability: 'campaigns' },
  { to: '/scostamenti', label: 'monitoring.nav.deviations', ability: 'deviations' },
  { to: '/notifiche', label: 'monitoring.nav.notifications', ability: null },
] as const satisfies ReadonlyArray<{ to: string; label: string; ability: keyof MonitoringAbilities | null }>;

export type MonitoringPage = (typeof MONITORING_PAGES)[number];

/** The pages the user may use (the inbox always). */
export function allowedMonitoringPages(abilities: MonitoringAbilities): MonitoringPage[] {
  return MONITORING_PAGES.filter((page) => page.ability === null || abilities[page.ability]);
}

/** Where the navigation's "Monitoraggio" leads: the first data-collection page of the role, if any but the inbox. */
export function monitoringHome(abilities: MonitoringAbilities): MonitoringPage['to'] | null {
  const first = allowedMonitoringPages(abilities).find((page) => page.ability !== null);
  return first ? first.to : null;
}

export const isMonitoringPath = (pathname: string) => MONITORING_PAGES.some((page) => page.to === pathname);
