/**
 * A data collection campaign (rilevazione) of one monitoring period: planned by the STP with its
 * dates, opened (referenti are notified and may enter values), closed after the entry deadline
 * (the period's data collection is over), and reopened with a reason when late corrections are needed.
 */
import { denial, type Denial, type Machine, type Messages } from './transition.js';

export const CAMPAIGN_STATES = ['planned', 'open', 'closed'] as const;
export type CampaignState = (typeof CAMPAIGN_STATES)[number];

export const CAMPAIGN_TRANSITIONS = ['open', 'close', 'reopen'] as const;
export type CampaignTransition = (typeof CAMPAIGN_TRANSITIONS)[number];

export const CAMPAIGN_STATE_LABELS: Readonly<Record<CampaignState, Messages>> = {
  planned: { it: 'Programmata', en: 'Planned' },
  open: { it: 'Aperta', en: 'Open' },
  closed: { it: 'Chiusa', en: 'Closed' },
};

export interface CampaignFacts {
  /** The plan year is in monitoring (or revised). */
  yearOpen: boolean;
  reason?: string | undefined;
}

function yearOpen(facts: CampaignFacts): Denial[] {
  return facts.yearOpen ? [] : [denial('precondition', 'year_not_monitoring',
    "L'anno non è in monitoraggio: la rilevazione non può essere aperta.", 'The year is not being monitored: the campaign cannot be open.')];
}

export const CAMPAIGN_MACHINE: Machine<CampaignState, CampaignTransition, CampaignFacts> = {
  open: { from: ['planned'], to: 'open', action: 'campaign.manage', check: yearOpen, label: { it: 'Apri la rilevazione', en: 'Open the campaign' } },
  close: { from: ['open'], to: 'closed', action: 'campaign.manage', label: { it: 'Chiudi la rilevazione', en: 'Close the campaign' } },
  reopen: {
    from: ['closed'], to: 'open', action: 'campaign.manage',
    check: (facts) => [
      ...yearOpen(facts),
      ...(facts.reason && facts.reason.trim().length > 0 ? [] : [denial('precondition', 'reason_required', 'Indicare il motivo.', 'Give a reason.')]),
    ],
    label: { it: 'Riapri la rilevazione', en: 'Reopen the campaign' },
  },
};

export function isCampaignState(value: string): value is CampaignState {
  return (CAMPAIGN_STATES as readonly string[]).includes(value);
}
