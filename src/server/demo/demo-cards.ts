/**
 * The demo's evaluation cards for 2025 (the closed year, so their scores are complete): the Segretario
 * Generale (objectives 20/20/30/30 on the strategic areas and objectives of the plan, evaluated by the
 * OIV), the dirigente of Area 1 (unit 30 / objectives 50 / behaviours 20, evaluated by the SG) and a
 * P.O. of the Registro imprese (33,33/33,33/33,34, evaluated by the dirigente). Card people and
 * evaluators are linked to the demo accounts by username. Each card starts assigned (objectives set by
 * its evaluator); the card policy of 2025 carries the fund bands.
 */
import type { CardPolicyInput } from '../../core/evaluation/card-policy.schema.js';
import { applyCardTransition, newCardWorkflow } from '../../core/evaluation/card-workflow.js';
import { evaluationCardSchema, type EvaluationCard, type EvaluationCardInput } from '../../core/evaluation/card.schema.js';
import { appendAudit, type AuditActor } from '../audit/audit-log.js';
import type { Queryable } from '../db/database.js';
import { evaluationCardWorkflows } from '../db/schema.js';
import { insertCardPolicy } from '../services/card-policy.js';

export const DEMO_CARD_YEAR = 2025;

export const demoCardPolicy: CardPolicyInput = {
  ratingScale: { min: 1, max: 5, conversion: 'proportional' },
  fund: {
    bands: [
      { min: 60, coefficient: 0.6, label: 'Fascia 3' },
      { min: 80, coefficient: 0.8, label: 'Fascia 2' },
      { min: 95, coefficient: 1, label: 'Fascia 1' },
    ],
  },
};

export function buildDemoCards(): EvaluationCardInput[] {
  return [
    {
      code: 'SG-2025', person: { code: 'sg', name: 'Marco Bellini' }, role: 'sg', roleLabel: 'Segretario Generale', orgUnit: 'SG',
      year: DEMO_CARD_YEAR, evaluator: { code: 'oiv', name: 'Prof. Andrea Ricci (OIV)' },
      components: [{ key: 'objectives', weight: 100 }],
      objectives: [
        { code: 'SG_1', title: 'Competitività delle imprese e del territorio', weight: 20, nodes: ['A'] },
        { code: 'SG_2', title: 'Semplificazione e tutela del mercato', weight: 20, nodes: ['B'] },
        { code: 'SG_3', title: "Equilibrio economico-finanziario dell'ente", weight: 30, nodes: ['C.1'] },
        { code: 'SG_4', title: 'Trasparenza, integrità e benessere organizzativo', weight: 30, nodes: ['C.2'] },
      ],
    },
    {
      code: 'DIR-A1-2025', person: { code: 'dirigente', name: 'Laura Conti' }, role: 'dirigente', roleLabel: 'Dirigente Area 1', orgUnit: 'A1',
      year: DEMO_CARD_YEAR, evaluator: { code: 'sg', name: 'Marco Bellini' },
      components: [{ key: 'unit_performance', weight: 30 }, { key: 'objectives', weight: 50 }, { key: 'behaviours', weight: 20 }],
      objectives: [
        { code: 'DIR_1', title: 'Un Registro delle imprese tempestivo e di qualità', weight: 60, nodes: ['B.1'] },
        { code: 'DIR_2', title: 'Tutelare il mercato e il consumatore', weight: 40, nodes: ['B.2'] },
      ],
      behaviours: [
        { code: 'LEAD', label: 'Guida e sviluppo dei collaboratori', rating: 4 },
        { code: 'DIFF', label: 'Capacità di differenziare le valutazioni', rating: 5 },
        { code: 'PROB', label: 'Soluzione dei problemi', rating: 4 },
      ],
    },
    {
      code: 'PO-RI-2025', person: { code: 'referente', name: 'Paolo Greco' }, role: 'po', roleLabel: 'P.O. Registro imprese', orgUnit: 'A1.S1.U1',
      year: DEMO_CARD_YEAR, evaluator: { code: 'dirigente', name: 'Laura Conti' },
      components: [{ key: 'objectives', weight: 100 }],
      objectives: [
        { code: 'PO_1', title: 'Ridurre i tempi di evasione delle pratiche', weight: 33.33, nodes: ['B.1.1'] },
        { code: 'PO_2', title: 'Migliorare la qualità della banca dati del Registro', weight: 33.33, nodes: ['B.1.2'] },
        { code: 'PO_3', title: 'Evasione delle pratiche telematiche entro 5 giorni', weight: 33.34, nodes: ['B.1.1.1'] },
      ],
    },
  ];
}

/** The demo cards as the plan model carries them (defaults applied). */
export function demoPlanCards(): EvaluationCard[] {
  return buildDemoCards().map((card) => evaluationCardSchema.parse(card));
}

/** The cards' workflows (assigned by their evaluators) and the card policy of 2025; the cards themselves are saved with the plan. */
export async function saveDemoCardWorkflows(tx: Queryable, entityId: string, planId: string, actor: AuditActor): Promise<void> {
  await insertCardPolicy(tx, entityId, DEMO_CARD_YEAR, demoCardPolicy);
  const at = '2025-02-14T09:00:00.000Z';
  for (const card of buildDemoCards()) {
    const workflow = newCardWorkflow(15);
    const assigned = applyCardTransition(workflow, { action: 'assign' }, { relations: ['evaluator'], username: card.evaluator!.code, now: at });
    if (!assigned.ok) throw new Error(`demo card ${card.code}: ${assigned.code}`);
    const { state, ...rest } = assigned.value;
    const [row] = await tx.insert(evaluationCardWorkflows).values({ entityId, planId, cardCode: card.code, year: card.year, state, workflow: rest }).returning();
    await appendAudit(tx, { actor, entityId, objectType: 'evaluation_card_workflow', objectId: row!.id, action: 'workflow.assign', after: row });
  }
}
