/**
 * Test inputs of the documents: the demo plan of the data engineer (src/server/demo, entity DEMO,
 * plan 2025–2027, 2025 closed) with, added here, two evaluation cards for 2025, a deviation note and
 * a staff table, so every section of both documents has something to show.
 */
import { cardPolicySchema, type CardPolicy } from '../../core/evaluation/card-policy.schema.js';
import { evaluationCardSchema, type EvaluationCard } from '../../core/evaluation/card.schema.js';
import type { Plan } from '../../core/plan/plan.schema.js';
import { defaultScoringPolicy, scoringPolicySchema, type ScoringPolicy, type ScoringPolicyInput } from '../../core/scoring/policy.schema.js';
import { buildDemoPlan } from '../../server/demo/demo-plan.js';
import { documentInputFromPlan } from '../document-input-from-plan.js';
import type { DocumentInput, EntityProfile } from '../model/document-input.js';
import type { DocumentLocale } from '../model/document-model.js';

export const DEMO_YEAR = 2025;

/** The note of the measured value behind the demo's one missed deadline (kpiB21_02, MET_PIANO). */
export const DEVIATION_NOTE = 'Causa: il piano nazionale dei controlli è stato pubblicato in ritardo. Azione correttiva: approvazione anticipata a febbraio dal 2026.';

const cards: EvaluationCard[] = [
  evaluationCardSchema.parse({
    code: 'SG-2025', person: { code: 'bianchi.anna', name: 'Anna Bianchi' }, role: 'sg', roleLabel: 'Segretario Generale', year: DEMO_YEAR,
    evaluator: { code: 'OIV', name: 'OIV' },
    components: [{ key: 'entity_performance', weight: 20 }, { key: 'objectives', weight: 80 }],
    objectives: [
      { code: 'SG_1', title: 'Semplificare il Registro delle imprese', weight: 40, indicators: ['kpiB1_01', 'kpiB1_02'] },
      { code: 'SG_2', title: 'Sostenere la digitalizzazione delle imprese', weight: 35, nodes: ['A.1'] },
      { code: 'SG_3', title: 'Equilibrio economico e trasparenza', weight: 25, indicators: [{ code: 'kpiC1_01', weight: 60 }, { code: 'kpiC2_01', weight: 40 }] },
    ],
  }),
  evaluationCardSchema.parse({
    code: 'DIR-A1-2025', person: { code: 'rossi.marco', name: 'Marco Rossi' }, role: 'dirigente', roleLabel: 'Dirigente Area 1', orgUnit: 'A1', year: DEMO_YEAR,
    evaluator: { code: 'bianchi.anna', name: 'Anna Bianchi' },
    components: [{ key: 'unit_performance', weight: 40 }, { key: 'objectives', weight: 60 }],
    objectives: [
      { code: 'A1_1', title: 'Tempi del Registro delle imprese', weight: 60, indicators: ['kpiB11_01', 'kpiB11_02'] },
      { code: 'A1_2', title: 'Vigilanza e controlli', weight: 40, indicators: ['kpiB21_01', 'kpiB21_02'],
        ownIndicators: [{ code: 'A1_2_q', name: 'Qualità dei verbali di ispezione', weight: 20, target: 'Giudizio positivo del SG', achievement: 95, justification: 'Verifica a campione del SG' }] },
    ],
  }),
];

export const DEMO_PROFILE: EntityProfile = {
  mission: '<p>La Camera di commercio <strong>promuove</strong> lo sviluppo delle imprese del territorio e tiene il <em>Registro delle imprese</em>.</p><ul><li>servizi anagrafici</li><li>promozione e internazionalizzazione</li></ul>',
  staffYear: 2024,
  staff: [
    { category: 'Dirigenti', women: 1, men: 2 },
    { category: 'Categoria D', women: 14, men: 9 },
    { category: 'Categoria C', women: 31, men: 12 },
    { category: 'Categoria B', women: 4, men: 5 },
  ],
};

/** The demo plan with the fixture's cards and the deviation note. */
export function documentDemoPlan(): Plan {
  const plan = buildDemoPlan();
  const values = plan.values.map((value) => (value.measure === 'MET_PIANO' && value.year === DEMO_YEAR && value.period === undefined
    ? { ...value, note: DEVIATION_NOTE } : value));
  return { ...plan, values, cards };
}

export function demoPolicy(overrides: Partial<ScoringPolicyInput> = {}): ScoringPolicy {
  const base = defaultScoringPolicy('DEMO', DEMO_YEAR);
  return scoringPolicySchema.parse({
    ...base, ...overrides,
    meta: { ...base.meta, approvedBy: { kind: 'delibera_giunta', number: '95', date: '2024-12-16', body: 'Giunta camerale' } },
  });
}

export function demoCardPolicy(policy: ScoringPolicy): CardPolicy {
  return cardPolicySchema.parse({ rounding: policy.rounding, missing: 'exclude' });
}

/** The document input of the demo plan for 2025, scored by the engine. */
export function demoDocumentInput(locale: DocumentLocale = 'it', policy: ScoringPolicy = demoPolicy()): DocumentInput {
  return documentInputFromPlan({
    plan: documentDemoPlan(), policy, year: DEMO_YEAR, locale, cardPolicy: demoCardPolicy(policy), profile: DEMO_PROFILE,
  });
}
