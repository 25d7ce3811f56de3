/**
 * The lifecycle of a plan year (DOMAIN.md §2): planning (draft) → approved (by an act) → monitoring →
 * revised (a mid-year revision approved by its own act; monitoring goes on) → closed → validated (by
 * the OIV, with a data-reliability checklist) → frozen (results stored as an immutable snapshot).
 * A closed year can be reopened (with a reason) until the OIV validates it; nothing changes after.
 * The stored status `planning` is the draft state (the name the database already uses).
 */
import type { Act } from '../plan/plan.schema.js';
import { denial, type Denial, type Machine, type Messages } from './transition.js';

export const PLAN_YEAR_STATES = ['planning', 'approved', 'monitoring', 'revised', 'closed', 'validated', 'frozen'] as const;
export type PlanYearState = (typeof PLAN_YEAR_STATES)[number];

export const PLAN_YEAR_TRANSITIONS = ['approve', 'start_monitoring', 'approve_revision', 'close', 'reopen', 'validate', 'freeze'] as const;
export type PlanYearTransition = (typeof PLAN_YEAR_TRANSITIONS)[number];

export const PLAN_YEAR_STATE_LABELS: Readonly<Record<PlanYearState, Messages>> = {
  planning: { it: 'In predisposizione (bozza)', en: 'Draft (planning)' },
  approved: { it: 'Approvato', en: 'Approved' },
  monitoring: { it: 'In monitoraggio', en: 'Monitoring' },
  revised: { it: 'Rimodulato (in monitoraggio)', en: 'Revised (monitoring)' },
  closed: { it: 'Chiuso', en: 'Closed' },
  validated: { it: "Validato dall'OIV", en: 'Validated by the OIV' },
  frozen: { it: 'Congelato', en: 'Frozen' },
};

/** What the preconditions of the year's transitions look at. */
export interface PlanYearFacts {
  /** The approving act sent with approve / approve_revision. */
  act?: Act | undefined;
  /** Monitoring periods defined for the year. */
  periodCount: number;
  /** A revision of the year is open (draft). */
  openRevision: boolean;
  /** At least one revision of the year was approved (reopen returns to `revised`). */
  hasApprovedRevision: boolean;
  /** Data collection campaigns of the year still open. */
  openCampaigns: number;
  /** Reason given (reopen). */
  reason?: string | undefined;
  /** The OIV's checklist answers every item (and explains each negative answer). */
  checklistComplete: boolean;
}

export const EMPTY_PLAN_YEAR_FACTS: PlanYearFacts = {
  periodCount: 0, openRevision: false, hasApprovedRevision: false, openCampaigns: 0, checklistComplete: false,
};

function needsAct(facts: PlanYearFacts): Denial[] {
  return facts.act ? [] : [denial('precondition', 'act_required',
    "Indicare l'atto di approvazione (tipo, numero, data).", 'Give the approving act (kind, number, date).')];
}

function needsReason(facts: PlanYearFacts): Denial[] {
  return facts.reason && facts.reason.trim().length > 0 ? [] : [denial('precondition', 'reason_required', 'Indicare il motivo.', 'Give a reason.')];
}

function noOpenWork(facts: PlanYearFacts): Denial[] {
  const reasons: Denial[] = [];
  if (facts.openRevision) {
    reasons.push(denial('precondition', 'revision_open', 'Una rimodulazione del piano è ancora aperta: approvarla prima.', 'A plan revision is still open: approve it first.'));
  }
  if (facts.openCampaigns > 0) {
    reasons.push(denial('precondition', 'campaigns_open',
      `Rilevazioni ancora aperte: ${facts.openCampaigns}. Chiuderle prima.`, `Data collection campaigns still open: ${facts.openCampaigns}. Close them first.`));
  }
  return reasons;
}

export const PLAN_YEAR_MACHINE: Machine<PlanYearState, PlanYearTransition, PlanYearFacts> = {
  approve: {
    from: ['planning'], to: 'approved', action: 'plan_year.approve', check: needsAct,
    label: { it: 'Approva il piano', en: 'Approve the plan' },
  },
  start_monitoring: {
    from: ['approved'], to: 'monitoring', action: 'plan_year.manage',
    check: (facts) => (facts.periodCount > 0 ? [] : [denial('precondition', 'periods_missing',
      "Definire prima i periodi di monitoraggio dell'anno.", 'Define the monitoring periods of the year first.')]),
    label: { it: 'Avvia il monitoraggio', en: 'Start monitoring' },
  },
  approve_revision: {
    from: ['monitoring', 'revised'], to: 'revised', action: 'plan_year.revise',
    check: (facts) => [
      ...needsAct(facts),
      ...(facts.openRevision ? [] : [denial('precondition', 'revision_missing', 'Nessuna rimodulazione aperta da approvare.', 'No open revision to approve.')]),
    ],
    label: { it: 'Approva la rimodulazione', en: 'Approve the revision' },
  },
  close: {
    from: ['monitoring', 'revised'], to: 'closed', action: 'plan_year.manage', check: noOpenWork,
    label: { it: "Chiudi l'anno", en: 'Close the year' },
  },
  reopen: {
    from: ['closed'], to: (facts) => (facts.hasApprovedRevision ? 'revised' : 'monitoring'), action: 'plan_year.manage', check: needsReason,
    label: { it: "Riapri l'anno", en: 'Reopen the year' },
  },
  validate: {
    from: ['closed'], to: 'validated', action: 'plan_year.validate',
    check: (facts) => (facts.checklistComplete ? [] : [denial('precondition', 'checklist_incomplete',
      'Rispondere a ogni voce della lista di controllo (e motivare le risposte negative).',
      'Answer every item of the checklist (and explain each negative answer).')]),
    label: { it: 'Valida (OIV)', en: 'Validate (OIV)' },
  },
  freeze: {
    from: ['validated'], to: 'frozen', action: 'plan_year.freeze',
    label: { it: 'Congela i risultati', en: 'Freeze the results' },
  },
};

export function isPlanYearState(value: string): value is PlanYearState {
  return (PLAN_YEAR_STATES as readonly string[]).includes(value);
}

/** Values are entered, submitted and validated while the year is monitored. */
export function isValueWorkOpen(state: PlanYearState): boolean {
  return state === 'monitoring' || state === 'revised';
}

/** Suspensions change while the year is planned or monitored, never once it is closed. */
export function areSuspensionsOpen(state: PlanYearState): boolean {
  return state === 'planning' || state === 'approved' || state === 'monitoring' || state === 'revised';
}

/** Deviations are explained during monitoring and for the Relazione once closed, not after validation. */
export function areDeviationsOpen(state: PlanYearState): boolean {
  return isValueWorkOpen(state) || state === 'closed';
}

/** Nothing of the year changes any more. */
export function isYearLocked(state: PlanYearState): boolean {
  return state === 'validated' || state === 'frozen';
}

/** A mid-year revision may be opened while the year is monitored. */
export function canOpenRevision(state: PlanYearState, openRevision: boolean): Denial[] {
  const reasons: Denial[] = [];
  if (!isValueWorkOpen(state)) {
    reasons.push(denial('state', 'wrong_state', `Rimodulazione possibile solo in monitoraggio (stato: «${state}»).`, `A revision is possible only while monitoring (state: "${state}").`));
  }
  if (openRevision) reasons.push(denial('precondition', 'revision_open', 'Una rimodulazione è già aperta.', 'A revision is already open.'));
  return reasons;
}
