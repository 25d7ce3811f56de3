/** The words of textual explanations, in Italian and English. */
import type { Act, ValueState } from '../plan/plan.schema.js';
import type { RuleKey } from './rule-outcome.js';
import type { ItemState, NodeBasis } from './scored-plan.js';

interface Words {
  kinds: Record<'indicator' | 'node' | 'unit' | 'component' | 'entity', string>;
  states: Record<ItemState, string>;
  valueStates: Record<ValueState, string>;
  rules: Record<RuleKey, string>;
  bases: Record<NodeBasis | 'composition' | 'mean', string>;
  acts: Record<Act['kind'], string>;
  [word: string]: string | Record<string, string>;
}

const it = {
  kinds: { indicator: 'Indicatore', node: 'Obiettivo', unit: 'Unità organizzativa', component: 'Componente', entity: 'Performance organizzativa dell\'ente' },
  states: {
    scored: 'calcolato', suspended: 'sospeso', missing: 'dato mancante', manual: 'valutazione manuale',
    no_target: 'senza target', error: 'errore', blocked: 'bloccato',
  },
  valueStates: { draft: 'bozza', submitted: 'inviato', validated: 'validato', rejected: 'respinto' },
  rules: {
    ratio: 'rapporto consuntivo / target', linear_baseline: 'lineare dalla baseline al target',
    inverse_ratio: '100 se entro il target, altrimenti target / consuntivo', linear_decrease: 'decremento lineare oltre il target',
    binary: 'raggiunto (100) o no (0)', tolerance_band: 'fascia di tolleranza', growth_literal: 'crescita ottenuta / crescita attesa',
    growth_level: 'consuntivo / (anno precedente × (1 + crescita attesa))', deadline_binary: 'entro la scadenza (100) o no (0)',
    deadline_reduction: 'riduzione per ritardo', boolean: 'SI/NO', range_binary: 'dentro l\'intervallo (100) o no (0)',
    range_graded: 'dentro l\'intervallo 100, fuori in proporzione', manual: 'valutazione manuale',
  },
  bases: {
    indicators: 'media ponderata degli indicatori', children: 'media ponderata dei sotto-obiettivi', pooled: 'media ponderata di indicatori e sotto-obiettivi',
    share: 'quota indicatori e quota sotto-obiettivi', links: 'media degli obiettivi collegati', manual: 'valutazione manuale', none: 'nessun elemento',
    composition: 'composizione delle componenti', mean: 'media',
  },
  acts: { delibera_giunta: 'delibera di Giunta', delibera_consiglio: 'delibera di Consiglio', determinazione: 'determinazione', decreto: 'decreto', other: 'atto' },
  missing: 'mancante', yes: 'SI', no: 'NO', of: 'del', of2: 'su', raw: 'grezzo', adjusted: 'con tolleranza', period: 'periodo',
  enteredBy: 'inserito da', on: 'il', source: 'fonte', formula: 'Formula', target: 'Target', effective: 'effettivo', met: 'raggiunto',
  notMet: 'non raggiunto', reference: 'Valore di riferimento', expectedProgress: 'Avanzamento atteso', rule: 'Regola', inputs: 'Dati',
  computation: 'Calcolo', weights: 'Pesi', equal: 'uguale', excluded: 'Escluso', manual: 'Valutazione manuale', justification: 'motivazione',
  capApplied: 'Applicato il limite massimo di', toleranceApplied: 'Tolleranza: dalla soglia del', note: 'Nota',
  baseline: 'baseline', baselineSource: "valore di partenza dell'indicatore nel piano",
} satisfies Words;

const en = {
  kinds: { indicator: 'Indicator', node: 'Objective', unit: 'Organisational unit', component: 'Component', entity: 'Organisational performance of the entity' },
  states: {
    scored: 'computed', suspended: 'suspended', missing: 'missing data', manual: 'manual assessment',
    no_target: 'no target', error: 'error', blocked: 'blocked',
  },
  valueStates: { draft: 'draft', submitted: 'submitted', validated: 'validated', rejected: 'rejected' },
  rules: {
    ratio: 'actual / target', linear_baseline: 'linear from baseline to target',
    inverse_ratio: '100 within the target, else target / actual', linear_decrease: 'linear decrease beyond the target',
    binary: 'met (100) or not (0)', tolerance_band: 'tolerance band', growth_literal: 'achieved growth / target growth',
    growth_level: 'actual / (previous year × (1 + target growth))', deadline_binary: 'by the deadline (100) or not (0)',
    deadline_reduction: 'reduction for lateness', boolean: 'yes/no', range_binary: 'inside the range (100) or not (0)',
    range_graded: 'inside the range 100, outside in proportion', manual: 'manual assessment',
  },
  bases: {
    indicators: 'weighted mean of the indicators', children: 'weighted mean of the sub-objectives', pooled: 'weighted mean of indicators and sub-objectives',
    share: 'indicators\' share and sub-objectives\' share', links: 'mean of the linked objectives', manual: 'manual assessment', none: 'nothing',
    composition: 'composition of the components', mean: 'mean',
  },
  acts: { delibera_giunta: 'Giunta resolution', delibera_consiglio: 'Council resolution', determinazione: 'determination', decreto: 'decree', other: 'act' },
  missing: 'missing', yes: 'YES', no: 'NO', of: 'of', of2: 'of', raw: 'raw', adjusted: 'with tolerance', period: 'period',
  enteredBy: 'entered by', on: 'on', source: 'source', formula: 'Formula', target: 'Target', effective: 'effective', met: 'met',
  notMet: 'not met', reference: 'Reference value', expectedProgress: 'Expected progress', rule: 'Rule', inputs: 'Data',
  computation: 'Computation', weights: 'Weights', equal: 'equal', excluded: 'Left out', manual: 'Manual assessment', justification: 'justification',
  capApplied: 'Capped at', toleranceApplied: 'Tolerance: from the threshold of', note: 'Note',
  baseline: 'baseline', baselineSource: "the indicator's starting value in the plan",
} satisfies Words;

export const EXPLANATION_WORDS = { it, en };
