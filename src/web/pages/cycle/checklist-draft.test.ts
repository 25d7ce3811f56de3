import { describe, expect, it } from 'vitest';
import { checklistBody, checklistErrors, emptyChecklist } from './checklist-draft.js';

describe('OIV checklist drafts', () => {
  it('asks for every answer and an explanation of each negative one', () => {
    const draft = emptyChecklist();
    expect(Object.keys(checklistErrors(draft))).toHaveLength(6);
    for (const item of Object.keys(draft) as (keyof typeof draft)[]) draft[item] = { answer: 'yes', note: '' };
    draft.evidence_sampled = { answer: 'no', note: ' ' };
    expect(checklistErrors(draft)).toEqual({ evidence_sampled: 'noteRequired' });
    draft.evidence_sampled = { answer: 'no', note: ' Evidenze mancanti per 2 valori ' };
    expect(checklistErrors(draft)).toEqual({});
    expect(checklistBody(draft)[1]).toEqual({ item: 'evidence_sampled', answer: 'no', note: 'Evidenze mancanti per 2 valori' });
    expect(checklistBody(draft)[0]).toEqual({ item: 'sources_documented', answer: 'yes' });
  });
});
