import { describe, expect, it } from 'vitest';
import { parseFormula } from '../../core/formula/formula-parser.js';
import { planSchema, type Plan } from '../../core/plan/plan.schema.js';
import { readTreeExport } from './tree-export-reader.js';
import { readSeed } from '../../test-support/seeds.js';


const options = { entityCode: 'LE', entityName: 'Camera di Commercio di Lecce', fileName: '004.txt' };
const text = readSeed('004_30336ea7c660fe63.txt');
const result = readTreeExport(text, options);
const plan = result.plan as Plan;

function indicatorsOf(node: string) {
  return plan.indicators.filter((indicator) => indicator.node === node);
}

describe('readTreeExport on the Lecce tree (seed 004)', () => {
  it('reads the plan without errors and the result passes the plan schema', () => {
    expect(result.errors).toEqual([]);
    expect(plan).not.toBeNull();
    expect(() => planSchema.parse(plan)).not.toThrow();
    expect(plan.plan).toMatchObject({ firstYear: 2021, lastYear: 2023 });
    expect(plan.plan.levels.map((level) => level.key)).toEqual(['strategic_area', 'strategic_objective', 'program', 'operational_objective', 'action']);
    expect(plan.entity).toEqual({ code: 'LE', name: 'Camera di Commercio di Lecce' });
  });

  it('finds 3 areas, 5 strategic objectives, 5 programs, 13 operational objectives, 31 actions', () => {
    const counts: Record<string, number> = {};
    for (const node of plan.nodes) counts[node.level as string] = (counts[node.level as string] ?? 0) + 1;
    expect(counts).toEqual({ strategic_area: 3, strategic_objective: 5, program: 5, operational_objective: 13, action: 31 });
  });

  it('builds the hierarchy from the keywords, whatever the heading depth', () => {
    const parent = (code: string) => plan.nodes.find((node) => node.code === code)?.parent;
    expect(parent('A.1')).toBe('A');
    expect(parent('A.1.1')).toBe('A.1-P1');
    expect(parent('A.1.3')).toBe('A.1-P1');
    expect(parent('A.1.3.2')).toBe('A.1.3');
    expect(parent('B.1.1.2')).toBe('B.1.1');
    expect(parent('C.2.1.2')).toBe('C.2.1');
    expect(plan.nodes.find((node) => node.code === 'A.1.4.1')?.title).toBe("Servizi certificativi per l'export");
  });

  it('gives programs a stable generated code and keeps their name as title', () => {
    const programs = plan.nodes.filter((node) => node.level === 'program').map((node) => [node.code, node.title, node.parent]);
    expect(programs).toEqual([
      ['A.1-P1', 'Sostegno alle imprese', 'A.1'],
      ['B.1-P1', 'Tecnologie innovative', 'B.1'],
      ['B.2-P1', 'Tutela del consumatore e delle imprese', 'B.2'],
      ['C.1-P1', 'Ottimizzare i processi e migliorare la qualità dei servizi', 'C.1'],
      ['C.2-P1', 'CCIAA', 'C.2'],
    ]);
    expect(readTreeExport(text, options).plan).toEqual(plan);
  });

  it('reads 93 indicators with codes generated from their node', () => {
    expect(plan.indicators).toHaveLength(93);
    expect(new Set(plan.indicators.map((indicator) => indicator.code)).size).toBe(93);
    expect(indicatorsOf('A.1.3.1').map((indicator) => indicator.code)).toEqual(['A.1.3.1-K1']);
    expect(plan.indicators[0]).toEqual({
      code: 'A.1-K1',
      node: 'A.1',
      name: 'Soggetti coinvolti nei servizi e nelle iniziative dedicate alla promozione della cultura e del turismo',
      formula: '([Numero soggetti] - [Numero soggetti]@t-1) / [Numero soggetti]@t-1 * 100',
      formulaProse: '(Numero soggetti(t)-Numero soggetti(t-1))/Numero soggetti(t-1)*100',
      unit: 'percent',
      baseline: { year: 2020, value: 581, text: '581' },
      targets: { 2021: '>= +15%', 2022: '>= +15%', 2023: '>= +15%' },
      weight: 20,
    });
  });

  it('merges KPI tables split by page breaks (repeated plain or <b> headers)', () => {
    expect(indicatorsOf('A.1.2').map((indicator) => indicator.weight)).toEqual([20, 10, 10, 10, 50]);
    expect(indicatorsOf('A.1.4.3').map((indicator) => indicator.weight)).toEqual([40, 60]);
    expect(indicatorsOf('C.2').map((indicator) => indicator.weight)).toEqual([20, 15, 15, 20, 15, 15]);
  });

  it('sums every node\'s indicator weights to 100 (33,33 + 33,33 + 33,34 included)', () => {
    const nodesWithIndicators = new Set(plan.indicators.map((indicator) => indicator.node));
    for (const node of nodesWithIndicators) {
      const sum = indicatorsOf(node).reduce((total, indicator) => total + (indicator.weight ?? 0), 0);
      expect(Math.abs(sum - 100), node).toBeLessThanOrEqual(0.01);
    }
    expect(indicatorsOf('C.1').map((indicator) => indicator.weight)).toEqual([33.33, 33.33, 33.34]);
    expect(result.warnings.filter((warning) => warning.code === 'weights_not_100')).toEqual([]);
  });

  it('reads Italian numbers, "---" baselines and the last line without a newline', () => {
    expect(indicatorsOf('B.1')[0]?.baseline).toEqual({ year: 2020, value: 17835, text: '17.835' });
    expect(indicatorsOf('A.1')[1]?.baseline).toEqual({ text: '---' });
    expect(indicatorsOf('C.2')[4]?.targets).toEqual({ 2021: '>= 0,85', 2022: '>= 0,85', 2023: '>= 1' });
    expect(indicatorsOf('C.2.1.2')).toEqual([expect.objectContaining({
      code: 'C.2.1.2-K1', name: 'Realizzazione attività', targets: { 2021: '<= 31/10/2021' }, weight: 100, unit: 'date',
    })]);
  });

  it('puts a target without "Anno:" on the first plan year', () => {
    expect(indicatorsOf('A.1.1').map((indicator) => indicator.targets)).toEqual([{ 2021: '>= 3' }, { 2021: '>= 1' }]);
  });

  it('handles all 53 distinct prose formulas: converted, or flagged with a located reason', () => {
    const distinct = new Set(plan.indicators.map((indicator) => indicator.formulaProse));
    expect(distinct.size).toBe(53);
    for (const indicator of plan.indicators) {
      expect(indicator.formula, indicator.code).toBeDefined();
      expect(parseFormula(indicator.formula as string).ok, indicator.code).toBe(true);
    }
    const review = result.warnings.filter((warning) => warning.code === 'formula_review');
    expect(review.map((warning) => warning.location.line)).toEqual([161, 194, 363, 468, 829]);
    expect(review[4]?.location).toEqual({ file: '004.txt', line: 829, column: 2, path: 'indicators[86].formula' });
    expect(review[4]?.message.en).toContain('Unclear precedence');
    expect(review[4]?.message.it).toContain('Precedenza ambigua');
  });

  it('creates one measure per distinct measure name, shared by the indicators that use it', () => {
    const names = plan.measures.map((measure) => measure.name);
    expect(new Set(names).size).toBe(names.length);
    expect(plan.measures[0]).toEqual({ code: 'M001', name: 'Numero soggetti', unit: 'number' });
    const users = plan.indicators.filter((indicator) => indicator.formula?.includes('[Numero soggetti]'));
    expect(users.map((indicator) => indicator.code)).toEqual(['A.1-K1', 'A.1.3.2-K1', 'A.1.4.3-K1', 'B.2.2-K1']);
    const referenced = new Set(plan.indicators.flatMap((indicator) => [...(indicator.formula ?? '').matchAll(/\[((?:[^\]]|\]\])*)\]/g)].map((match) => match[1])));
    expect(new Set(names)).toEqual(referenced);
  });

  it('reads 20 distinct org units and the units involved in each node, merging split lists', () => {
    expect(plan.orgUnits).toHaveLength(20);
    expect(plan.orgUnits.find((unit) => unit.code === 'S.1.4')).toEqual({ code: 'S.1.4', name: 'PERFORMANCE', kind: 'service' });
    expect(plan.orgUnits.find((unit) => unit.code === 'AREA STAFF')).toEqual({ code: 'AREA STAFF', name: 'STAFF DEL SEGRETARIO GENERALE', kind: 'area' });
    const c12 = plan.nodes.find((node) => node.code === 'C.1.2');
    expect(c12?.units.involved).toHaveLength(14);
    expect(plan.nodes.find((node) => node.code === 'C.1.2.9')?.units.involved).toEqual([]);
    const variants = result.warnings.filter((warning) => warning.code === 'unit_name_variant');
    expect(variants.map((warning) => warning.location.line)).toEqual([62, 488, 583]);
  });

  it('keeps descriptions as paragraphs, and list items on their own lines', () => {
    const description = plan.nodes.find((node) => node.code === 'A.1.3')?.description ?? '';
    expect(description.startsWith('Le Camere di commercio hanno un ruolo sempre più attivo')).toBe(true);
    const paragraphs = description.split('\n\n');
    expect(paragraphs).toHaveLength(5);
    expect(paragraphs[4]?.split('\n').map((item) => item.slice(0, 3))).toEqual(['1. ', '2. ', '3. ', '4. ', '5. ']);
  });
});
