/** The fixed words of the documents, Italian and English (same shape; Italian is the default). */
import type { Act, LevelKey, OrgUnit } from '../../core/plan/plan.schema.js';
import type { DocumentLocale } from './document-model.js';

type BudgetField = 'revenue' | 'costs' | 'investments';

const it = {
  yes: 'SI', no: 'NO', of: 'del', equalWeight: 'uguale', manualFormula: 'valutazione manuale',
  notIndicated: 'non indicata', contents: 'Sommario', page: 'Pagina', pageOf: 'di',
  states: { suspended: 'Sospeso', missing: 'Dato mancante', no_target: 'Senza target', error: 'Errore', blocked: 'Bloccato' },
  acts: { delibera_giunta: 'delibera di Giunta', delibera_consiglio: 'delibera di Consiglio', determinazione: 'determinazione', decreto: 'decreto', other: 'atto' } satisfies Record<Act['kind'], string>,
  levels: {
    strategic_area: 'Area strategica', strategic_objective: 'Obiettivo strategico', program: 'Programma',
    operational_objective: 'Obiettivo operativo', action: 'Azione',
  } satisfies Record<LevelKey, string>,
  unitKinds: { entity: 'Ente', area: 'Area', service: 'Servizio', office: 'Ufficio', staff: 'Staff', other: 'Altro' } satisfies Record<OrgUnit['kind'], string>,
  unitKindsPlural: { entity: 'enti', area: 'aree', service: 'servizi', office: 'uffici', staff: 'staff', other: 'altre' } satisfies Record<OrgUnit['kind'], string>,
  budget: { revenue: 'Proventi', costs: 'Oneri', investments: 'Investimenti' } satisfies Record<BudgetField, string>,
  col: {
    code: 'Codice', objective: 'Obiettivo', title: 'Denominazione', level: 'Livello', weight: 'Peso', responsible: 'Unità responsabili',
    involved: 'Unità coinvolte', indicator: 'Indicatore', formula: 'Formula', baseline: 'Baseline', target: (year: number) => `Target ${year}`,
    result: 'Risultato', achievement: 'Grado di raggiungimento (%)', achievementShort: 'Grado (%)', score: 'Punteggio (%)', status: 'Stato', kind: 'Tipo',
    parent: 'Dipende da', plannedShort: 'Previsto', actualShort: 'Consuntivo',
    component: 'Componente', unit: 'Unità organizzativa', cause: 'Causa', action: 'Azione correttiva', measure: 'Misura',
    source: 'Fonte', period: 'Periodo', end: 'Chiusura', count: 'Numero', state: 'Stato del dato',
    category: 'Categoria', women: 'Donne', men: 'Uomini', total: 'Totale', womenShare: 'Donne (%)', reason: 'Motivazione', act: 'Atto',
    evaluator: 'Valutatore', program: 'Programma di bilancio', description: 'Descrizione',
  },
  valueStates: { draft: 'bozza', submitted: 'inviato', validated: 'validato', rejected: 'respinto' },
  valueStatesPlural: { draft: 'bozze', submitted: 'inviati', validated: 'validati', rejected: 'respinti' },
  roles: { sg: 'Segretario Generale', dirigente: 'Dirigente', po: 'Posizione organizzativa', staff: 'Personale' },
  cardComponents: {
    entity_performance: "Performance organizzativa dell'ente", unit_performance: "Performance dell'unità organizzativa",
    objectives: 'Obiettivi individuali', behaviours: 'Comportamenti organizzativi',
  },
  total: 'Totale',
  budgetProgram: (mission: string, program: string) => `Missione ${mission} – Programma ${program}`,
  approvedBy: (act: string, body?: string) => `Approvato con ${act}${body ? ` (${body})` : ''}`,
  legendTitle: 'Legenda degli stati',
  legendRange: (min: number, max: number | null) => (max === null ? `punteggio da ${min} in su` : `punteggio da ${min} a meno di ${max}`),
  legendStates: {
    suspended: 'escluso dal calcolo con motivazione e atto; i pesi degli altri elementi sono rinormalizzati',
    missing: 'dato non disponibile alla data del documento',
  },
};

type Words = typeof it;

const en: Words = {
  yes: 'YES', no: 'NO', of: 'of', equalWeight: 'equal', manualFormula: 'manual assessment',
  notIndicated: 'not stated', contents: 'Contents', page: 'Page', pageOf: 'of',
  states: { suspended: 'Suspended', missing: 'Missing data', no_target: 'No target', error: 'Error', blocked: 'Blocked' },
  acts: { delibera_giunta: 'Giunta resolution', delibera_consiglio: 'Council resolution', determinazione: 'determination', decreto: 'decree', other: 'act' },
  levels: {
    strategic_area: 'Strategic area', strategic_objective: 'Strategic objective', program: 'Program',
    operational_objective: 'Operational objective', action: 'Action',
  },
  unitKinds: { entity: 'Entity', area: 'Area', service: 'Service', office: 'Office', staff: 'Staff', other: 'Other' },
  unitKindsPlural: { entity: 'entities', area: 'areas', service: 'services', office: 'offices', staff: 'staff units', other: 'others' },
  budget: { revenue: 'Revenue', costs: 'Costs', investments: 'Investments' },
  col: {
    code: 'Code', objective: 'Objective', title: 'Name', level: 'Level', weight: 'Weight', responsible: 'Responsible units',
    involved: 'Units involved', indicator: 'Indicator', formula: 'Formula', baseline: 'Baseline', target: (year: number) => `Target ${year}`,
    result: 'Result', achievement: 'Achievement (%)', achievementShort: 'Achieved (%)', score: 'Score (%)', status: 'Status', kind: 'Kind',
    parent: 'Reports to', plannedShort: 'Planned', actualShort: 'Actual',
    component: 'Component', unit: 'Organisational unit', cause: 'Cause', action: 'Corrective action', measure: 'Measure',
    source: 'Source', period: 'Period', end: 'Closes', count: 'Count', state: 'Data state',
    category: 'Category', women: 'Women', men: 'Men', total: 'Total', womenShare: 'Women (%)', reason: 'Reason', act: 'Act',
    evaluator: 'Evaluator', program: 'Budget program', description: 'Description',
  },
  valueStates: { draft: 'draft', submitted: 'submitted', validated: 'validated', rejected: 'rejected' },
  valueStatesPlural: { draft: 'drafts', submitted: 'submitted', validated: 'validated', rejected: 'rejected' },
  roles: { sg: 'Secretary General', dirigente: 'Manager', po: 'Organisational position', staff: 'Staff' },
  cardComponents: {
    entity_performance: 'Entity performance', unit_performance: 'Unit performance',
    objectives: 'Individual objectives', behaviours: 'Behaviours',
  },
  total: 'Total',
  budgetProgram: (mission: string, program: string) => `Mission ${mission} – Program ${program}`,
  approvedBy: (act: string, body?: string) => `Approved by ${act}${body ? ` (${body})` : ''}`,
  legendTitle: 'Status legend',
  legendRange: (min: number, max: number | null) => (max === null ? `score ${min} or more` : `score from ${min} to less than ${max}`),
  legendStates: {
    suspended: 'left out with a reason and an act; the other items\' weights are re-normalised',
    missing: 'data not available at the date of the document',
  },
};

export function words(locale: DocumentLocale): Words {
  return locale === 'it' ? it : en;
}

/** The label of a plan level: the plan's own, else the standard name. */
export function levelLabel(level: LevelKey, labels: { it: string; en: string } | undefined, locale: DocumentLocale): string {
  return labels?.[locale] ?? words(locale).levels[level];
}
