/**
 * The layout of the plan workbook (see docs/formats/xlsx.md): its sheets in order and, for each, its
 * columns with their Italian header (the one written), English header (also accepted), kind and help
 * text. The instructions sheet, the writer and the reader all work from this one description.
 */
import { CARD_COMPONENT_KEYS, CARD_ROLES } from '../../core/evaluation/card.schema.js';
import { INDICATOR_TYPES, INDICATOR_UNITS, VALUE_STATES } from '../../core/plan/plan.schema.js';
import type { Bilingual, CellKind } from './xlsx-kinds.js';

export interface ColumnSpec {
  key: string;
  header: Bilingual;
  help: Bilingual;
  kind: CellKind;
  required?: boolean;
  width?: number;
}

export interface SheetSpec {
  /** Italian name, written; the English name is accepted on reading. */
  name: string;
  nameEn: string;
  about: Bilingual;
  columns: readonly ColumnSpec[];
  /** One record written as rows `Campo | Valore` instead of one row per record. */
  fields?: boolean;
}

interface ColumnOptions { required?: boolean; width?: number }

function column(key: string, it: string, en: string, kind: CellKind, help: [string, string], options: ColumnOptions = {}): ColumnSpec {
  return { key, header: { it, en }, kind, help: { it: help[0], en: help[1] }, ...options };
}

const ACT_KINDS = ['delibera_giunta', 'delibera_consiglio', 'determinazione', 'decreto', 'other'] as const;
const LEVEL_KEYS = ['strategic_area', 'strategic_objective', 'program', 'operational_objective', 'action'] as const;
const PERIODICITIES = ['annual', 'semester', 'four_monthly', 'quarterly', 'monthly'] as const;
const ITEM_KINDS = ['indicator', 'node'] as const;

function actColumns(prefix: string, it: string, en: string): ColumnSpec[] {
  return [
    column(`${prefix}Kind`, `${it}: tipo atto`, `${en}: act kind`, { enum: ACT_KINDS }, ['Delibera di Giunta o Consiglio, determinazione, decreto, altro', 'Board or council resolution, determination, decree, other']),
    column(`${prefix}Number`, `${it}: numero`, `${en}: number`, 'text', ['Numero dell’atto', 'Number of the act']),
    column(`${prefix}Date`, `${it}: data`, `${en}: date`, 'date', ['Data dell’atto', 'Date of the act']),
    column(`${prefix}Body`, `${it}: organo`, `${en}: body`, 'text', ['Organo che ha adottato l’atto', 'Body that adopted the act']),
    column(`${prefix}Note`, `${it}: nota`, `${en}: note`, 'text', ['Nota sull’atto', 'Note on the act']),
  ];
}

const code = (key: string, it: string, en: string, help: [string, string], required = true) => column(key, it, en, 'code', help, { required, width: 16 });

export const PLAN_SHEET: SheetSpec = {
  name: 'Piano', nameEn: 'Plan', fields: true,
  about: { it: 'Intestazione del piano: ente, titolo, anni, atto di approvazione.', en: 'Plan header: entity, title, years, approving act.' },
  columns: [
    column('format', 'Formato', 'Format', 'text', ['Sempre traguardo.plan/v1', 'Always traguardo.plan/v1'], { required: true }),
    code('entityCode', 'Codice ente', 'Entity code', ['Codice dell’ente, es. LE', 'Entity code, e.g. LE']),
    column('entityName', 'Nome ente', 'Entity name', 'text', ['Denominazione dell’ente', 'Name of the entity'], { required: true }),
    column('entityKind', 'Tipo ente', 'Entity kind', 'text', ['Es. camera_di_commercio', 'E.g. camera_di_commercio']),
    code('code', 'Codice piano', 'Plan code', ['Es. 2025-2027; se vuoto, primo-ultimo anno', 'E.g. 2025-2027; when empty, first-last year'], false),
    column('title', 'Titolo', 'Title', 'text', ['Titolo del piano', 'Title of the plan'], { required: true }),
    column('firstYear', 'Primo anno', 'First year', 'integer', ['Primo anno del piano', 'First year of the plan'], { required: true }),
    column('lastYear', 'Ultimo anno', 'Last year', 'integer', ['Ultimo anno del piano', 'Last year of the plan'], { required: true }),
    ...actColumns('approved', 'Approvato con', 'Approved by'),
  ],
};

export const LEVEL_SHEET: SheetSpec = {
  name: 'Livelli', nameEn: 'Levels',
  about: { it: 'Livelli dell’albero della performance, dall’alto in basso.', en: 'Levels of the performance tree, top down.' },
  columns: [
    column('key', 'Livello', 'Level', { enum: LEVEL_KEYS }, ['Chiave del livello', 'Level key'], { required: true, width: 24 }),
    column('labelIt', 'Etichetta (it)', 'Label (it)', 'text', ['Nome del livello in italiano', 'Italian name of the level'], { width: 28 }),
    column('labelEn', 'Etichetta (en)', 'Label (en)', 'text', ['Nome del livello in inglese', 'English name of the level'], { width: 28 }),
    column('codeRequired', 'Codice obbligatorio', 'Code required', 'boolean', ['NO per livelli noti solo per nome (programmi di Lecce)', 'NO for levels known by name only (Lecce programs)']),
  ],
};

export const ORG_UNIT_SHEET: SheetSpec = {
  name: 'Unità organizzative', nameEn: 'Org units',
  about: { it: 'Aree, servizi, uffici dell’ente.', en: 'Areas, services, offices of the entity.' },
  columns: [
    code('code', 'Codice', 'Code', ['Codice dell’unità', 'Unit code']),
    column('name', 'Nome', 'Name', 'text', ['Denominazione', 'Name'], { required: true, width: 40 }),
    column('kind', 'Tipo', 'Kind', { enum: ['entity', 'area', 'service', 'office', 'staff', 'other'] }, ['Ente, area, servizio, ufficio, staff, altro', 'Entity, area, service, office, staff, other']),
    code('parent', 'Unità padre', 'Parent unit', ['Codice dell’unità superiore', 'Code of the parent unit'], false),
    column('validFrom', 'Valida dal', 'Valid from', 'date', ['Data di istituzione', 'Start date']),
    column('validTo', 'Valida al', 'Valid to', 'date', ['Data di chiusura', 'End date']),
  ],
};

export const NODE_SHEET: SheetSpec = {
  name: 'Nodi', nameEn: 'Nodes',
  about: { it: 'Obiettivi dell’albero (aree, obiettivi strategici, programmi, obiettivi operativi, azioni), di ente e di unità.', en: 'Objectives of the tree (areas, strategic objectives, programs, operational objectives, actions), of the entity and of units.' },
  columns: [
    code('code', 'Codice', 'Code', ['Codice del nodo, unico nel piano', 'Node code, unique in the plan']),
    column('title', 'Titolo', 'Title', 'text', ['Titolo dell’obiettivo', 'Title of the objective'], { required: true, width: 50 }),
    column('description', 'Descrizione', 'Description', 'text', ['Testo (HTML semplice ammesso)', 'Text (simple HTML allowed)'], { width: 40 }),
    column('section', 'Sezione', 'Section', { enum: ['tree', 'entity', 'unit'] }, ['tree = albero; entity = obiettivi di ente; unit = obiettivi di unità', 'tree; entity = entity objectives; unit = unit objectives']),
    column('level', 'Livello', 'Level', { enum: LEVEL_KEYS }, ['Livello (per la sezione tree)', 'Level (for section tree)'], { width: 22 }),
    code('parent', 'Padre', 'Parent', ['Codice del nodo superiore', 'Code of the parent node'], false),
    column('weight', 'Peso', 'Weight', 'number', ['Peso nel nodo superiore', 'Weight within the parent']),
    column('responsible', 'Unità responsabili', 'Responsible units', 'codes', ['Codici separati da ";"', 'Codes separated by ";"']),
    column('involved', 'Unità coinvolte', 'Involved units', 'codes', ['Codici separati da ";"', 'Codes separated by ";"']),
    column('links', 'Collegamenti', 'Links', 'codes', ['Nodi di cui riprende il punteggio, separati da ";"', 'Nodes whose score it takes, separated by ";"']),
    column('indicatorShare', 'Quota indicatori', 'Indicator share', 'number', ['Quota (%) dei propri indicatori quando ha anche figli', 'Share (%) of its own indicators when it also has children']),
    column('firstYear', 'Primo anno', 'First year', 'integer', ['Anno di introduzione', 'Year introduced']),
    column('mission', 'Missione', 'Mission', 'text', ['Classificazione DM 27/03/2013, es. 032', 'DM 27/03/2013 classification, e.g. 032']),
    column('program', 'Programma di bilancio', 'Budget program', 'text', ['Es. 003', 'E.g. 003']),
  ],
};

export const BUDGET_SHEET: SheetSpec = {
  name: 'Budget nodi', nameEn: 'Node budgets',
  about: { it: 'Proventi, oneri e investimenti per nodo e anno.', en: 'Revenue, costs and investments per node and year.' },
  columns: [
    code('node', 'Nodo', 'Node', ['Codice del nodo', 'Node code']),
    column('year', 'Anno', 'Year', 'integer', ['Anno', 'Year'], { required: true }),
    column('revenuePlanned', 'Proventi previsti', 'Revenue planned', 'number', ['Euro', 'Euro']),
    column('revenueActual', 'Proventi consuntivo', 'Revenue actual', 'number', ['Euro', 'Euro']),
    column('costsPlanned', 'Oneri previsti', 'Costs planned', 'number', ['Euro', 'Euro']),
    column('costsActual', 'Oneri consuntivo', 'Costs actual', 'number', ['Euro', 'Euro']),
    column('investmentsPlanned', 'Investimenti previsti', 'Investments planned', 'number', ['Euro', 'Euro']),
    column('investmentsActual', 'Investimenti consuntivo', 'Investments actual', 'number', ['Euro', 'Euro']),
  ],
};

export const HISTORY_SHEET: SheetSpec = {
  name: 'Storia nodi', nameEn: 'Node history',
  about: { it: 'Introduzione, modifica, eliminazione di un nodo, con l’atto.', en: 'A node introduced, modified or eliminated, with the act.' },
  columns: [
    code('node', 'Nodo', 'Node', ['Codice del nodo', 'Node code']),
    column('year', 'Anno', 'Year', 'integer', ['Anno', 'Year'], { required: true }),
    column('change', 'Evento', 'Change', { enum: ['introduced', 'modified', 'eliminated'] }, ['introduced, modified, eliminated', 'introduced, modified, eliminated'], { required: true }),
    ...actColumns('act', 'Atto', 'Act'),
    column('note', 'Nota', 'Note', 'text', ['Nota', 'Note']),
  ],
};

export const INDICATOR_SHEET: SheetSpec = {
  name: 'Indicatori', nameEn: 'Indicators',
  about: { it: 'Indicatori (KPI) con algoritmo, unità, baseline e peso; i target sono nel foglio Target.', en: 'Indicators (KPIs) with formula, unit, baseline and weight; targets are in the Target sheet.' },
  columns: [
    code('code', 'Codice', 'Code', ['Codice dell’indicatore', 'Indicator code']),
    code('node', 'Nodo', 'Node', ['Codice del nodo a cui appartiene', 'Code of its node']),
    column('name', 'Nome', 'Name', 'text', ['Nome dell’indicatore', 'Indicator name'], { required: true, width: 50 }),
    column('description', 'Descrizione', 'Description', 'text', ['Descrizione', 'Description']),
    column('type', 'Tipo', 'Type', { enum: INDICATOR_TYPES }, ['Volume, efficacia, efficienza, qualità, comune DFP, benchmark Pareto, altro', 'Volume, efficacy, efficiency, quality, DFP common, Pareto benchmark, other']),
    column('formula', 'Algoritmo', 'Formula', 'text', ['Formula nel linguaggio canonico, es. [A] / [B] * 100', 'Formula in the canonical language, e.g. [A] / [B] * 100'], { width: 40 }),
    column('formulaProse', 'Algoritmo originale', 'Original formula', 'text', ['La formula come scritta nel documento', 'The formula as the document wrote it'], { width: 40 }),
    column('unit', 'Unità di misura', 'Unit', { enum: INDICATOR_UNITS }, ['number, percent, days, euro, date, boolean, text', 'number, percent, days, euro, date, boolean, text']),
    column('polarity', 'Polarità', 'Polarity', { enum: ['higher', 'lower'] }, ['higher = meglio se più alto; lower = meglio se più basso', 'higher or lower is better']),
    column('baselineYear', 'Anno baseline', 'Baseline year', 'integer', ['Anno del valore di partenza', 'Year of the baseline']),
    column('baselineValue', 'Valore baseline', 'Baseline value', 'value', ['Numero, SI/NO o data', 'Number, YES/NO or date']),
    column('baselineText', 'Baseline (testo)', 'Baseline (text)', 'text', ['La baseline come scritta nel documento', 'The baseline as the document wrote it']),
    column('weight', 'Peso', 'Weight', 'number', ['Peso nel nodo', 'Weight within its node']),
    column('source', 'Fonte', 'Source', 'text', ['Fonte del dato', 'Data source']),
    column('periodicity', 'Periodicità', 'Periodicity', { enum: PERIODICITIES }, ['annual, semester, four_monthly, quarterly, monthly', 'annual, semester, four_monthly, quarterly, monthly']),
    column('scoringRule', 'Regola di calcolo', 'Scoring rule', 'text', ['Regola della politica da usare per questo indicatore', 'Policy rule to use for this indicator']),
    column('firstYear', 'Primo anno', 'First year', 'integer', ['Anno di introduzione', 'Year introduced']),
    column('notes', 'Note', 'Notes', 'text', ['Note', 'Notes']),
  ],
};

export const TARGET_SHEET: SheetSpec = {
  name: 'Target', nameEn: 'Targets',
  about: { it: 'Un target per indicatore e anno, nel linguaggio dei target (es. >= 80%, <= 30/06/2026, SI).', en: 'One target per indicator and year, in the target language (e.g. >= 80%, <= 30/06/2026, SI).' },
  columns: [
    code('indicator', 'Indicatore', 'Indicator', ['Codice dell’indicatore', 'Indicator code']),
    column('year', 'Anno', 'Year', 'integer', ['Anno del piano', 'Plan year'], { required: true }),
    column('target', 'Target', 'Target', 'text', ['Es. >= 80%, < 5 gg, entro 30/06/2026, ---', 'E.g. >= 80%, < 5 gg, entro 30/06/2026, ---'], { required: true, width: 24 }),
  ],
};

export const PARAMETER_SHEET: SheetSpec = {
  name: 'Parametri indicatori', nameEn: 'Indicator parameters',
  about: { it: 'Parametri per anno usati da formule o target (es. N giorni).', en: 'Per-year parameters used by formulas or targets (e.g. N days).' },
  columns: [
    code('indicator', 'Indicatore', 'Indicator', ['Codice dell’indicatore', 'Indicator code']),
    code('name', 'Parametro', 'Parameter', ['Nome del parametro, es. N', 'Parameter name, e.g. N']),
    column('year', 'Anno', 'Year', 'integer', ['Anno', 'Year'], { required: true }),
    column('value', 'Valore', 'Value', 'number', ['Valore del parametro', 'Parameter value'], { required: true }),
  ],
};

export const MEASURE_SHEET: SheetSpec = {
  name: 'Misure', nameEn: 'Measures',
  about: { it: 'Misure (variabili) usate dagli algoritmi, condivise tra indicatori.', en: 'Measures (variables) used by formulas, shared between indicators.' },
  columns: [
    code('code', 'Codice', 'Code', ['Codice della misura', 'Measure code']),
    column('name', 'Nome', 'Name', 'text', ['Nome della misura', 'Measure name'], { required: true, width: 50 }),
    column('description', 'Descrizione', 'Description', 'text', ['Descrizione', 'Description']),
    column('unit', 'Unità di misura', 'Unit', { enum: INDICATOR_UNITS }, ['number, percent, days, euro, date, boolean, text', 'number, percent, days, euro, date, boolean, text']),
    column('source', 'Fonte', 'Source', 'text', ['Fonte del dato', 'Data source']),
    column('periodicity', 'Periodicità', 'Periodicity', { enum: PERIODICITIES }, ['annual, semester, four_monthly, quarterly, monthly', 'annual, semester, four_monthly, quarterly, monthly']),
  ],
};

export const PERIOD_SHEET: SheetSpec = {
  name: 'Periodi', nameEn: 'Periods',
  about: { it: 'Periodi di monitoraggio; il periodo finale chiude l’anno.', en: 'Monitoring periods; the final period closes the year.' },
  columns: [
    code('code', 'Codice', 'Code', ['Es. 2026-1', 'E.g. 2026-1']),
    column('year', 'Anno', 'Year', 'integer', ['Anno', 'Year'], { required: true }),
    column('end', 'Fine', 'End', 'date', ['Data di chiusura del periodo', 'Closing date of the period'], { required: true }),
    column('final', 'Finale', 'Final', 'boolean', ['SI per il periodo che chiude l’anno', 'YES for the period closing the year']),
    column('expectedProgress', 'Avanzamento atteso', 'Expected progress', 'number', ['Quota (%) del target attesa alla fine del periodo', 'Share (%) of the target expected by the end of the period']),
  ],
};

export const VALUE_SHEET: SheetSpec = {
  name: 'Valori', nameEn: 'Values',
  about: { it: 'Valori rilevati delle misure, per anno (valore finale) o per periodo.', en: 'Measured values, per year (final value) or per period.' },
  columns: [
    code('measure', 'Misura', 'Measure', ['Codice della misura', 'Measure code']),
    column('year', 'Anno', 'Year', 'integer', ['Anno', 'Year'], { required: true }),
    code('period', 'Periodo', 'Period', ['Codice del periodo; vuoto = valore finale dell’anno', 'Period code; empty = final value of the year'], false),
    column('value', 'Valore', 'Value', 'value', ['Numero, SI/NO o data', 'Number, YES/NO or date'], { required: true }),
    column('state', 'Stato', 'State', { enum: VALUE_STATES }, ['draft, submitted, validated, rejected', 'draft, submitted, validated, rejected']),
    column('enteredBy', 'Inserito da', 'Entered by', 'text', ['Chi ha inserito il valore', 'Who entered the value']),
    column('enteredAt', 'Inserito il', 'Entered at', 'text', ['Istante ISO 8601, es. 2026-01-22T10:15:00.000Z', 'ISO 8601 instant, e.g. 2026-01-22T10:15:00.000Z'], { width: 26 }),
    column('source', 'Fonte', 'Source', 'text', ['Fonte', 'Source']),
    column('evidence', 'Evidenza', 'Evidence', 'text', ['Documento o collegamento a supporto', 'Supporting document or link']),
    column('note', 'Nota', 'Note', 'text', ['Nota', 'Note']),
  ],
};

const itemColumns = (): ColumnSpec[] => [
  column('targetKind', 'Tipo oggetto', 'Item kind', { enum: ITEM_KINDS }, ['indicator o node', 'indicator or node'], { required: true }),
  code('targetCode', 'Codice oggetto', 'Item code', ['Codice dell’indicatore o del nodo', 'Code of the indicator or node']),
];

export const SUSPENSION_SHEET: SheetSpec = {
  name: 'Sospensioni', nameEn: 'Suspensions',
  about: { it: 'Indicatori o obiettivi esclusi dal calcolo in un anno, con motivo e atto.', en: 'Indicators or objectives excluded from scoring in a year, with reason and act.' },
  columns: [
    ...itemColumns(),
    column('year', 'Anno', 'Year', 'integer', ['Anno', 'Year'], { required: true }),
    column('reason', 'Motivo', 'Reason', 'text', ['Motivo della sospensione', 'Reason for the suspension'], { required: true, width: 50 }),
    ...actColumns('act', 'Atto', 'Act'),
  ],
};

export const MANUAL_SHEET: SheetSpec = {
  name: 'Raggiungimenti manuali', nameEn: 'Manual achievements',
  about: { it: 'Gradi di raggiungimento inseriti da una persona autorizzata, con motivazione.', en: 'Achievements entered by an authorised person, with a justification.' },
  columns: [
    ...itemColumns(),
    column('year', 'Anno', 'Year', 'integer', ['Anno', 'Year'], { required: true }),
    code('period', 'Periodo', 'Period', ['Codice del periodo; vuoto = anno', 'Period code; empty = the year'], false),
    column('achievement', 'Raggiungimento', 'Achievement', 'number', ['Percentuale, 0–100 o più', 'Percent, 0–100 or more'], { required: true }),
    column('justification', 'Motivazione', 'Justification', 'text', ['Motivazione', 'Justification'], { required: true, width: 50 }),
    column('by', 'Inserito da', 'Entered by', 'text', ['Chi lo ha inserito', 'Who entered it']),
    column('at', 'Inserito il', 'Entered at', 'text', ['Istante ISO 8601', 'ISO 8601 instant'], { width: 26 }),
  ],
};

export const CARD_SHEET: SheetSpec = {
  name: 'Schede', nameEn: 'Cards',
  about: { it: 'Schede di valutazione: una per persona, ruolo e anno.', en: 'Evaluation cards: one per person, role and year.' },
  columns: [
    code('code', 'Codice', 'Code', ['Codice della scheda', 'Card code']),
    code('personCode', 'Codice persona', 'Person code', ['Codice della persona', 'Person code']),
    column('personName', 'Nome persona', 'Person name', 'text', ['Cognome e nome', 'Name'], { required: true, width: 28 }),
    column('role', 'Ruolo', 'Role', { enum: CARD_ROLES }, ['sg, dirigente, po, staff', 'sg, dirigente, po, staff'], { required: true }),
    column('roleLabel', 'Descrizione ruolo', 'Role label', 'text', ['Es. Dirigente Area 1 (ad interim)', 'E.g. Manager of Area 1 (acting)'], { width: 30 }),
    code('orgUnit', 'Unità organizzativa', 'Org unit', ['Unità a cui si riferisce il ruolo', 'Unit the role is about'], false),
    column('year', 'Anno', 'Year', 'integer', ['Anno', 'Year'], { required: true }),
    code('evaluatorCode', 'Codice valutatore', 'Evaluator code', ['Chi valuta', 'Who evaluates'], false),
    column('evaluatorName', 'Nome valutatore', 'Evaluator name', 'text', ['Nome di chi valuta', 'Name of the evaluator']),
    column('complexityStaff', 'Complessità: personale', 'Complexity: staff', 'number', ['Valutazione sulla scala', 'Rating on the scale']),
    column('complexityInnovation', 'Complessità: innovazione', 'Complexity: innovation', 'number', ['Valutazione sulla scala', 'Rating on the scale']),
    column('complexityRelationships', 'Complessità: relazioni', 'Complexity: relationships', 'number', ['Valutazione sulla scala', 'Rating on the scale']),
    column('complexityEffort', 'Complessità: onerosità', 'Complexity: effort', 'number', ['Valutazione sulla scala', 'Rating on the scale']),
  ],
};

export const CARD_COMPONENT_SHEET: SheetSpec = {
  name: 'Componenti schede', nameEn: 'Card components',
  about: { it: 'Pesi delle componenti di una scheda; nessuna riga = pesi della politica per il ruolo.', en: 'Component weights of a card; no rows = the policy’s weights for the role.' },
  columns: [
    code('card', 'Scheda', 'Card', ['Codice della scheda', 'Card code']),
    column('key', 'Componente', 'Component', { enum: CARD_COMPONENT_KEYS }, ['entity_performance, unit_performance, objectives, behaviours', 'entity_performance, unit_performance, objectives, behaviours'], { required: true, width: 22 }),
    column('weight', 'Peso', 'Weight', 'number', ['Percentuale del punteggio finale', 'Percent of the final score'], { required: true }),
  ],
};

export const CARD_OBJECTIVE_SHEET: SheetSpec = {
  name: 'Obiettivi schede', nameEn: 'Card objectives',
  about: { it: 'Obiettivi delle schede; indicatori e nodi del piano collegati come "codice" o "codice=peso" separati da ";".', en: 'Card objectives; linked plan indicators and nodes as "code" or "code=weight" separated by ";".' },
  columns: [
    code('card', 'Scheda', 'Card', ['Codice della scheda', 'Card code']),
    code('code', 'Codice', 'Code', ['Codice dell’obiettivo', 'Objective code']),
    column('title', 'Titolo', 'Title', 'text', ['Titolo dell’obiettivo', 'Objective title'], { required: true, width: 50 }),
    column('weight', 'Peso', 'Weight', 'number', ['Peso sulla scheda', 'Weight on the card'], { required: true }),
    column('indicators', 'Indicatori', 'Indicators', 'links', ['Es. kpi1=60; kpi2=40', 'E.g. kpi1=60; kpi2=40'], { width: 30 }),
    column('nodes', 'Nodi', 'Nodes', 'links', ['Es. A.1; A.2', 'E.g. A.1; A.2'], { width: 20 }),
  ],
};

export const CARD_OWN_INDICATOR_SHEET: SheetSpec = {
  name: 'Indicatori propri schede', nameEn: 'Card own indicators',
  about: { it: 'Indicatori che esistono solo sulla scheda, valutati da una persona.', en: 'Indicators that exist only on the card, assessed by a person.' },
  columns: [
    code('card', 'Scheda', 'Card', ['Codice della scheda', 'Card code']),
    code('objective', 'Obiettivo', 'Objective', ['Codice dell’obiettivo della scheda', 'Code of the card objective']),
    code('code', 'Codice', 'Code', ['Codice dell’indicatore', 'Indicator code']),
    column('name', 'Nome', 'Name', 'text', ['Nome', 'Name'], { required: true, width: 40 }),
    column('weight', 'Peso', 'Weight', 'number', ['Peso nell’obiettivo', 'Weight within the objective']),
    column('target', 'Target', 'Target', 'text', ['Target come scritto sulla scheda', 'Target as written on the card']),
    column('achievement', 'Raggiungimento', 'Achievement', 'number', ['Percentuale, vuoto finché non valutato', 'Percent, empty until assessed']),
    column('justification', 'Motivazione', 'Justification', 'text', ['Motivazione', 'Justification']),
    column('suspendedReason', 'Sospeso: motivo', 'Suspended: reason', 'text', ['Motivo della sospensione', 'Reason for the suspension']),
  ],
};

export const CARD_BEHAVIOUR_SHEET: SheetSpec = {
  name: 'Comportamenti schede', nameEn: 'Card behaviours',
  about: { it: 'Comportamenti e competenze valutati su una scala.', en: 'Behaviours and competences rated on a scale.' },
  columns: [
    code('card', 'Scheda', 'Card', ['Codice della scheda', 'Card code']),
    code('code', 'Codice', 'Code', ['Codice del comportamento', 'Behaviour code']),
    column('label', 'Descrizione', 'Label', 'text', ['Descrizione', 'Label'], { required: true, width: 40 }),
    column('weight', 'Peso', 'Weight', 'number', ['Peso tra i comportamenti', 'Weight among the behaviours']),
    column('rating', 'Valutazione', 'Rating', 'number', ['Sulla scala della politica; vuoto finché non valutato', 'On the policy scale; empty until rated']),
  ],
};

/** The data sheets in workbook order (after the instructions sheet). */
export const DATA_SHEETS: readonly SheetSpec[] = [
  PLAN_SHEET, LEVEL_SHEET, NODE_SHEET, BUDGET_SHEET, HISTORY_SHEET, INDICATOR_SHEET, TARGET_SHEET, PARAMETER_SHEET,
  MEASURE_SHEET, VALUE_SHEET, ORG_UNIT_SHEET, CARD_SHEET, CARD_COMPONENT_SHEET, CARD_OBJECTIVE_SHEET,
  CARD_OWN_INDICATOR_SHEET, CARD_BEHAVIOUR_SHEET, PERIOD_SHEET, SUSPENSION_SHEET, MANUAL_SHEET,
];

export const INSTRUCTIONS_SHEET_NAME = 'Istruzioni';
