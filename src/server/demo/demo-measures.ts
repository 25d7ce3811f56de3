/**
 * The measures of the demo plan and their values: 2024 (starting values for growth and relative
 * targets), 2025 (final values of the closed year), and 2026 for the first two four-monthly periods
 * (30/04 and 31/08). Counts are cumulative from 1 January; days and percentages are the value at the
 * period's close (financial figures at the period's close are the interim accounts).
 */
import type { z } from 'zod';
import type { measureSchema, measureValueSchema } from '../../core/plan/plan.schema.js';

type MeasureInput = z.input<typeof measureSchema>;
type ValueInput = z.input<typeof measureValueSchema>;
type Reading = number | boolean | string;

interface MeasureSpec extends MeasureInput {
  /** 2024 and 2025 are final values; P1 and P2 are the 2026 periods closing 30/04 and 31/08. */
  readings: { 2024?: Reading; 2025?: Reading; P1?: Reading; P2?: Reading };
  /** Office whose referente enters the values. */
  office: string;
}

const priamo = 'InfoCamere – Priamo';
const contabilita = 'Contabilità camerale';
const interna = 'Rilevazione interna';

const specs: MeasureSpec[] = [
  { code: 'PID_IMPRESE', name: 'Imprese assistite dal PID', source: interna, office: 'A2.S1.U2', readings: { 2024: 280, 2025: 318, P1: 120, P2: 230 } },
  { code: 'PID_EVENTI', name: 'Numero eventi di sensibilizzazione digitale', source: interna, office: 'A2.S1.U2', readings: { 2024: 9, 2025: 12, P1: 4, P2: 8 } },
  { code: 'PID_PARTECIP', name: 'Numero partecipanti agli eventi PID', source: interna, office: 'A2.S1.U2', readings: { 2024: 230, 2025: 348, P1: 110, P2: 205 } },
  { code: 'PID_ASSESS', name: 'Assessment digitali realizzati', source: 'Piattaforma PID', office: 'A2.S1.U2', readings: { 2025: 131, P1: 40, P2: 85 } },
  { code: 'VOUCH_DOM', name: 'Domande di voucher digitali presentate', source: 'Piattaforma bandi', office: 'A2.S1.U2', readings: { 2025: 164, P1: 60, P2: 140 } },
  { code: 'VOUCH_AMM', name: 'Domande di voucher ammesse', source: 'Piattaforma bandi', office: 'A2.S1.U2', readings: { 2025: 121, P1: 38, P2: 95 } },
  { code: 'VOUCH_LIQ', name: 'Voucher liquidati', source: contabilita, office: 'A2.S1.U2', readings: { 2025: 74, P1: 20, P2: 51 } },
  { code: 'VOUCH_GG', name: 'Giorni medi di liquidazione dei voucher', unit: 'days', source: contabilita, office: 'A2.S1.U2', readings: { 2025: 54, P1: 48, P2: 57 } },
  { code: 'BANDO_DATA', name: 'Data di pubblicazione del bando voucher', unit: 'date', source: 'Albo camerale', office: 'A2.S1.U2', readings: { 2025: '2025-02-24', P1: '2026-03-09', P2: '2026-03-09' } },
  { code: 'EXP_IMPRESE', name: "Imprese orientate all'export", source: interna, office: 'A2.S1.U1', readings: { 2024: 84, 2025: 95, P1: 35, P2: 70 } },
  { code: 'EXP_SPORT', name: 'Incontri di primo orientamento allo sportello export', source: interna, office: 'A2.S1.U1', readings: { 2025: 131, P1: 44, P2: 90 } },
  { code: 'EXP_SODD', name: "Gradimento dei servizi per l'internazionalizzazione (% soddisfatti)", unit: 'percent', source: 'Questionari di gradimento', office: 'A2.S1.U1', readings: { 2025: 83.1, P1: 90.1, P2: 87.2 } },
  { code: 'EXP_CORSI', name: 'Percorsi formativi per nuovi esportatori', source: interna, office: 'A2.S1.U1', readings: { 2025: 4, P1: 1, P2: 3 } },
  { code: 'FIERE_IMPRESE', name: 'Imprese partecipanti a fiere e missioni', source: interna, office: 'A2.S1.U1', readings: { 2025: 37, P1: 12, P2: 29 } },
  { code: 'FIERE_N', name: 'Fiere e missioni organizzate', source: interna, office: 'A2.S1.U1', readings: { 2025: 9, P1: 3, P2: 6 } },
  { code: 'FIERE_PROG', name: 'Programma annuale di fiere e missioni approvato', unit: 'boolean', source: 'Delibere di Giunta', office: 'A2.S1.U1', readings: { 2025: true, P1: true, P2: true } },
  { code: 'RI_PRAT', name: 'Pratiche del Registro imprese evase', source: priamo, office: 'A1.S1.U1', readings: { 2025: 14_820, P1: 5_012, P2: 9_880 } },
  { code: 'RI_PRAT_5GG', name: 'Pratiche del Registro imprese evase entro 5 giorni', source: priamo, office: 'A1.S1.U1', readings: { 2025: 12_301, P1: 4_210, P2: 8_250 } },
  { code: 'RI_GG', name: 'Tempo medio di evasione delle pratiche RI', unit: 'days', source: priamo, office: 'A1.S1.U1', readings: { 2025: 5.4, P1: 4.2, P2: 4.8 } },
  { code: 'RI_BIL', name: 'Bilanci depositati evasi', source: priamo, office: 'A1.S1.U1', readings: { 2025: 9_410, P1: 2_100, P2: 8_700 } },
  { code: 'RI_BIL_SOSP', name: 'Bilanci in stato di sospensione', source: priamo, office: 'A1.S1.U1', readings: { 2024: 150, 2025: 132, P1: 160, P2: 141 } },
  { code: 'RI_CANC', name: "Cancellazioni d'ufficio avviate", source: priamo, office: 'A1.S1.U1', readings: { 2025: 262, P1: 80, P2: 170 } },
  { code: 'RI_CANC_CONCL', name: "Cancellazioni d'ufficio concluse", source: priamo, office: 'A1.S1.U1', readings: { 2025: 171, P1: 30, P2: 95 } },
  { code: 'ALBI_REV', name: 'Revisione periodica degli albi completata', unit: 'boolean', source: interna, office: 'A1.S1.U2', readings: { P1: false, P2: false } },
  { code: 'MET_VERIF', name: 'Strumenti di misura verificati', source: 'Eureka – metrologia', office: 'A1.S2.U1', readings: { 2025: 327, P1: 101, P2: 212 } },
  { code: 'MET_ISP', name: 'Ispezioni di vigilanza sulla sicurezza dei prodotti', source: interna, office: 'A1.S2.U1', readings: { 2025: 94, P1: 12, P2: 12 } },
  { code: 'MET_PIANO', name: 'Data di approvazione del piano annuale dei controlli', unit: 'date', source: 'Determinazioni dirigenziali', office: 'A1.S2.U1', readings: { 2025: '2025-04-08', P1: '2026-03-25', P2: '2026-03-25' } },
  { code: 'MED_DOM', name: 'Domande di mediazione presentate', source: 'ConciliaCamera', office: 'A1.S2.U3', readings: { 2025: 86, P1: 30, P2: 61 } },
  { code: 'MED_CONCL', name: 'Mediazioni concluse con accordo', source: 'ConciliaCamera', office: 'A1.S2.U3', readings: { 2025: 32, P1: 11, P2: 25 } },
  { code: 'MED_GG', name: 'Durata media delle mediazioni', unit: 'days', source: 'ConciliaCamera', office: 'A1.S2.U3', readings: { 2025: 52, P1: 49, P2: 55 } },
  { code: 'DA_DOV', name: 'Diritto annuale dovuto', unit: 'euro', source: 'DIANA – diritto annuale', office: 'A3.S1.U1', readings: { 2025: 4_850_000, P1: 4_900_000, P2: 4_900_000 } },
  { code: 'DA_INC', name: 'Diritto annuale incassato', unit: 'euro', source: 'DIANA – diritto annuale', office: 'A3.S1.U1', readings: { 2025: 3_590_000, P1: 1_120_000, P2: 3_540_000 } },
  { code: 'DA_RUOLI', name: 'Data di emissione dei ruoli del diritto annuale', unit: 'date', source: 'DIANA – diritto annuale', office: 'A3.S1.U1', readings: { 2025: '2025-06-20', P2: '2026-07-15' } },
  { code: 'DA_RAVV', name: 'Diritto annuale recuperato con ravvedimento', unit: 'euro', source: 'DIANA – diritto annuale', office: 'A3.S1.U1', readings: { 2025: 268_400, P1: 61_000, P2: 142_500 } },
  { code: 'PAG_GG', name: 'Tempo medio di pagamento delle fatture', unit: 'days', source: 'PCC – Piattaforma crediti commerciali', office: 'A3.S1.U1', readings: { 2025: 27.4, P1: 24.9, P2: 31.2 } },
  { code: 'PAG_FATT', name: 'Fatture pagate', source: contabilita, office: 'A3.S1.U1', readings: { 2025: 1_612, P1: 520, P2: 1_080 } },
  { code: 'PAG_30', name: 'Fatture pagate entro 30 giorni', source: contabilita, office: 'A3.S1.U1', readings: { 2025: 1_497, P1: 489, P2: 960 } },
  { code: 'ONERI_CORR', name: 'Oneri correnti', unit: 'euro', source: 'Bilancio d\'esercizio', office: 'A3.S1.U1', readings: { 2025: 6_553_002.77, P1: 2_080_400, P2: 4_210_950 } },
  { code: 'INT_ECON', name: 'Interventi economici', unit: 'euro', source: 'Bilancio d\'esercizio', office: 'A3.S1.U1', readings: { 2025: 1_300_000, P1: 310_000, P2: 702_000 } },
  { code: 'PROV_CORR', name: 'Proventi correnti', unit: 'euro', source: 'Bilancio d\'esercizio', office: 'A3.S1.U1', readings: { 2025: 6_012_344.15, P1: 1_950_000, P2: 4_020_500 } },
  { code: 'TRASP_GRIGLIA', name: 'Obblighi di pubblicazione assolti (griglia OIV)', unit: 'percent', source: 'Griglia di rilevazione OIV', office: 'A3.S2.U2', readings: { 2025: 96.4, P1: 97, P2: 97.8 } },
  { code: 'TRASP_AGG', name: 'Aggiornamenti della sezione Amministrazione trasparente', source: 'CMS del sito', office: 'A3.S2.U2', readings: { 2025: 52, P1: 17, P2: 35 } },
  { code: 'PTPCT', name: 'Sezione anticorruzione del PIAO approvata', unit: 'boolean', source: 'Delibere di Giunta', office: 'A3.S2.U2', readings: { 2025: true, P1: true, P2: true } },
  { code: 'FORM_ORE', name: 'Ore di formazione del personale', source: 'Registro della formazione', office: 'A3.S2.U1', readings: { 2025: 1_310, P1: 380, P2: 790 } },
  { code: 'DIP', name: 'Numero dipendenti', source: 'Conto annuale', office: 'A3.S2.U1', readings: { 2024: 98, 2025: 96, P1: 95, P2: 95 } },
  { code: 'LAV_AGILE', name: 'Dipendenti in lavoro agile', source: 'Accordi individuali', office: 'A3.S2.U1', readings: { 2025: 31, P1: 33, P2: 34 } },
  { code: 'BEN_QUEST', name: 'Data di somministrazione del questionario sul benessere', unit: 'date', source: interna, office: 'A3.S2.U1', readings: { 2025: '2025-11-14' } },
  { code: 'BEN_RISP', name: 'Questionari compilati', source: interna, office: 'A3.S2.U1', readings: { 2025: 63 } },
  { code: 'CS_SODD', name: 'Utenti soddisfatti dei servizi camerali (%)', unit: 'percent', source: 'Indagine di customer satisfaction', office: 'SG.COM', readings: { 2025: 87.3, P1: 85.4, P2: 86.1 } },
  { code: 'PROG20_ATT', name: 'Grado di attuazione dei progetti finanziati dal +20%', unit: 'percent', source: 'Rendicontazione Unioncamere', office: 'A2.S1', readings: { 2025: 92.5, P1: 30, P2: 61 } },
];

export const demoMeasures: MeasureInput[] = specs.map(({ readings: _readings, office: _office, ...measure }) => ({
  periodicity: 'four_monthly',
  unit: 'number',
  ...measure,
}));

/** Who enters the values of an office's measures (the demo referente covers two offices). */
export function enteredByFor(office: string): string {
  return office === 'A1.S1.U1' || office === 'A1.S1.U2' ? 'referente' : 'stp';
}

function valuesOf(spec: MeasureSpec): ValueInput[] {
  const by = enteredByFor(spec.office);
  const values: ValueInput[] = [];
  const { readings } = spec;
  if (readings[2024] !== undefined) {
    values.push({ measure: spec.code, year: 2024, value: readings[2024], state: 'validated', enteredBy: by, enteredAt: '2025-01-20T09:00:00.000Z', note: 'Valore di partenza (consuntivo 2024)' });
  }
  if (readings[2025] !== undefined) {
    values.push({ measure: spec.code, year: 2025, value: readings[2025], state: 'validated', enteredBy: by, enteredAt: '2026-01-22T10:15:00.000Z', source: spec.source });
  }
  if (readings.P1 !== undefined) {
    values.push({ measure: spec.code, year: 2026, period: '2026-1', value: readings.P1, state: 'validated', enteredBy: by, enteredAt: '2026-05-12T08:30:00.000Z', source: spec.source });
  }
  if (readings.P2 !== undefined) {
    // The second period is being collected: most values submitted, the Registro's still in draft.
    const state = spec.office === 'A1.S1.U2' ? 'draft' : 'submitted';
    values.push({ measure: spec.code, year: 2026, period: '2026-2', value: readings.P2, state, enteredBy: by, enteredAt: '2026-09-10T14:00:00.000Z', source: spec.source });
  }
  return values;
}

export const demoValues: ValueInput[] = specs.flatMap(valuesOf);
