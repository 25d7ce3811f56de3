/**
 * Random transition sequences over the pure state machines: whatever callers try, in whatever order,
 * the state is always a valid one, a refused transition changes nothing and says why (bilingual), a
 * validated value leaves `validated` only through a reopen, and the number of applied transitions is
 * the length of the history (each would be one audit entry).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Action } from '../authorization/actions.js';
import { CAMPAIGN_MACHINE, CAMPAIGN_STATES, CAMPAIGN_TRANSITIONS, type CampaignFacts, type CampaignState } from './campaign-lifecycle.js';
import { PLAN_YEAR_MACHINE, PLAN_YEAR_STATES, PLAN_YEAR_TRANSITIONS, type PlanYearFacts, type PlanYearState } from './plan-year-lifecycle.js';
import { evaluateTransition, listTransitions, type Machine } from './transition.js';
import { VALUE_MACHINE, VALUE_SLOT_STATES, VALUE_TRANSITIONS, type ValueFacts, type ValueSlotState } from './value-lifecycle.js';

const ACTION_POOL: Action[] = [
  'value.enter', 'value.validate', 'value.reopen', 'campaign.manage',
  'plan_year.approve', 'plan_year.manage', 'plan_year.revise', 'plan_year.validate', 'plan_year.freeze',
];

interface Step<T, F> { transition: T; granted: Action[]; facts: F }

function runSequence<S extends string, T extends string, F>(machine: Machine<S, T, F>, states: readonly S[], start: S, steps: Step<T, F>[]) {
  let state = start;
  const history: { from: S; to: S; transition: T }[] = [];
  for (const step of steps) {
    const context = { allows: (action: Action) => step.granted.includes(action), facts: step.facts };
    const verdict = evaluateTransition(machine, state, step.transition, context);
    const listed = listTransitions(machine, state, context).find((option) => option.transition === step.transition);
    const spec = machine[step.transition];
    if (verdict.allowed) {
      expect(step.granted).toContain(spec.action);
      expect(spec.from).toContain(state);
      expect(listed?.allowed).toBe(true);
      history.push({ from: state, to: verdict.to, transition: step.transition });
      state = verdict.to;
    } else {
      expect(verdict.reasons.length).toBeGreaterThan(0);
      for (const reason of verdict.reasons) expect(reason.messages.it.length * reason.messages.en.length).toBeGreaterThan(0);
      expect(verdict.reasons.some((reason) => reason.kind === 'forbidden')).toBe(!step.granted.includes(spec.action));
      expect(verdict.reasons.some((reason) => reason.kind === 'state')).toBe(!spec.from.includes(state));
      if (listed) expect(listed.allowed).toBe(false);
    }
    expect(states).toContain(state);
  }
  return { state, history };
}

const granted = fc.subarray(ACTION_POOL);
const reason = fc.option(fc.constantFrom('', '  ', 'Errore di battitura nel valore'), { nil: undefined });

const valueFacts: fc.Arbitrary<ValueFacts> = fc.record({
  yearOpen: fc.boolean(), campaignOpen: fc.boolean(), managesCampaigns: fc.boolean(), reason,
});
const yearFacts: fc.Arbitrary<PlanYearFacts> = fc.record({
  act: fc.option(fc.constant({ kind: 'delibera_giunta' as const, number: '12', date: '2026-01-30' }), { nil: undefined }),
  periodCount: fc.nat(4), openRevision: fc.boolean(), hasApprovedRevision: fc.boolean(), openCampaigns: fc.nat(2), reason,
  checklistComplete: fc.boolean(),
});
const campaignFacts: fc.Arbitrary<CampaignFacts> = fc.record({ yearOpen: fc.boolean(), reason });

describe('state machines under random transition sequences', () => {
  it('values: valid states, refusals change nothing, validated values leave only by reopen', () => {
    fc.assert(fc.property(
      fc.array(fc.record({ transition: fc.constantFrom(...VALUE_TRANSITIONS), granted, facts: valueFacts }), { maxLength: 30 }),
      (steps) => {
        const { history } = runSequence<ValueSlotState, (typeof VALUE_TRANSITIONS)[number], ValueFacts>(VALUE_MACHINE, VALUE_SLOT_STATES, 'none', steps);
        for (const step of history) {
          if (step.from === 'validated') expect(step.transition).toBe('reopen');
          if (step.to === 'validated') expect(step.from).toBe('submitted');
          expect(step.to).not.toBe('none');
        }
      },
    ), { numRuns: 300 });
  });

  it('plan years: valid states, frozen is final, validated only from closed by the OIV action', () => {
    fc.assert(fc.property(
      fc.array(fc.record({ transition: fc.constantFrom(...PLAN_YEAR_TRANSITIONS), granted, facts: yearFacts }), { maxLength: 30 }),
      (steps) => {
        const { history } = runSequence<PlanYearState, (typeof PLAN_YEAR_TRANSITIONS)[number], PlanYearFacts>(PLAN_YEAR_MACHINE, PLAN_YEAR_STATES, 'planning', steps);
        for (const step of history) {
          expect(step.from).not.toBe('frozen');
          if (step.to === 'validated') expect([step.from, step.transition]).toEqual(['closed', 'validate']);
          if (step.to === 'frozen') expect(step.from).toBe('validated');
          if (step.to === 'approved') expect(step.from).toBe('planning');
        }
      },
    ), { numRuns: 300 });
  });

  it('campaigns: planned → open ⇄ closed, never back to planned', () => {
    fc.assert(fc.property(
      fc.array(fc.record({ transition: fc.constantFrom(...CAMPAIGN_TRANSITIONS), granted, facts: campaignFacts }), { maxLength: 20 }),
      (steps) => {
        const { history } = runSequence<CampaignState, (typeof CAMPAIGN_TRANSITIONS)[number], CampaignFacts>(CAMPAIGN_MACHINE, CAMPAIGN_STATES, 'planned', steps);
        for (const step of history) expect(step.to).not.toBe('planned');
      },
    ), { numRuns: 200 });
  });
});
