import { describe, expect, it } from 'vitest';
import {
  allowedCardActions, appealDeadline, applyCardTransition, newCardWorkflow, type CardRelation, type CardTransitionInput, type CardWorkflow,
} from './card-workflow.js';

const at = (day: number) => new Date(Date.UTC(2026, 0, day, 10)).toISOString();

function step(workflow: CardWorkflow, input: CardTransitionInput, relations: CardRelation[], username: string, day = 1): CardWorkflow {
  const result = applyCardTransition(workflow, input, { relations, username, now: at(day) });
  if (!result.ok) throw new Error(`${input.action}: ${result.code}`);
  return result.value;
}

function toFinalAcknowledged(appealDays = 15): CardWorkflow {
  let w = newCardWorkflow(appealDays);
  w = step(w, { action: 'assign' }, ['evaluator'], 'sg');
  w = step(w, { action: 'acknowledge' }, ['person'], 'dir');
  w = step(w, { action: 'mid_year_check', note: 'in linea' }, ['evaluator'], 'sg');
  w = step(w, { action: 'propose_final', note: 'colloquio del 10/01', score: { raw: 91.6, adjusted: 94 } }, ['evaluator'], 'sg');
  return step(w, { action: 'acknowledge_final' }, ['person'], 'dir', 2);
}

describe('card workflow', () => {
  it('walks the cycle and records every step with its actor', () => {
    const w = toFinalAcknowledged();
    expect(w.state).toBe('final_acknowledged');
    expect(w.history.map((s) => `${s.action}:${s.by}:${s.to}`)).toEqual([
      'assign:sg:assigned', 'acknowledge:dir:acknowledged', 'mid_year_check:sg:mid_year_checked',
      'propose_final:sg:final_proposed', 'acknowledge_final:dir:final_acknowledged',
    ]);
    expect(w.feedback).toBe('colloquio del 10/01');
    expect(w.finalScore).toEqual({ raw: 91.6, adjusted: 94 });
    expect(appealDeadline(w)).toBe(at(17));
  });

  it('refuses the wrong role and the wrong state, leaving the input unchanged', () => {
    const w = newCardWorkflow();
    expect(applyCardTransition(w, { action: 'assign' }, { relations: ['person'], username: 'dir', now: at(1) })).toMatchObject({ ok: false, code: 'card_transition_forbidden' });
    expect(applyCardTransition(w, { action: 'acknowledge' }, { relations: ['person'], username: 'dir', now: at(1) })).toMatchObject({ ok: false, code: 'card_transition_invalid_state' });
    expect(w).toEqual(newCardWorkflow());
  });

  it('requires the feedback note and a score for the final proposal', () => {
    let w = step(newCardWorkflow(), { action: 'assign' }, ['manager'], 'stp');
    w = step(w, { action: 'acknowledge' }, ['person'], 'dir');
    w = step(w, { action: 'mid_year_check' }, ['evaluator'], 'sg');
    const context = { relations: ['evaluator'] as CardRelation[], username: 'sg', now: at(3) };
    expect(applyCardTransition(w, { action: 'propose_final', note: '  ', score: { raw: 90, adjusted: 90 } }, context)).toMatchObject({ code: 'card_note_required' });
    expect(applyCardTransition(w, { action: 'propose_final', note: 'ok', score: { raw: null, adjusted: null } }, context)).toMatchObject({ code: 'card_score_required' });
  });

  it('accepts an appeal within the period; the reviewer changes the score and closes', () => {
    let w: CardWorkflow = { ...toFinalAcknowledged(10), reviewer: 'oiv' };
    expect(applyCardTransition(w, { action: 'appeal', note: 'dati errati' }, { relations: ['person'], username: 'dir', now: at(13) })).toMatchObject({ code: 'card_appeal_expired' });
    w = step(w, { action: 'appeal', note: 'dati errati' }, ['person'], 'dir', 5);
    expect(allowedCardActions(w, ['manager'])).toEqual([]);
    expect(allowedCardActions(w, ['reviewer'])).toEqual(['decide_appeal']);
    expect(applyCardTransition(w, { action: 'decide_appeal', note: 'accolto', outcome: 'accepted' }, { relations: ['reviewer'], username: 'oiv', now: at(6) })).toMatchObject({ code: 'card_outcome_required' });
    w = step(w, { action: 'decide_appeal', note: 'accolto', outcome: 'accepted', score: { raw: 96, adjusted: 98 } }, ['reviewer'], 'oiv', 6);
    expect(w.state).toBe('closed');
    expect(w.finalScore).toEqual({ raw: 96, adjusted: 98 });
    expect(w.appeal).toMatchObject({ outcome: 'accepted', decidedBy: 'oiv', scoreBefore: { raw: 91.6, adjusted: 94 } });
  });

  it('lets the stp decide appeals when no reviewer is named, and a rejection keeps the score', () => {
    let w = step(toFinalAcknowledged(), { action: 'appeal', note: 'no' }, ['person'], 'dir', 3);
    w = step(w, { action: 'decide_appeal', note: 'respinto', outcome: 'rejected' }, ['manager'], 'stp', 4);
    expect(w.finalScore).toEqual({ raw: 91.6, adjusted: 94 });
  });

  it('closes after the appeal period, or earlier when the person waives it', () => {
    const w = toFinalAcknowledged(15);
    expect(applyCardTransition(w, { action: 'close' }, { relations: ['evaluator'], username: 'sg', now: at(10) })).toMatchObject({ code: 'card_appeal_window_open' });
    expect(step(w, { action: 'close' }, ['evaluator'], 'sg', 20).state).toBe('closed');
    expect(step(w, { action: 'close' }, ['person'], 'dir', 3).state).toBe('closed');
  });
});
