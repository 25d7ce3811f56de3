import { describe, expect, it } from 'vitest';
import { cycleSteps } from './cycle-steps.js';

const statuses = (state: Parameters<typeof cycleSteps>[0], revisions: number) => cycleSteps(state, revisions).map((step) => `${step.state}:${step.status}`);

describe('cycle stepper', () => {
  it('marks the steps before the current one done and the later ones to do', () => {
    expect(statuses('monitoring', 0)).toEqual(['planning:done', 'approved:done', 'monitoring:current', 'revised:todo', 'closed:todo', 'validated:todo', 'frozen:todo']);
  });

  it('shows the revision step skipped when the year went past it without a revision, done when one was approved', () => {
    expect(statuses('closed', 0)).toContain('revised:skipped');
    expect(statuses('frozen', 2)).toEqual(['planning:done', 'approved:done', 'monitoring:done', 'revised:done', 'closed:done', 'validated:done', 'frozen:current']);
  });
});
