/**
 * The indicators of the demo plan (65): targets written in the target language, formulas in the
 * canonical formula language — measures by code (`RI_PRAT`) and by name (`[Questionari compilati]`),
 * the previous year (`@t-1`), and the roll-up of child nodes (`rollup()`).
 */
import type { z } from 'zod';
import type { indicatorSchema } from '../../core/plan/plan.schema.js';

type IndicatorInput = z.input<typeof indicatorSchema>;
type Extra = Partial<IndicatorInput>;

/** Targets for 2025, 2026, 2027 (undefined = none given for that year). */
type Targets = [string | undefined, string | undefined, string | undefined];

function kpi(code: string, node: string, name: string, formula: string | undefined, unit: IndicatorInput['unit'], targets: Targets | string, extra: Extra = {}): IndicatorInput {
  const list = typeof targets === 'string' ? [targets, targets, targets] : targets;
  const byYear: Record<string, string> = {};
  list.forEach((target, i) => { if (target !== undefined) byYear[String(2025 + i)] = target; });
  return { code, node, name, unit, targets: byYear, periodicity: 'four_monthly', ...(formula ? { formula } : {}), ...extra };
}

const share5 = 'RI_PRAT_5GG / RI_PRAT * 100';

const strategic: IndicatorInput[] = [
  kpi('kpiA1_01', 'A.1', 'Imprese assistite dal Punto Impresa Digitale', 'PID_IMPRESE', 'number', ['>= 300', '>= 330', '>= 360'], { type: 'volume', weight: 50, baseline: { year: 2024, value: 280 } }),
  kpi('kpiA1_02', 'A.1', 'Crescita delle imprese assistite dal PID', '(PID_IMPRESE - PID_IMPRESE@t-1) / PID_IMPRESE@t-1 * 100', 'percent', '>= +10%', {
    type: 'efficacy', weight: 50, formulaProse: '(Imprese assistite(t) - Imprese assistite(t-1)) / Imprese assistite(t-1) * 100', periodicity: 'annual',
    baseline: { year: 2024, value: 7.7, text: '+7,7% (2024 sul 2023)' } }),
  kpi('kpiA2_01', 'A.2', "Imprese orientate all'export", 'EXP_IMPRESE', 'number', '>= +10%', { type: 'volume', weight: 60, baseline: { year: 2024, value: 84 }, notes: 'Crescita rispetto al consuntivo dell\'anno precedente' }),
  kpi('kpiA2_02', 'A.2', "Gradimento dei servizi per l'internazionalizzazione", 'EXP_SODD', 'percent', '>= 85%', { type: 'quality', weight: 40 }),
  kpi('kpiB1_01', 'B.1', 'Pratiche del Registro imprese evase entro 5 giorni', share5, 'percent', ['>= 80%', '>= 82%', '>= 85%'], { type: 'efficacy', weight: 50, source: 'InfoCamere – Priamo', formulaProse: 'Pratiche evase entro 5 gg / Pratiche evase * 100' }),
  kpi('kpiB1_02', 'B.1', 'Tempo medio di evasione delle pratiche', 'RI_GG', 'days', ['<= 5 gg', '<= 4,5 gg', '<= 4 gg'], { type: 'efficiency', weight: 50, baseline: { year: 2024, value: 5.3, text: '5,3 gg' } }),
  kpi('kpiB2_01', 'B.2', 'Controlli metrologici e di vigilanza', 'MET_VERIF + MET_ISP', 'number', ['>= 400', '>= 410', '>= 420'], { type: 'volume', weight: 50 }),
  kpi('kpiB2_02', 'B.2', 'Mediazioni concluse con accordo', 'MED_CONCL / MED_DOM * 100', 'percent', '>= 40%', { type: 'efficacy', weight: 50 }),
  kpi('kpiC1_01', 'C.1', 'Incidenza dei costi strutturali', '(ONERI_CORR - INT_ECON) / PROV_CORR * 100', 'percent', '85% - 90%', {
    type: 'efficiency', weight: 50, periodicity: 'annual', formulaProse: '(Oneri correnti - Interventi economici) / Proventi correnti', source: "Bilancio d'esercizio" }),
  kpi('kpiC1_02', 'C.1', 'Capacità di riscossione del diritto annuale', 'DA_INC / DA_DOV * 100', 'percent', '>= 75%', { type: 'efficacy', weight: 50 }),
  kpi('kpiC2_01', 'C.2', 'Obblighi di pubblicazione assolti', 'TRASP_GRIGLIA', 'percent', ['>= 95%', '>= 97%', '>= 98%'], { type: 'quality' }),
  kpi('kpiC2_02', 'C.2', 'Ore di formazione per dipendente', 'FORM_ORE / DIP', 'number', ['>= 12', '>= 14', '>= 15'], { type: 'efficiency' }),
];

const operational: IndicatorInput[] = [
  kpi('kpiA11_01', 'A.1.1', 'Eventi di sensibilizzazione realizzati', 'PID_EVENTI', 'number', '>= 10', { type: 'volume' }),
  kpi('kpiA11_02', 'A.1.1', 'Partecipanti medi per evento', '[Numero partecipanti agli eventi PID] / [Numero eventi di sensibilizzazione digitale]', 'number', '>= 25', { type: 'efficacy', formulaProse: 'Numero partecipanti / Numero eventi' }),
  kpi('kpiA12_01', 'A.1.2', 'Domande di voucher ammesse', 'VOUCH_AMM / VOUCH_DOM * 100', 'percent', '>= 70%', { type: 'efficacy' }),
  kpi('kpiA12_02', 'A.1.2', 'Voucher liquidati', 'VOUCH_LIQ', 'number', ['>= 80', '>= 85', '>= 90'], { type: 'volume' }),
  kpi('kpiA21_01', 'A.2.1', 'Incontri di primo orientamento', 'EXP_SPORT', 'number', '>= 120', { type: 'volume', weight: 40 }),
  kpi('kpiA21_02', 'A.2.1', 'Nuove imprese orientate', 'EXP_IMPRESE', 'number', ['>= 90', '>= 95', '>= 100'], { type: 'volume', weight: 60 }),
  kpi('kpiA22_01', 'A.2.2', 'Imprese partecipanti a fiere e missioni', 'FIERE_IMPRESE', 'number', '>= 40', { type: 'volume', weight: 70 }),
  kpi('kpiA22_02', 'A.2.2', 'Programma di fiere e missioni approvato', 'FIERE_PROG', 'boolean', 'SI', { type: 'other', weight: 30, periodicity: 'annual' }),
  kpi('kpiB11_01', 'B.1.1', 'Pratiche evase entro 5 giorni (%)', share5, 'percent', ['>= 80%', '>= 82%', '>= 85%'], { type: 'efficacy' }),
  kpi('kpiB11_02', 'B.1.1', 'Pratiche del Registro imprese evase', 'RI_PRAT', 'number', '>= 14.000', { type: 'volume' }),
  kpi('kpiB12_01', 'B.1.2', "Cancellazioni d'ufficio concluse", 'RI_CANC_CONCL / RI_CANC * 100', 'percent', '>= 60%', { type: 'efficacy' }),
  kpi('kpiB12_02', 'B.1.2', 'Bilanci in sospensione', 'RI_BIL_SOSP', 'number', '<= anno n-1', { type: 'quality', notes: 'Meno bilanci sospesi dell\'anno precedente' }),
  kpi('kpiB21_01', 'B.2.1', 'Strumenti di misura verificati', 'MET_VERIF', 'number', '>= 300', { type: 'volume' }),
  kpi('kpiB21_02', 'B.2.1', 'Approvazione del piano annuale dei controlli', 'MET_PIANO', 'date', ['Entro 31/03/2025', 'Entro 31/03/2026', 'Entro 31/03/2027'], { type: 'other', periodicity: 'annual' }),
  kpi('kpiB22_01', 'B.2.2', 'Durata media delle mediazioni', 'MED_GG', 'days', '<= 60 gg', { type: 'efficiency' }),
  kpi('kpiB22_02', 'B.2.2', 'Domande di mediazione gestite', 'MED_DOM', 'number', '>= 80', { type: 'volume' }),
  kpi('kpiC11_01', 'C.1.1', 'Riscossione spontanea del diritto annuale', 'DA_INC / DA_DOV * 100', 'percent', '>= 72%', { type: 'efficacy' }),
  kpi('kpiC11_02', 'C.1.1', 'Emissione dei ruoli del diritto annuale', 'DA_RUOLI', 'date', ['Entro 30/06/2025', 'Entro 30/06/2026', 'Entro 30/06/2027'], { type: 'other', periodicity: 'annual' }),
  kpi('kpiC12_01', 'C.1.2', 'Tempo medio di pagamento delle fatture', 'PAG_GG', 'days', '<= 30 gg', { type: 'efficiency', source: 'PCC' }),
  kpi('kpiC12_02', 'C.1.2', 'Fatture pagate', 'PAG_FATT', 'number', '>= 1.500', { type: 'volume' }),
  kpi('kpiC21_01', 'C.2.1', 'Sezione anticorruzione del PIAO approvata', 'PTPCT', 'boolean', 'SI', { type: 'other', periodicity: 'annual' }),
  kpi('kpiC21_02', 'C.2.1', 'Aggiornamenti della sezione Amministrazione trasparente', 'TRASP_AGG', 'number', '>= 48', { type: 'volume' }),
  kpi('kpiC22_01', 'C.2.2', 'Dipendenti in lavoro agile', 'LAV_AGILE / DIP * 100', 'percent', ['>= 30%', '>= 32%', '>= 35%'], { type: 'other', notes: 'Indicatore POLA' }),
  kpi('kpiC22_02', 'C.2.2', 'Somministrazione del questionario sul benessere', 'BEN_QUEST', 'date', ['Entro 30/11/2025', 'Entro 30/11/2026', 'Entro 30/11/2027'], { type: 'other', periodicity: 'annual' }),
];

const actions: IndicatorInput[] = [
  kpi('kpiA111_01', 'A.1.1.1', 'Eventi realizzati', 'PID_EVENTI', 'number', '>= 10', { type: 'volume' }),
  kpi('kpiA112_01', 'A.1.1.2', 'Assessment digitali realizzati', 'PID_ASSESS', 'number', ['>= 120', '>= 130', '>= 140'], { type: 'volume' }),
  kpi('kpiA121_01', 'A.1.2.1', 'Pubblicazione del bando voucher', 'BANDO_DATA', 'date', ['Entro 28/02/2025', 'Entro 28/02/2026', 'Entro 28/02/2027'], { type: 'other', periodicity: 'annual' }),
  kpi('kpiA122_01', 'A.1.2.2', 'Giorni medi di liquidazione dei voucher', 'VOUCH_GG', 'days', '<= 60 gg', { type: 'efficiency' }),
  kpi('kpiA211_01', 'A.2.1.1', 'Incontri di sportello', 'EXP_SPORT', 'number', '>= 120', { type: 'volume' }),
  kpi('kpiA212_01', 'A.2.1.2', 'Percorsi formativi realizzati', 'EXP_CORSI', 'number', '>= 4', { type: 'volume' }),
  kpi('kpiA221_01', 'A.2.2.1', 'Fiere e missioni organizzate', 'FIERE_N', 'number', '>= 8', { type: 'volume' }),
  kpi('kpiB111_01', 'B.1.1.1', 'Pratiche telematiche evase entro 5 giorni', 'RI_PRAT_5GG', 'number', '>= 11.500', { type: 'volume' }),
  kpi('kpiB112_01', 'B.1.1.2', 'Bilanci evasi', 'RI_BIL', 'number', '>= 9.000', { type: 'volume' }),
  kpi('kpiB121_01', 'B.1.2.1', "Cancellazioni d'ufficio avviate", 'RI_CANC', 'number', '>= 250', { type: 'volume' }),
  kpi('kpiB122_01', 'B.1.2.2', 'Revisione degli albi completata', 'ALBI_REV', 'boolean', [undefined, 'SI', 'SI'], { type: 'other', periodicity: 'annual', firstYear: 2026 }),
  kpi('kpiB211_01', 'B.2.1.1', 'Strumenti verificati', 'MET_VERIF', 'number', '>= 300', { type: 'volume' }),
  kpi('kpiB212_01', 'B.2.1.2', 'Ispezioni di vigilanza sulla sicurezza dei prodotti', 'MET_ISP', 'number', '>= 100', { type: 'volume' }),
  kpi('kpiB221_01', 'B.2.2.1', 'Mediazioni concluse con accordo', 'MED_CONCL', 'number', '>= 35', { type: 'volume' }),
  kpi('kpiC111_01', 'C.1.1.1', 'Ruoli emessi entro la scadenza', 'DA_RUOLI', 'date', ['Entro 30/06/2025', 'Entro 30/06/2026', 'Entro 30/06/2027'], { type: 'other', periodicity: 'annual' }),
  kpi('kpiC112_01', 'C.1.1.2', 'Diritto annuale recuperato con ravvedimento', 'DA_RAVV', 'euro', '>= 250.000 €', { type: 'volume' }),
  kpi('kpiC121_01', 'C.1.2.1', 'Fatture pagate entro 30 giorni', 'PAG_30 / PAG_FATT * 100', 'percent', '>= 90%', { type: 'efficiency' }),
  kpi('kpiC211_01', 'C.2.1.1', 'Aggiornamenti pubblicati', 'TRASP_AGG', 'number', '>= 48', { type: 'volume' }),
  kpi('kpiC221_01', 'C.2.2.1', 'Ore di formazione erogate', 'FORM_ORE', 'number', '>= 1.200', { type: 'volume' }),
  kpi('kpiC222_01', 'C.2.2.2', 'Partecipazione al questionario sul benessere', '[Questionari compilati] / DIP * 100', 'percent', '>= 60%', { type: 'quality', periodicity: 'annual' }),
];

/** The area C score is expressed as a roll-up indicator ("Media ponderata degli obiettivi"). */
const rollups: IndicatorInput[] = [
  kpi('kpiC_01', 'C', 'Media ponderata degli obiettivi strategici dell\'area', 'rollup() * 100', 'percent', '>= 90%', { type: 'other', formulaProse: 'Media ponderata degli obiettivi strategici * 100', periodicity: 'annual' }),
];

const entityLevel: IndicatorInput[] = [
  kpi('kpiE1_01', 'ENTE.1', 'Tempo medio di pagamento delle fatture', 'PAG_GG', 'days', '<= 30 gg', { type: 'dfp_common', source: 'PCC' }),
  kpi('kpiE2_01', 'ENTE.2', 'Grado di attuazione dei progetti +20%', 'PROG20_ATT', 'percent', '>= 90%', { type: 'efficacy', weight: 70 }),
  kpi('kpiE2_02', 'ENTE.2', 'Valutazione di Unioncamere sulla rendicontazione dei progetti', undefined, 'text', 'Giudizio positivo sulla rendicontazione', { type: 'quality', weight: 30, periodicity: 'annual' }),
  kpi('kpiE3_01', 'ENTE.3', 'Utenti soddisfatti dei servizi camerali', 'CS_SODD', 'percent', ['>= 85%', '>= 86%', '>= 87%'], { type: 'quality', periodicity: 'semester' }),
];

const unitLevel: IndicatorInput[] = [
  kpi('kpiU_PID_01', 'U.PID.1', 'Imprese assistite dal PID', 'PID_IMPRESE', 'number', ['>= 300', '>= 330', '>= 360'], { type: 'volume' }),
  kpi('kpiU_CONT_01', 'U.CONT.1', 'Fatture pagate entro 30 giorni', 'PAG_30 / PAG_FATT * 100', 'percent', '>= 90%', { type: 'efficiency' }),
  kpi('kpiU_PERS_01', 'U.PERS.1', 'Ore di formazione per dipendente', 'FORM_ORE / DIP', 'number', ['>= 12', '>= 14', '>= 15'], { type: 'efficiency' }),
];

export const demoIndicators: IndicatorInput[] = [...strategic, ...operational, ...actions, ...rollups, ...entityLevel, ...unitLevel];
