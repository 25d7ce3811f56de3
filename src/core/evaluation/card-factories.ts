/**
 * Test factories for cards and card policies, modelled on the Massa-Carrara Piano 2021 (seed 002):
 * the Segretario Generale's card 15/25/60, the same person as acting manager of Area 1 and Area 2,
 * P.O. cards 33,33/33,33/33,34. Inputs go through the schemas, so defaults apply as for a file.
 */
import { cardPolicySchema, type CardPolicy, type CardPolicyInput } from './card-policy.schema.js';
import { evaluationCardSchema, type EvaluationCard, type EvaluationCardInput } from './card.schema.js';

export function buildCard(overrides: Partial<EvaluationCardInput> = {}): EvaluationCard {
  return evaluationCardSchema.parse({
    code: 'SG-2021',
    person: { code: 'ciabatti.enrico', name: 'Ciabatti Enrico' },
    role: 'sg',
    roleLabel: 'Segretario Generale',
    year: 2021,
    evaluator: { code: 'OIV', name: 'Organismo Indipendente di Valutazione' },
    components: [{ key: 'objectives', weight: 100 }],
    objectives: [
      { code: 'SG_1', title: 'Consolidare il ruolo della Camera quale osservatore dell\'economia locale', weight: 15, indicators: ['S1.1.a'] },
      { code: 'SG_2', title: 'Assicurare un ruolo di attore del territorio', weight: 25, indicators: ['SG_2.a'] },
      { code: 'SG_3', title: 'Promuovere lo sviluppo delle imprese ricercando nuove risorse', weight: 60, indicators: ['D1.3_04.1', 'D1.3_04.2'] },
    ],
    ...overrides,
  });
}

/** A P.O. card with three objectives weighted 33,33 / 33,33 / 33,34. */
export function buildPoCard(overrides: Partial<EvaluationCardInput> = {}): EvaluationCard {
  return buildCard({
    code: 'PO2-2021',
    person: { code: 'bongiorni.mirco', name: 'Bongiorni Mirco' },
    role: 'po',
    roleLabel: 'P.O.',
    orgUnit: 'SERV_RI',
    evaluator: { code: 'ciabatti.enrico', name: 'Ciabatti Enrico' },
    objectives: [
      { code: 'PO2_3', title: 'Customer satisfaction (giudizio buono o più)', weight: 33.34, indicators: ['PO2_3.a'] },
      { code: 'PO2_1_2021', title: 'Avvio revisione dei processi e dei modelli di lavoro', weight: 33.33, indicators: ['PO2_1.a', 'PO2_1.b'] },
      { code: 'PO2_2_2021', title: 'Aggiornamento applicativo entro N giorni da chiusura quadrimestre', weight: 33.33, indicators: ['PO2_2_2021_AGG'] },
    ],
    ...overrides,
  });
}

export function buildCardPolicy(overrides: Partial<CardPolicyInput> = {}): CardPolicy {
  return cardPolicySchema.parse(overrides);
}
