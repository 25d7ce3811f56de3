import { describe, expect, it } from 'vitest';
import { readTreeExport } from './tree-export-reader.js';
import { IssueCollector } from './import-warning.js';
import { classifyLine, stripMarkup } from './tree-export-lines.js';
import { parseUnitLine, splitCodeAndTitle } from './tree-export-structure.js';

const options = { entityCode: 'T', entityName: 'Test', fileName: 'tree.txt' };
const HEADER = 'Indicatori testo\tAlgoritmo\tPeso\tStato\tTarget';

function tree(...lines: string[]): string {
  return lines.join('\n');
}

const minimal = [
  '## Area strategica: A Area',
  '#### Obiettivo strategico: A.1 Strategico',
  '**KPI Associati**',
  HEADER,
  'Numero iniziative\tNumero iniziative\t100\t1.234\tAnno: 2021 >= 2 Anno: 2022 >= 3',
  '# Programma: Un programma',
  'Obiettivo operativo: A.1.1 Operativo',
  'Descrizione su',
  'due righe.',
  '',
  'Secondo paragrafo.',
  '### Unità organizzative coinvolte',
  '- **S. 1.1** UFFICIO UNO',
  'STAFF 2\tUFFICIO DUE',
  '#### KPI Associati',
  HEADER,
  'Pratiche evase\tPratiche evase/Pratiche ricevute*100\t33,33\t---\t>= 80%',
  '',
  `<b>Indicatori testo</b>\t<b>Algoritmo</b>\t<b>Peso</b>\t<b>Stato</b>\t<b>Target</b>`,
  'Tempi\tGiorni totali/Pratiche evase\t33,33\t---\t<= 5 gg',
  'Relazione\tRealizzazione attività\t33,34\t---\t<= 30/06/2021',
  '## Azione: A.1.1.1. Azione',
  'KPI Associati',
  HEADER,
  'Eventi\tNumero eventi\t100\t---\t>= 2',
];

describe('line classification', () => {
  it('recognises keywords whatever the markup', () => {
    expect(classifyLine('### Obiettivo operativo: A.1.3 Titolo', 1)).toEqual({ kind: 'node', level: 'operational_objective', rest: 'A.1.3 Titolo', line: 1 });
    expect(classifyLine('**Azione: B.1.1.2 Diffusione**', 2)).toEqual({ kind: 'node', level: 'action', rest: 'B.1.1.2 Diffusione', line: 2 });
    expect(classifyLine('**Unità organizzative coinvolte**', 3)).toEqual({ kind: 'section', section: 'units', line: 3 });
    expect(classifyLine('<b>Indicatori testo</b>\t<b>Algoritmo</b>', 4)).toEqual({ kind: 'header', line: 4 });
    expect(classifyLine('--------\t--', 5)).toEqual({ kind: 'separator', line: 5 });
    expect(stripMarkup('- STAFF 6** PROMOZIONE')).toBe('- STAFF 6 PROMOZIONE');
  });

  it('splits node codes (trailing dot removed) from titles, and reads unit lines', () => {
    expect(splitCodeAndTitle('A.1.4.1. Servizi certificativi')).toEqual({ code: 'A.1.4.1', title: 'Servizi certificativi' });
    expect(splitCodeAndTitle('C Competitività dell\'Ente')).toEqual({ code: 'C', title: 'Competitività dell\'Ente' });
    expect(splitCodeAndTitle('Competitività senza codice')).toEqual({ code: null, title: 'Competitività senza codice' });
    expect(parseUnitLine(['S.1.4 PERFORMANCE'], 7)).toEqual({ code: 'S.1.4', name: 'PERFORMANCE', line: 7 });
    expect(parseUnitLine(['AREA STAFF', 'STAFF DEL SEGRETARIO GENERALE'], 8)).toEqual({ code: 'AREA STAFF', name: 'STAFF DEL SEGRETARIO GENERALE', line: 8 });
    expect(parseUnitLine(['AREA III REGOLAZIONE DEL MERCATO'], 9)).toEqual({ code: 'AREA III', name: 'REGOLAZIONE DEL MERCATO', line: 9 });
    expect(parseUnitLine(['UFFICIO SENZA CODICE'], 10)).toEqual({ code: null, name: 'UFFICIO SENZA CODICE', line: 10 });
  });
});

describe('readTreeExport on a small tree', () => {
  it('reads nodes, units, merged tables, years and weights', () => {
    const { plan, errors, warnings } = readTreeExport(tree(...minimal), options);
    expect(errors).toEqual([]);
    expect(warnings).toEqual([]);
    expect(plan?.nodes.map((node) => [node.code, node.level, node.parent])).toEqual([
      ['A', 'strategic_area', undefined],
      ['A.1', 'strategic_objective', 'A'],
      ['A.1-P1', 'program', 'A.1'],
      ['A.1.1', 'operational_objective', 'A.1-P1'],
      ['A.1.1.1', 'action', 'A.1.1'],
    ]);
    const operational = plan?.nodes[3];
    expect(operational?.description).toBe('Descrizione su\ndue righe.\n\nSecondo paragrafo.');
    expect(operational?.units.involved).toEqual(['S.1.1', 'STAFF 2']);
    expect(plan?.indicators.filter((indicator) => indicator.node === 'A.1.1').map((indicator) => [indicator.code, indicator.weight, indicator.unit, indicator.targets])).toEqual([
      ['A.1.1-K1', 33.33, 'percent', { 2021: '>= 80%' }],
      ['A.1.1-K2', 33.33, 'days', { 2021: '<= 5 gg' }],
      ['A.1.1-K3', 33.34, 'date', { 2021: '<= 30/06/2021' }],
    ]);
    expect(plan?.indicators[0]?.baseline).toEqual({ year: 2020, value: 1234, text: '1.234' });
    expect(plan?.plan).toMatchObject({ firstYear: 2021, lastYear: 2022 });
  });

  it('warns when weights do not sum to 100, at the first row of the table', () => {
    const lines = [...minimal];
    lines[16] = 'Pratiche evase\tPratiche evase/Pratiche ricevute*100\t30\t---\t>= 80%';
    const { plan, warnings } = readTreeExport(tree(...lines), options);
    expect(plan).not.toBeNull();
    expect(warnings).toEqual([{
      code: 'weights_not_100', severity: 'warning', location: { file: 'tree.txt', line: 17 },
      message: { it: 'I pesi degli indicatori di A.1.1 sommano a 96,67 invece di 100.', en: 'The indicator weights of A.1.1 sum to 96.67 instead of 100.' },
    }]);
  });

  it('warns when a level is skipped and errs when a node has no parent', () => {
    const skipped = readTreeExport(tree(...minimal.filter((line) => !line.startsWith('# Programma'))), options);
    expect(skipped.warnings.map((warning) => [warning.code, warning.location.line])).toContainEqual(['level_skipped', 6]);
    const orphan = readTreeExport(tree(...minimal.slice(5)), options);
    expect(orphan.plan).toBeNull();
    expect(orphan.errors.map((error) => [error.code, error.location.line])).toContainEqual(['node_orphan', 1]);
  });

  it('rejects a row without five columns, a bad weight and a duplicate code, with their lines', () => {
    const lines = [...minimal];
    lines[19] = 'Tempi\tGiorni totali/Pratiche evase\t33,33\t<= 5 gg';
    lines[20] = 'Relazione\tRealizzazione attività\tmolto\t---\t<= 30/06/2021';
    lines[21] = '## Azione: A.1.1 Azione';
    const { plan, errors } = readTreeExport(tree(...lines), options);
    expect(plan).toBeNull();
    expect(errors.map((error) => [error.code, error.location.line])).toEqual([
      ['kpi_row_columns', 20], ['kpi_weight_invalid', 21], ['node_code_duplicate', 22],
    ]);
    expect(errors[1]?.message.it).toBe('Peso non valido "molto": atteso un numero come 20 o 33,33.');
  });

  it('errs on a text with no objectives and on a tree with no years', () => {
    expect(readTreeExport('Solo testo.', options).errors.map((error) => error.code)).toEqual(['no_nodes']);
    const noYears = readTreeExport(tree('Area strategica: A Area', 'KPI Associati', HEADER, 'Eventi\tNumero eventi\t100\t---\t>= 2'), options);
    expect(noYears.errors.map((error) => error.code)).toEqual(['plan_years_missing']);
  });

  it('keeps unconvertible formulas as prose, without a canonical formula, with a warning', () => {
    const lines = [...minimal];
    lines[24] = 'Eventi\t(Numero eventi\t100\t---\t>= 2';
    const { plan, warnings } = readTreeExport(tree(...lines), options);
    const indicator = plan?.indicators.find((item) => item.node === 'A.1.1.1');
    expect(indicator?.formula).toBeUndefined();
    expect(indicator?.formulaProse).toBe('(Numero eventi');
    expect(warnings.map((warning) => [warning.code, warning.location.line, warning.location.path])).toEqual([['formula_not_converted', 25, 'indicators[4].formula']]);
  });

  it('collects warnings with the file name', () => {
    const issues = new IssueCollector('x.txt');
    issues.warn('w', { line: 3 }, { it: 'i', en: 'e' });
    expect(issues.warnings[0]?.location).toEqual({ file: 'x.txt', line: 3 });
  });
});
