import { describe, expect, it } from 'vitest';
import { IssueCollector } from '../tree-export/import-warning.js';
import { parseCardStructure } from './card-export-structure.js';
import { toCardLines } from './card-export-text.js';
import { readCardExport } from './card-export-reader.js';

const options = { entityCode: 'T', entityName: 'Test', fileName: 'cards.txt' };

const cards = [
  '## SCHEDE DI DETTAGLIO',
  '**1 - Area uno AS1**',
  '<b>Obiettivo strategico</b>\t<b>1.1 - Strategico uno</b>',
  'Descrizione\tDescrizione del',
  '\tprimo obiettivo',
  'Programma (D.M. 27/03/2013)\t003 - Servizi e affari generali per le Amministrazioni di competenza',
  'Risorse economiche 2021\t1.000,50 Euro',
  'Indicatore\tAlgoritmo\tValore 2020\tTarget 2021\tTarget 2022',
  'Ind_A <b>Pratiche evase</b>\tPrat_Ev Pratiche evase / Prat_Tot Pratiche totali\t%\t>= 80,00\t>= 85,00',
  '',
  'Descrizione lunga (Tipologia: Efficacia)\t(Fonte Ufficio)\t\t%\t%',
  '## RIEPILOGO',
  'Obiettivo operativo\t\t9.9.9 - Da ignorare',
  '## SCHEDE DI DETTAGLIO',
  '### Obiettivo operativo',
  '### 1.1.1 - Operativo con titolo su',
  'due righe\t\t\t',
  '#### Descrizione',
  'Descrizione operativa',
  '#### Unità organizzative coinvolte',
  'Servizio Uno | Ufficio Due',
  'Indicatore\tAlgoritmo\tValore 2020\tTarget 2021',
  'Data_X <b>Relazione</b> Relazione annuale (Tipologia: Qualità)\t[codice] Data relazione (Fonte Uff. Due)\t\tEntro 30/06/2021',
  'Ind_B <b>Pratiche</b> (Tipologia: Volume)\tPrat_Ev Pratiche evase\t12,00 N.\t>= 10,00 N.',
  '## Altro capitolo',
  '<b>Mario Rossi - Segretario Generale</b>',
  'Obiettivo individuale\tOB_1 - Primo obiettivo [descrizione]',
  'Risultato misurato obiettivo\t\tPeso: 40,00 %',
  'Indicatore\tAlgoritmo\tTarget 2021',
  'Ind_A - Pratiche evase\tPrat_Ev Pratiche evase / Prat_Tot Pratiche totali\t>= 80,00 %',
  '**Obiettivo individuale**',
  '**OB_2 - Secondo obiettivo**',
  'Risultato misurato obiettivo\t\tPeso: 50,00 %',
];

describe('parseCardStructure', () => {
  const issues = new IssueCollector('cards.txt');
  const doc = parseCardStructure(toCardLines(cards.join('\n')), issues);

  it('reads only the detail sections, with labels, continued fields and merged rows', () => {
    expect(doc.areas).toEqual([{ code: 'AS1', number: '1', title: 'Area uno', line: 2 }]);
    expect(doc.objectives.map((objective) => [objective.kind, objective.code, objective.title])).toEqual([
      ['strategic', '1.1', 'Strategico uno'],
      ['operational', '1.1.1', 'Operativo con titolo su due righe'],
    ]);
    const [strategic, operational] = doc.objectives;
    expect(strategic).toMatchObject({ description: 'Descrizione del primo obiettivo', resources: { year: 2021, text: '1.000,50 Euro' }, area: 'AS1' });
    expect(strategic?.tables[0]?.rows).toHaveLength(1);
    expect(strategic?.tables[0]?.rows[0]?.cells).toEqual([
      'Ind_A Pratiche evase  Descrizione lunga (Tipologia: Efficacia)', 'Prat_Ev Pratiche evase / Prat_Tot Pratiche totali (Fonte Ufficio)', '%', '>= 80,00 %', '>= 85,00 %',
    ]);
    expect(operational).toMatchObject({ description: 'Descrizione operativa', units: ['Servizio Uno', 'Ufficio Due'], context: '1.1' });
    expect(operational?.tables[0]?.rows).toHaveLength(2);
  });

  it('reads individual cards with their objectives and weights', () => {
    expect(doc.cards).toHaveLength(1);
    expect(doc.cards[0]?.objectives.map((objective) => [objective.code, objective.title, objective.weightText])).toEqual([
      ['OB_1', 'Primo obiettivo', 'Peso: 40,00 %'],
      ['OB_2', 'Secondo obiettivo', 'Peso: 50,00 %'],
    ]);
    expect(issues.errors).toEqual([]);
  });
});

describe('readCardExport on a small document', () => {
  const result = readCardExport(cards.join('\n'), options);

  it('builds the plan: nodes, indicators, measures, years, cards', () => {
    expect(result.errors).toEqual([]);
    const plan = result.plan;
    expect(plan?.nodes.map((node) => [node.code, node.parent])).toEqual([['AS1', undefined], ['1.1', 'AS1'], ['1.1.1', '1.1']]);
    expect(plan?.nodes[1]).toMatchObject({ budget: { 2021: { costs: { planned: 1000.5 } } }, budgetProgram: { mission: '032', program: '003' } });
    expect(plan?.indicators.map((indicator) => [indicator.code, indicator.formula, indicator.unit, indicator.targets])).toEqual([
      ['Ind_A', 'Prat_Ev / Prat_Tot', 'percent', { 2021: '>= 80,00%', 2022: '>= 85,00%' }],
      ['Data_X', 'M001', 'date', { 2021: 'Entro 30/06/2021' }],
      ['Ind_B', 'Prat_Ev', 'number', { 2021: '>= 10,00 N.' }],
    ]);
    expect(plan?.indicators[2]?.baseline).toEqual({ year: 2020, value: 12, text: '12,00 N.' });
    expect(plan?.measures.map((measure) => [measure.code, measure.name, measure.source])).toEqual([
      ['Prat_Ev', 'Pratiche evase', 'Ufficio'], ['Prat_Tot', 'Pratiche totali', 'Ufficio'], ['M001', 'Data relazione', 'Uff. Due'],
    ]);
    expect(plan?.plan).toMatchObject({ firstYear: 2021, lastYear: 2022 });
    expect(plan?.cards[0]).toMatchObject({ code: '2021-mario-rossi-sg', role: 'sg', objectives: [{ code: 'OB_1', weight: 40, indicators: ['Ind_A'] }, { code: 'OB_2', weight: 50 }] });
  });

  it('warns about placeholders and weights that do not sum to 100', () => {
    expect(result.warnings.map((warning) => [warning.code, warning.location.line])).toEqual([
      ['measure_code_placeholder', 23],
      ['card_weights_not_100', 26],
    ]);
    expect(result.warnings[1]?.message.en).toBe("The objective weights of Mario Rossi's card sum to 90 instead of 100.");
  });

  it('fails with located errors on an objective without a code and on a document without cards', () => {
    const broken = readCardExport(cards.map((line) => line.replace('1.1 - Strategico uno', 'Strategico senza codice')).join('\n'), options);
    expect(broken.plan).toBeNull();
    expect(broken.errors.map((error) => [error.code, error.location.line])).toEqual([['objective_code_missing', 3], ['parent_missing', 16]]);
    const empty = readCardExport('Nessuna scheda qui.', options);
    expect(empty.errors.map((error) => error.code)).toEqual(['no_objectives']);
    expect(empty.cards).toEqual([]);
  });
});
