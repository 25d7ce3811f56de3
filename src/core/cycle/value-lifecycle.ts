/**
 * The lifecycle of a measured value of one period: entered as a draft by a referente (or the
 * dirigente, or the STP), submitted, then validated or rejected (with a reason) by the unit's
 * dirigente, the SG or a validatore. A rejected value is corrected (a new draft) and submitted again.
 * A validated value is locked: it changes only after a reopen (with a reason, audited) by the STP or
 * the SG. `none` is the slot before anything is entered.
 */
import { denial, type Denial, type Machine, type Messages } from './transition.js';

export const VALUE_SLOT_STATES = ['none', 'draft', 'submitted', 'validated', 'rejected'] as const;
export type ValueSlotState = (typeof VALUE_SLOT_STATES)[number];

export const VALUE_TRANSITIONS = ['enter', 'submit', 'withdraw', 'validate', 'reject', 'reopen'] as const;
export type ValueTransition = (typeof VALUE_TRANSITIONS)[number];

export const VALUE_STATE_LABELS: Readonly<Record<ValueSlotState, Messages>> = {
  none: { it: 'Da inserire', en: 'Not entered' },
  draft: { it: 'Bozza', en: 'Draft' },
  submitted: { it: 'Inviato', en: 'Submitted' },
  validated: { it: 'Validato', en: 'Validated' },
  rejected: { it: 'Respinto', en: 'Rejected' },
};

export interface ValueFacts {
  /** The plan year is in monitoring (or revised). */
  yearOpen: boolean;
  /** The data collection campaign of the period is open. */
  campaignOpen: boolean;
  /** The caller manages campaigns (the STP enters corrections outside a campaign). */
  managesCampaigns: boolean;
  reason?: string | undefined;
}

function yearOpen(facts: ValueFacts): Denial[] {
  return facts.yearOpen ? [] : [denial('precondition', 'year_not_monitoring',
    "L'anno non è in monitoraggio: i valori non si modificano.", 'The year is not being monitored: values cannot change.')];
}

function entryWindow(facts: ValueFacts): Denial[] {
  const window = facts.campaignOpen || facts.managesCampaigns ? [] : [denial('precondition', 'campaign_not_open',
    'La rilevazione del periodo non è aperta.', 'The data collection of the period is not open.')];
  return [...yearOpen(facts), ...window];
}

function withReason(facts: ValueFacts): Denial[] {
  const reason = facts.reason && facts.reason.trim().length > 0 ? [] : [denial('precondition', 'reason_required', 'Indicare il motivo.', 'Give a reason.')];
  return [...yearOpen(facts), ...reason];
}

export const VALUE_MACHINE: Machine<ValueSlotState, ValueTransition, ValueFacts> = {
  enter: { from: ['none', 'draft', 'rejected'], to: 'draft', action: 'value.enter', check: entryWindow, label: { it: 'Inserisci o correggi', en: 'Enter or correct' } },
  submit: { from: ['draft'], to: 'submitted', action: 'value.enter', check: entryWindow, label: { it: 'Invia per la validazione', en: 'Submit for validation' } },
  withdraw: { from: ['submitted'], to: 'draft', action: 'value.enter', check: yearOpen, label: { it: "Ritira l'invio", en: 'Withdraw' } },
  validate: { from: ['submitted'], to: 'validated', action: 'value.validate', check: yearOpen, label: { it: 'Valida', en: 'Validate' } },
  reject: { from: ['submitted'], to: 'rejected', action: 'value.validate', check: withReason, label: { it: 'Respingi', en: 'Reject' } },
  reopen: { from: ['validated'], to: 'draft', action: 'value.reopen', check: withReason, label: { it: 'Riapri', en: 'Reopen' } },
};

/** A state a stored value row may hold (`none` is never stored). */
export function isStoredValueState(value: string): value is Exclude<ValueSlotState, 'none'> {
  return value === 'draft' || value === 'submitted' || value === 'validated' || value === 'rejected';
}
