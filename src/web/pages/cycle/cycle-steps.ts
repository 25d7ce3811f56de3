/**
 * The stepper's model: the seven steps of a plan year in order, each done, current, to do, or skipped
 * (the revision step, when the year went past it without one).
 */
import { PLAN_YEAR_STATES, type PlanYearState } from './cycle-queries.js';

export type StepStatus = 'done' | 'current' | 'todo' | 'skipped';
export interface CycleStep { state: PlanYearState; status: StepStatus }

export function cycleSteps(current: PlanYearState, approvedRevisions: number): CycleStep[] {
  const at = PLAN_YEAR_STATES.indexOf(current);
  return PLAN_YEAR_STATES.map((state, index): CycleStep => {
    if (index === at) return { state, status: 'current' };
    if (index > at) return { state, status: 'todo' };
    if (state === 'revised' && approvedRevisions === 0) return { state, status: 'skipped' };
    return { state, status: 'done' };
  });
}
