import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { buildPlan } from '../plan/plan-factories.js';
import { planSchema } from '../plan/plan.schema.js';
import { cardPolicySchema, fundPolicySchema } from './card-policy.schema.js';
import { evaluationCardSchema, linkParts, type EvaluationCardInput } from './card.schema.js';

const sgCard: EvaluationCardInput = {
  code: 'SG-2026',
  person: { code: 'rossi.maria', name: 'Rossi Maria' },
  role: 'sg',
  year: 2026,
  objectives: [{ code: 'SG_1', title: 'Obiettivo', weight: 100, indicators: ['KPI1', { code: 'KPI2', weight: 2 }] }],
};

describe('evaluationCardSchema', () => {
  it('applies the defaults of a card', () => {
    const card = evaluationCardSchema.parse(sgCard);
    expect(card.components).toEqual([]);
    expect(card.behaviours).toEqual([]);
    expect(card.objectives[0]).toMatchObject({ nodes: [], ownIndicators: [] });
    expect(card.objectives[0]?.indicators.map(linkParts)).toEqual([{ code: 'KPI1', weight: undefined }, { code: 'KPI2', weight: 2 }]);
  });

  it('rejects an unknown role, a weight above 100 and unknown fields', () => {
    const issues = (input: unknown) => evaluationCardSchema.safeParse(input).error?.issues.map((issue) => issue.path.join('.'));
    expect(issues({ ...sgCard, role: 'director' })).toEqual(['role']);
    expect(issues({ ...sgCard, objectives: [{ code: 'SG_1', title: 'Obiettivo', weight: 120 }] })).toEqual(['objectives.0.weight']);
    expect(issues({ ...sgCard, salary: 1 })).toEqual(['']);
  });

  it('lets a plan file carry cards, and the plan JSON Schema describes them', () => {
    const plan = buildPlan({ cards: [sgCard] });
    expect(plan.cards.map((card) => card.code)).toEqual(['SG-2026']);
    expect(buildPlan().cards).toEqual([]);
    const jsonSchema = z.toJSONSchema(planSchema, { io: 'input' }) as { properties: Record<string, { type?: string }> };
    expect(jsonSchema.properties.cards?.type).toBe('array');
  });
});

describe('cardPolicySchema', () => {
  it('has defaults for scale, rounding and missing data', () => {
    const policy = cardPolicySchema.parse({});
    expect(policy.ratingScale).toEqual({ min: 1, max: 5, conversion: 'proportional' });
    expect(policy.rounding).toEqual({ decimals: 2, mode: 'half_up' });
    expect(policy.missing).toBe('block');
    expect(policy.tolerance).toBeUndefined();
  });

  it('rejects a scale whose max is not above its min', () => {
    expect(cardPolicySchema.safeParse({ ratingScale: { min: 5, max: 5 } }).success).toBe(false);
  });

  it('rejects bands that start twice at the same score or pay less for a higher score', () => {
    const messages = (bands: unknown) => fundPolicySchema.safeParse({ bands }).error?.issues.map((issue) => issue.message);
    expect(messages([{ min: 60, coefficient: 1 }, { min: 60, coefficient: 1.2 }])).toEqual(['two bands start at 60']);
    expect(messages([{ min: 90, coefficient: 0.8 }, { min: 60, coefficient: 1 }]))
      .toEqual(['the band from 90 has a lower coefficient than the band below it']);
    expect(messages([{ min: 60, coefficient: 0.6 }, { min: 90, coefficient: 1 }])).toBeUndefined();
  });
});
