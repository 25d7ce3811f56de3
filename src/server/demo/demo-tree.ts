/**
 * The performance tree of the demo plan 2025–2027 (area → strategic objective → program → operational
 * objective → action), the entity objectives set by the Giunta (section `entity`) and the objectives
 * assigned to offices (section `unit`).
 */
import type { z } from 'zod';
import type { nodeSchema } from '../../core/plan/plan.schema.js';

type NodeInput = z.input<typeof nodeSchema>;

const giunta2025 = { kind: 'delibera_giunta' as const, number: '8', date: '2025-01-29', body: 'Giunta camerale' };
const giunta2026 = { kind: 'delibera_giunta' as const, number: '11', date: '2026-01-27', body: 'Giunta camerale' };

function units(responsible: string[], involved: string[] = []) {
  return { responsible, involved };
}

const areas: NodeInput[] = [
  {
    code: 'A', level: 'strategic_area', title: 'Competitività delle imprese e del territorio', weight: 40, units: units(['A2']),
    description: '<p>Sostenere la <strong>trasformazione digitale</strong> e l\'apertura ai mercati esteri delle imprese del territorio.</p>',
  },
  {
    code: 'B', level: 'strategic_area', title: 'Semplificazione e tutela del mercato', weight: 35, units: units(['A1']),
    description: '<p>Un Registro delle imprese tempestivo e affidabile, un mercato trasparente e sicuro.</p>',
  },
  {
    code: 'C', level: 'strategic_area', title: "Efficienza, trasparenza e sostenibilità dell'ente", weight: 25, units: units(['SG'], ['A3']),
    description: '<p>Equilibrio economico, tempi di pagamento, trasparenza, benessere organizzativo.</p>',
  },
];

const strategic: NodeInput[] = [
  { code: 'A.1', parent: 'A', title: 'Favorire la digitalizzazione delle imprese', weight: 50, units: units(['A2'], ['A2.S1.U2']), budgetProgram: { mission: '011', program: '005' },
    budget: { '2025': { costs: { planned: 420_000, actual: 398_512.4 } }, '2026': { costs: { planned: 450_000 } }, '2027': { costs: { planned: 450_000 } } } },
  { code: 'A.2', parent: 'A', title: "Sostenere l'internazionalizzazione delle imprese", weight: 50, units: units(['A2'], ['A2.S1.U1']), budgetProgram: { mission: '016', program: '005' },
    budget: { '2025': { costs: { planned: 310_000, actual: 301_220 } }, '2026': { costs: { planned: 320_000 } } } },
  { code: 'B.1', parent: 'B', title: 'Un Registro delle imprese tempestivo e di qualità', weight: 60, units: units(['A1'], ['A1.S1']), budgetProgram: { mission: '012', program: '004' } },
  { code: 'B.2', parent: 'B', title: 'Tutelare il mercato e il consumatore', weight: 40, units: units(['A1'], ['A1.S2']), budgetProgram: { mission: '012', program: '004' } },
  { code: 'C.1', parent: 'C', title: "Garantire l'equilibrio economico-finanziario", weight: 50, units: units(['A3'], ['A3.S1']), budgetProgram: { mission: '032', program: '003' },
    budget: { '2025': { revenue: { planned: 6_800_000, actual: 6_912_344.15 }, costs: { planned: 6_700_000, actual: 6_553_002.77 } } } },
  { code: 'C.2', parent: 'C', title: 'Trasparenza, integrità e benessere organizzativo', weight: 50, units: units(['SG'], ['A3.S2']), budgetProgram: { mission: '032', program: '003' } },
];

const programs: NodeInput[] = [
  { code: 'A.1.P', parent: 'A.1', title: 'Programma Punto Impresa Digitale' },
  { code: 'A.2.P', parent: 'A.2', title: 'Programma Preparazione ai mercati internazionali' },
  { code: 'B.1.P', parent: 'B.1', title: 'Programma Tempestività del Registro imprese' },
  { code: 'B.2.P', parent: 'B.2', title: 'Programma Regolazione e vigilanza del mercato' },
  { code: 'C.1.P', parent: 'C.1', title: 'Programma Gestione delle risorse economiche' },
  { code: 'C.2.P', parent: 'C.2', title: 'Programma Amministrazione trasparente e organizzazione' },
];

const operational: NodeInput[] = [
  { code: 'A.1.1', parent: 'A.1.P', title: 'Diffondere la cultura digitale tra le imprese', weight: 50, units: units(['A2.S1.U2']) },
  { code: 'A.1.2', parent: 'A.1.P', title: 'Voucher per la digitalizzazione delle PMI', weight: 50, units: units(['A2.S1.U2'], ['A3.S1.U1']) },
  { code: 'A.2.1', parent: 'A.2.P', title: "Orientamento all'export per le imprese nuove esportatrici", weight: 60, units: units(['A2.S1.U1']) },
  { code: 'A.2.2', parent: 'A.2.P', title: 'Partecipazione a fiere e missioni commerciali', weight: 40, units: units(['A2.S1.U1']) },
  { code: 'B.1.1', parent: 'B.1.P', title: 'Ridurre i tempi di evasione delle pratiche', weight: 60, units: units(['A1.S1.U1']) },
  { code: 'B.1.2', parent: 'B.1.P', title: 'Migliorare la qualità della banca dati del Registro', weight: 40, units: units(['A1.S1.U1'], ['A1.S1.U2']) },
  { code: 'B.2.1', parent: 'B.2.P', title: 'Vigilanza metrologica e sicurezza dei prodotti', weight: 50, units: units(['A1.S2.U1']) },
  { code: 'B.2.2', parent: 'B.2.P', title: 'Mediazione e composizione negoziata della crisi d\'impresa', weight: 50, units: units(['A1.S2.U3']),
    history: [{ year: 2026, change: 'modified', act: giunta2026, note: "Dal 2026 l'obiettivo passa al nuovo Ufficio Mediazione" }] },
  { code: 'C.1.1', parent: 'C.1.P', title: 'Migliorare la riscossione del diritto annuale', weight: 50, units: units(['A3.S1.U1']) },
  { code: 'C.1.2', parent: 'C.1.P', title: 'Pagare i fornitori nei tempi di legge', weight: 50, units: units(['A3.S1.U1'], ['A3.S1.U2']) },
  { code: 'C.2.1', parent: 'C.2.P', title: 'Trasparenza e prevenzione della corruzione', weight: 50, units: units(['A3.S2.U2']) },
  { code: 'C.2.2', parent: 'C.2.P', title: 'Benessere organizzativo, formazione e lavoro agile', weight: 50, units: units(['A3.S2.U1']) },
];

const actions: NodeInput[] = [
  { code: 'A.1.1.1', parent: 'A.1.1', title: 'Eventi di sensibilizzazione sul digitale', units: units(['A2.S1.U2']) },
  { code: 'A.1.1.2', parent: 'A.1.1', title: 'Assessment della maturità digitale delle imprese', units: units(['A2.S1.U2']) },
  { code: 'A.1.2.1', parent: 'A.1.2', title: 'Pubblicazione del bando voucher', units: units(['A2.S1.U2']) },
  { code: 'A.1.2.2', parent: 'A.1.2', title: 'Istruttoria e liquidazione dei voucher', units: units(['A2.S1.U2'], ['A3.S1.U1']) },
  { code: 'A.2.1.1', parent: 'A.2.1', title: 'Sportello di primo orientamento all\'export', units: units(['A2.S1.U1']) },
  { code: 'A.2.1.2', parent: 'A.2.1', title: 'Percorsi formativi per nuovi esportatori', units: units(['A2.S1.U1']) },
  { code: 'A.2.2.1', parent: 'A.2.2', title: 'Programma annuale di fiere e missioni', units: units(['A2.S1.U1']) },
  { code: 'B.1.1.1', parent: 'B.1.1', title: 'Evasione delle pratiche telematiche entro 5 giorni', units: units(['A1.S1.U1']) },
  { code: 'B.1.1.2', parent: 'B.1.1', title: 'Evasione dei bilanci depositati', units: units(['A1.S1.U1']) },
  { code: 'B.1.2.1', parent: 'B.1.2', title: "Cancellazioni d'ufficio delle imprese non operative", units: units(['A1.S1.U1']) },
  { code: 'B.1.2.2', parent: 'B.1.2', title: 'Revisione periodica degli albi e ruoli', units: units(['A1.S1.U2']), firstYear: 2026,
    history: [{ year: 2026, change: 'introduced', act: giunta2026 }] },
  { code: 'B.2.1.1', parent: 'B.2.1', title: 'Verifiche periodiche sugli strumenti di misura', units: units(['A1.S2.U1']) },
  { code: 'B.2.1.2', parent: 'B.2.1', title: 'Ispezioni di vigilanza sulla sicurezza dei prodotti', units: units(['A1.S2.U1']) },
  { code: 'B.2.2.1', parent: 'B.2.2', title: 'Gestione delle procedure di mediazione', units: units(['A1.S2.U3']) },
  { code: 'C.1.1.1', parent: 'C.1.1', title: 'Emissione dei ruoli del diritto annuale', units: units(['A3.S1.U1']) },
  { code: 'C.1.1.2', parent: 'C.1.1', title: 'Ravvedimento e recupero del diritto annuale', units: units(['A3.S1.U1']) },
  { code: 'C.1.2.1', parent: 'C.1.2', title: 'Liquidazione delle fatture dei fornitori', units: units(['A3.S1.U1']) },
  { code: 'C.2.1.1', parent: 'C.2.1', title: 'Aggiornamento della sezione Amministrazione trasparente', units: units(['A3.S2.U2']) },
  { code: 'C.2.2.1', parent: 'C.2.2', title: 'Piano della formazione del personale', units: units(['A3.S2.U1']) },
  { code: 'C.2.2.2', parent: 'C.2.2', title: 'Indagine sul benessere organizzativo', units: units(['A3.S2.U1']) },
];

/** Objectives of the whole entity, set by the Giunta (they compose the entity's organisational performance). */
const entityObjectives: NodeInput[] = [
  { code: 'ENTE.1', section: 'entity', title: 'Pagare i fornitori nei tempi di legge', weight: 30, units: units(['SG']), history: [{ year: 2025, change: 'introduced', act: giunta2025 }] },
  { code: 'ENTE.2', section: 'entity', title: 'Realizzare i progetti finanziati dalla maggiorazione del 20% del diritto annuale', weight: 40, units: units(['SG'], ['A2']) },
  { code: 'ENTE.3', section: 'entity', title: 'Soddisfazione degli utenti dei servizi camerali', weight: 30, units: units(['SG'], ['SG.COM']) },
];

/** Objectives assigned to offices (unit performance). */
const unitObjectives: NodeInput[] = [
  { code: 'U.RI.1', section: 'unit', title: 'Registro imprese: tempi di evasione', units: units(['A1.S1.U1']), links: ['B.1.1'] },
  { code: 'U.PID.1', section: 'unit', title: 'PID: imprese assistite', units: units(['A2.S1.U2']) },
  { code: 'U.CONT.1', section: 'unit', title: 'Contabilità: tempestività dei pagamenti', units: units(['A3.S1.U1']) },
  { code: 'U.PERS.1', section: 'unit', title: 'Personale: formazione', units: units(['A3.S2.U1']) },
];

export const demoNodes: NodeInput[] = [
  ...areas.map((node) => ({ ...node, level: 'strategic_area' as const })),
  ...strategic.map((node) => ({ ...node, level: 'strategic_objective' as const, firstYear: 2025 })),
  ...programs.map((node) => ({ ...node, level: 'program' as const })),
  ...operational.map((node) => ({ ...node, level: 'operational_objective' as const })),
  ...actions.map((node) => ({ ...node, level: 'action' as const })),
  ...entityObjectives,
  ...unitObjectives,
];
