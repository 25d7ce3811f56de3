import { describe, expect, it } from 'vitest';
import { evaluationCardSchema } from '../../../core/evaluation/card.schema.js';
import { cardOfDraft, draftOf, draftProblems, weightSum } from './card-draft.js';

const card = evaluationCardSchema.parse({
  code: 'PO-1', person: { code: 'referente', name: 'Paolo Greco' }, role: 'po', year: 2025,
  objectives: [
    { code: 'PO_1', title: 'Tempi', weight: 33.33, nodes: ['B.1.1'] },
    { code: 'PO_2', title: 'Qualità', weight: 33.33, indicators: ['I1'] },
    { code: 'PO_3', title: 'Pratiche', weight: 33.34, ownIndicators: [{ code: 'O1', name: 'Giudizio', achievement: 90, justification: 'Ok' }] },
  ],
  behaviours: [{ code: 'LEAD', label: 'Guida', rating: 4 }],
});

describe('card editor draft', () => {
  it('sums 33,33 + 33,33 + 33,34 to exactly 100 and finds no problem', () => {
    const draft = draftOf(card);
    expect(draft.objectives[0]!.weight).toBe('33,33');
    expect(weightSum(draft)).toBe(100);
    expect(draftProblems(draft)).toEqual({});
    expect(cardOfDraft(card, draft)).toEqual(card);
  });

  it('locates a weight sum off 100, a bad weight, a missing title and an unmeasured objective', () => {
    const draft = draftOf(card);
    draft.objectives[0] = { ...draft.objectives[0]!, weight: '40', title: ' ', nodes: [] };
    draft.objectives[1] = { ...draft.objectives[1]!, weight: 'tanto' };
    expect(weightSum(draft)).toBe(73.34);
    expect(draftProblems(draft)).toEqual({
      'objectives.0.title': 'titleMissing', 'objectives.0.indicators': 'unmeasured', 'objectives.1.weight': 'weightInvalid', 'objectives.weights': 'weightSumError',
    });
  });

  it('writes the ratings and weights back into the card', () => {
    const draft = draftOf(card);
    draft.ratings.LEAD = '5';
    draft.objectives[2]!.weight = '33,34';
    const saved = cardOfDraft(card, draft);
    expect(saved.behaviours[0]!.rating).toBe(5);
    expect(saved.objectives[2]!.ownIndicators[0]!.achievement).toBe(90);
  });
});
