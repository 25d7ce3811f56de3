import { describe, expect, it } from 'vitest';
import type { Action } from '../authorization/actions.js';
import { CAMPAIGN_MACHINE } from './campaign-lifecycle.js';
import { EMPTY_PLAN_YEAR_FACTS, PLAN_YEAR_MACHINE, canOpenRevision, isYearLocked } from './plan-year-lifecycle.js';
import { evaluateTransition, listTransitions, nextStates } from './transition.js';
import { VALUE_MACHINE, type ValueFacts } from './value-lifecycle.js';

const allowing = (...actions: Action[]) => (action: Action) => actions.includes(action);
const act = { kind: 'delibera_giunta' as const, number: '8', date: '2026-01-29' };

function codes(verdict: ReturnType<typeof evaluateTransition>): string[] {
  return verdict.allowed ? [] : verdict.reasons.map((reason) => reason.code);
}

describe('plan year lifecycle', () => {
  const stp = allowing('plan_year.approve', 'plan_year.manage', 'plan_year.revise', 'plan_year.freeze');

  it('approves a draft with an act, and says why not without one or for another role', () => {
    expect(evaluateTransition(PLAN_YEAR_MACHINE, 'planning', 'approve', { allows: stp, facts: { ...EMPTY_PLAN_YEAR_FACTS, act } }))
      .toEqual({ allowed: true, to: 'approved' });
    expect(codes(evaluateTransition(PLAN_YEAR_MACHINE, 'planning', 'approve', { allows: stp, facts: EMPTY_PLAN_YEAR_FACTS }))).toEqual(['act_required']);
    expect(codes(evaluateTransition(PLAN_YEAR_MACHINE, 'monitoring', 'approve', { allows: allowing(), facts: { ...EMPTY_PLAN_YEAR_FACTS, act } })))
      .toEqual(['forbidden', 'wrong_state']);
  });

  it('starts monitoring only with periods, closes only without open revisions or campaigns', () => {
    expect(codes(evaluateTransition(PLAN_YEAR_MACHINE, 'approved', 'start_monitoring', { allows: stp, facts: EMPTY_PLAN_YEAR_FACTS }))).toEqual(['periods_missing']);
    const busy = { ...EMPTY_PLAN_YEAR_FACTS, openRevision: true, openCampaigns: 2 };
    expect(codes(evaluateTransition(PLAN_YEAR_MACHINE, 'revised', 'close', { allows: stp, facts: busy }))).toEqual(['revision_open', 'campaigns_open']);
    expect(evaluateTransition(PLAN_YEAR_MACHINE, 'revised', 'close', { allows: stp, facts: EMPTY_PLAN_YEAR_FACTS })).toEqual({ allowed: true, to: 'closed' });
  });

  it('reopens a closed year where it came from (revised after an approved revision), with a reason', () => {
    const facts = { ...EMPTY_PLAN_YEAR_FACTS, reason: 'Valori finali da correggere' };
    expect(evaluateTransition(PLAN_YEAR_MACHINE, 'closed', 'reopen', { allows: stp, facts })).toEqual({ allowed: true, to: 'monitoring' });
    expect(evaluateTransition(PLAN_YEAR_MACHINE, 'closed', 'reopen', { allows: stp, facts: { ...facts, hasApprovedRevision: true } })).toEqual({ allowed: true, to: 'revised' });
    expect(codes(evaluateTransition(PLAN_YEAR_MACHINE, 'closed', 'reopen', { allows: stp, facts: { ...facts, reason: ' ' } }))).toEqual(['reason_required']);
  });

  it('lets only the OIV action validate, with a complete checklist; nothing leaves frozen', () => {
    const oiv = allowing('plan_year.validate');
    expect(codes(evaluateTransition(PLAN_YEAR_MACHINE, 'closed', 'validate', { allows: stp, facts: { ...EMPTY_PLAN_YEAR_FACTS, checklistComplete: true } }))).toEqual(['forbidden']);
    expect(codes(evaluateTransition(PLAN_YEAR_MACHINE, 'closed', 'validate', { allows: oiv, facts: EMPTY_PLAN_YEAR_FACTS }))).toEqual(['checklist_incomplete']);
    expect(nextStates(PLAN_YEAR_MACHINE, 'frozen', EMPTY_PLAN_YEAR_FACTS)).toEqual([]);
    expect(isYearLocked('validated') && isYearLocked('frozen') && !isYearLocked('closed')).toBe(true);
  });

  it('lists the transitions out of a state with their verdicts', () => {
    const options = listTransitions(PLAN_YEAR_MACHINE, 'monitoring', { allows: stp, facts: { ...EMPTY_PLAN_YEAR_FACTS, openRevision: true } });
    expect(options.map((o) => [o.transition, o.allowed, o.reasons.map((r) => r.code)])).toEqual([
      ['approve_revision', false, ['act_required']],
      ['close', false, ['revision_open']],
    ]);
    expect(canOpenRevision('monitoring', false)).toEqual([]);
    expect(canOpenRevision('closed', true).map((r) => r.code)).toEqual(['wrong_state', 'revision_open']);
  });
});

describe('value lifecycle', () => {
  const referente = allowing('value.enter');
  const open: ValueFacts = { yearOpen: true, campaignOpen: true, managesCampaigns: false };

  it('enters, submits, validates; rejects with a reason', () => {
    expect(evaluateTransition(VALUE_MACHINE, 'none', 'enter', { allows: referente, facts: open })).toEqual({ allowed: true, to: 'draft' });
    expect(evaluateTransition(VALUE_MACHINE, 'draft', 'submit', { allows: referente, facts: open })).toEqual({ allowed: true, to: 'submitted' });
    expect(codes(evaluateTransition(VALUE_MACHINE, 'submitted', 'validate', { allows: referente, facts: open }))).toEqual(['forbidden']);
    const validator = allowing('value.validate');
    expect(evaluateTransition(VALUE_MACHINE, 'submitted', 'validate', { allows: validator, facts: open })).toEqual({ allowed: true, to: 'validated' });
    expect(codes(evaluateTransition(VALUE_MACHINE, 'submitted', 'reject', { allows: validator, facts: open }))).toEqual(['reason_required']);
    expect(evaluateTransition(VALUE_MACHINE, 'rejected', 'enter', { allows: referente, facts: open })).toEqual({ allowed: true, to: 'draft' });
  });

  it('locks validated values until a reopen by the reopen action, with a reason', () => {
    expect(codes(evaluateTransition(VALUE_MACHINE, 'validated', 'enter', { allows: referente, facts: open }))).toEqual(['wrong_state']);
    expect(codes(evaluateTransition(VALUE_MACHINE, 'validated', 'reopen', { allows: allowing('value.validate'), facts: { ...open, reason: 'Errore' } }))).toEqual(['forbidden']);
    expect(evaluateTransition(VALUE_MACHINE, 'validated', 'reopen', { allows: allowing('value.reopen'), facts: { ...open, reason: 'Errore' } }))
      .toEqual({ allowed: true, to: 'draft' });
  });

  it('needs an open campaign to enter, unless the caller manages campaigns; nothing moves when the year is not monitored', () => {
    const closedCampaign = { ...open, campaignOpen: false };
    expect(codes(evaluateTransition(VALUE_MACHINE, 'draft', 'enter', { allows: referente, facts: closedCampaign }))).toEqual(['campaign_not_open']);
    expect(evaluateTransition(VALUE_MACHINE, 'draft', 'enter', { allows: referente, facts: { ...closedCampaign, managesCampaigns: true } }).allowed).toBe(true);
    expect(codes(evaluateTransition(VALUE_MACHINE, 'submitted', 'validate', { allows: allowing('value.validate'), facts: { ...open, yearOpen: false } })))
      .toEqual(['year_not_monitoring']);
  });
});

describe('campaign lifecycle', () => {
  const stp = allowing('campaign.manage');
  it('opens only while the year is monitored, reopens with a reason', () => {
    expect(codes(evaluateTransition(CAMPAIGN_MACHINE, 'planned', 'open', { allows: stp, facts: { yearOpen: false } }))).toEqual(['year_not_monitoring']);
    expect(evaluateTransition(CAMPAIGN_MACHINE, 'open', 'close', { allows: stp, facts: { yearOpen: false } })).toEqual({ allowed: true, to: 'closed' });
    expect(codes(evaluateTransition(CAMPAIGN_MACHINE, 'closed', 'reopen', { allows: stp, facts: { yearOpen: true } }))).toEqual(['reason_required']);
    expect(codes(evaluateTransition(CAMPAIGN_MACHINE, 'closed', 'open', { allows: allowing(), facts: { yearOpen: true } }))).toEqual(['forbidden', 'wrong_state']);
  });
});
