import { describe, expect, it } from 'vitest';
import { parseFormula, referencedMeasures } from '../../core/formula/formula-parser.js';
import { planSchema, type Plan } from '../../core/plan/plan.schema.js';
import { leadingCode } from './card-export-cells.js';
import { readCardExport } from './card-export-reader.js';
import { readSeed } from '../../test-support/seeds.js';


const options = { entityCode: 'MS', entityName: 'Camera di Commercio di Massa-Carrara', fileName: '002.txt' };
const text = readSeed('002_fe4bdce41d49d658.txt');
const result = readCardExport(text, options);
const plan = result.plan as Plan;

const node = (code: string) => plan.nodes.find((item) => item.code === code);
const indicator = (code: string) => plan.indicators.find((item) => item.code === code);
const measuresOf = (formula: string | undefined) => {
  const parsed = parseFormula(formula ?? '');
  return parsed.ok ? referencedMeasures(parsed.value).map(({ ref }) => ref.key) : [];
};

describe('readCardExport on the Massa-Carrara plan (seed 002)', () => {
  it('reads the plan without errors and the result passes the plan schema', () => {
    expect(result.errors).toEqual([]);
    expect(() => planSchema.parse(plan)).not.toThrow();
    expect(plan.plan).toMatchObject({ firstYear: 2021, lastYear: 2023 });
    expect(plan.plan.levels.map((level) => level.key)).toEqual(['strategic_area', 'strategic_objective', 'operational_objective']);
  });

  it('finds 3 areas, 8 strategic objectives with 16 indicators, 19 operational objectives with 51 indicators', () => {
    const byLevel = (level: string) => plan.nodes.filter((item) => item.level === level);
    expect(byLevel('strategic_area').map((item) => item.code)).toEqual(['AS1', 'AS2', 'AS3']);
    expect(byLevel('strategic_objective').map((item) => item.code)).toEqual(['1.1', '1.2', '2.1', '2.2', '2.3', '3.1', '3.2', '3.3']);
    expect(byLevel('operational_objective').map((item) => item.code)).toEqual([
      '1.1.1', '1.2.1', '1.2.2', '1.2.3', '1.2.4', '2.1.1', '2.1.2', '2.1.3', '2.1.4', '2.2.1',
      '2.3.1', '2.3.2', '3.1.1', '3.1.2', '3.1.3', '3.2.1', '3.2.2', '3.2.3', '3.3.1',
    ]);
    const strategic = new Set(byLevel('strategic_objective').map((item) => item.code));
    expect(plan.indicators.filter((item) => strategic.has(item.node))).toHaveLength(16);
    expect(plan.indicators.filter((item) => !strategic.has(item.node))).toHaveLength(51);
    expect(new Set(plan.indicators.map((item) => item.code)).size).toBe(67);
    expect(node('2.1.3')?.parent).toBe('2.1');
    expect(node('3.3')?.parent).toBe('AS3');
  });

  it('reads the strategic card: description, program classification, resources', () => {
    expect(node('1.1')).toMatchObject({
      title: "Consolidare il ruolo della Camera, per il tramite di ISR, quale osservatore privilegiato dell’economia locale",
      budgetProgram: { mission: '011', program: '005' },
      budget: { 2021: { costs: { planned: 235000 } } },
    });
    expect(node('1.1')?.description?.startsWith('Riconoscimento per la Camera di Commercio')).toBe(true);
    expect(node('3.3')?.description).toBe('Rafforzare la presenza sul mercato internazionale delle imprese del territorio e la promozione del Made in Italy');
    expect(node('3.2')?.budget).toEqual({ 2021: { costs: { planned: 1354646.77 } } });
    expect(node('2.2')?.budget).toBeUndefined();
  });

  it('reads the operational card: title split over two lines, units involved', () => {
    expect(node('3.1.3')?.title).toBe('Favorire la valorizzazione e la promozione del territorio e la competitività delle imprese sui mercati');
    expect(plan.orgUnits.map((unit) => unit.name)).toEqual([
      'ISR', 'Servizio Promozione', 'Servizio Risorse finanziarie, Acquisti e Patrimonio', 'Servizio AA.GG. e Risorse umane',
      'Servizio Registro Imprese', 'Servizio Regolazione del Mercato, Tutela del Consumatore e Programmazione e cont',
    ]);
    expect(node('2.1.1')?.units.involved).toHaveLength(6);
    expect(node('2.3.1')?.units.involved).toHaveLength(5);
  });

  it('reads an indicator row with its code, name, description, type, coded formula, source, unit and target', () => {
    expect(indicator('Data_RappIntermedio')).toEqual({
      code: 'Data_RappIntermedio', node: '1.1.1',
      name: 'Predisposizione Rapporto Economia Intermedio',
      description: 'Data di predisposizione Rapporto Economia Intermedio da parte di ISR',
      type: 'efficacy',
      formula: 'M015',
      formulaProse: '[codice] Data di predisposizione del Rapporto intermedio Data di predisposizione del Rapporto intermedio da parte di ISR',
      unit: 'date', targets: { 2021: 'Entro 10/12/2021' }, source: 'ISR',
    });
    expect(indicator('N_mediaLocali2021')?.baseline).toEqual({ year: 2020, value: 18, text: '18,00 N.' });
    expect(indicator('Studi_ISR')?.targets).toEqual({ 2021: '>= 8,00 N.', 2022: '>= 8,00 N.', 2023: '>= 8,00 N.' });
    expect(indicator('DFP 1.12')?.targets).toEqual({ 2021: '>= 100,00%', 2022: '>= 100,00%', 2023: '>= 100,00%' });
    expect(indicator('C1.1_07')).toMatchObject({ unit: 'days', type: 'quality', name: 'Tempo medio di lavorazione delle pratiche telematiche Registro Imprese' });
  });

  it('merges rows split by page breaks, cell by cell', () => {
    expect(indicator('DFP 1.3')).toMatchObject({ description: 'Indica il grado di coinvolgimento del personale in attività formative', targets: { 2021: '>= 80,00%' } });
    expect(indicator('B3.1_02')?.formula).toBe('BilCons_DA_Inc / BilCons_DA');
    expect(plan.measures.find((measure) => measure.code === 'BilCons_DA')?.name).toBe('Diritto Annuale al netto di interessi e delle sanzioni');
    expect(indicator('Data_AvvioCancellRI')?.targets).toEqual({ 2021: 'Entro 30/11/2021' });
    expect(indicator('Percent_CorruzTrasp')?.name).toBe('Media % di raggiungimento degli obiettivi operativi');
  });

  it('reads an indicator printed one cell per line', () => {
    expect(indicator('Percent_IndiceTrasp')).toMatchObject({
      node: '2.3.1', type: 'efficacy', unit: 'percent', targets: { 2021: '>= 90,00%' },
      name: "Indice sintetico di trasparenza dell'Amministrazione (rapporto pagine sito)",
    });
    const measures = measuresOf(indicator('Percent_IndiceTrasp')?.formula).map((code) => plan.measures.find((measure) => measure.code === code)?.name);
    expect(measures).toEqual(['N. pagine sito aggiornate entro i termini', 'N. pagine sito da aggiornare']);
  });

  it('turns formulas over coded measures into canonical formulas, and shares measures between indicators', () => {
    for (const item of plan.indicators) if (item.formula !== undefined) expect(parseFormula(item.formula).ok, item.code).toBe(true);
    expect(indicator('DFP 1.3')?.formula).toBe('Dip_Form / (Unit_Stab + N_Dir)');
    expect(indicator('C2.7.2_02')?.formula).toBe('Med_Conc / FTE_Integrato_C2.7.2');
    const users = (code: string) => plan.indicators.filter((item) => measuresOf(item.formula).includes(code)).map((item) => item.code);
    expect(users('Med_Conc')).toEqual(['C2.7.2_02', 'N_MedConcilConcluse']);
    expect(users('BilCons_IE')).toEqual(['D1.3_04.1', 'D1.3_04.2']);
    expect(plan.measures.find((measure) => measure.code === 'Med_Conc')).toEqual({
      code: 'Med_Conc', name: 'Numero di mediazioni/conciliazioni', unit: 'number', source: 'Uff. Conciliazione',
    });
    const referenced = new Set(plan.indicators.flatMap((item) => measuresOf(item.formula)));
    expect(new Set(plan.measures.map((measure) => measure.code))).toEqual(new Set([...referenced].map((key) => plan.measures.find((measure) => measure.code === key || measure.name === key)?.code)));
  });

  it('gives [codice] placeholders generated codes, with a warning, and makes odd codes formula-safe', () => {
    const placeholders = result.warnings.filter((warning) => warning.code === 'measure_code_placeholder');
    expect(placeholders.length).toBeGreaterThan(50);
    expect(placeholders[0]).toMatchObject({ location: { file: '002.txt', line: 723 } });
    expect(placeholders[0]?.message.it).toBe('Misura "Data di predisposizione del Rapporto intermedio" con codice segnaposto [codice]: assegnato il codice M015.');
    expect(result.warnings.filter((warning) => warning.code === 'measure_code_sanitized').map((warning) => warning.location.line)).toEqual([634, 769]);
    expect(plan.measures.find((measure) => measure.code === 'Tot_Servizi_Pag')?.name).toBe('N. totale servizi erogati a pagamento');
  });

  it('handles every prose formula: converted, or flagged with a reason at its row', () => {
    const flagged = new Set(result.warnings.filter((warning) => warning.code.startsWith('formula_')).map((warning) => warning.location.path));
    const prose = plan.indicators.map((item, position) => ({ item, position }))
      .filter(({ item }) => { const lead = leadingCode(item.formulaProse ?? ''); return lead.code === null && !lead.placeholder; });
    expect(prose.map(({ item }) => item.code)).toEqual([
      'Progetti_RilEconomia', 'DFP 1.3', 'DFP 1.12', 'DFP 2.1', 'DFP 4.4', 'Conoscenza_Pid', 'Percent_CorruzTrasp', 'D1.3_04.1', 'D1.3_04.2',
      'C1.1_07', 'C2.7.2_02', 'Verif_metriche', 'DB_utenti_prom', 'Budget_IntEconom', 'N_ImpreseInternaz',
    ]);
    for (const { item, position } of prose) {
      const handled = item.formula !== undefined || flagged.has(`indicators[${position}].formula`);
      expect(handled, item.code).toBe(true);
    }
    expect(result.warnings.find((warning) => warning.code === 'formula_review')?.location).toEqual({ file: '002.txt', line: 625, column: 2, path: 'indicators[1].formula' });
  });
});

describe('individual cards of seed 002', () => {
  it('reads the seven cards: SG, two manager roles of the same person, four P.O.', () => {
    expect(result.cards.map((card) => [card.person, card.role, card.roleLabel, card.year, card.objectives.length])).toEqual([
      ['Ciabatti Enrico', 'sg', 'Segretario Generale', 2021, 3],
      ['Ciabatti Enrico', 'dirigente', 'Dir. Area 1 - Dirigente', 2021, 3],
      ['Ciabatti Enrico', 'dirigente', 'Dir. Area 2 - Dirigente', 2021, 3],
      ['bongiorni.mirco', 'po', 'P.O.', 2021, 3],
      ['cordiviola.francesca', 'po', 'P.O.', 2021, 3],
      ['diamanti.stefano', 'po', 'P.O.', 2021, 3],
      ['menconi.simonetta', 'po', 'P.O.', 2021, 3],
    ]);
  });

  it('sums each card\'s objective weights to 100', () => {
    for (const card of result.cards) {
      const sum = card.objectives.reduce((total, objective) => total + (objective.weight ?? Number.NaN), 0);
      expect(Math.abs(sum - 100), `${card.person} ${card.roleLabel}`).toBeLessThanOrEqual(0.01);
    }
    expect(result.cards[0]?.objectives.map((objective) => [objective.code, objective.weight])).toEqual([['SG_1', 15], ['SG_2', 25], ['SG_3', 60]]);
    expect(result.warnings.filter((warning) => warning.code.startsWith('card_'))).toEqual([]);
  });

  it('keeps objectives and indicators as written', () => {
    const objective = result.cards[3]?.objectives[1];
    expect(objective).toMatchObject({ code: 'PO2_1_2021', title: 'Avvio revisione dei processi e dei modelli di lavoro', weight: 33.33 });
    expect(objective?.description?.startsWith("Avvio revisione dei processi e dei modelli di lavoro dell'unità organizzativa")).toBe(true);
    expect(objective?.indicators.map((item) => item.target)).toEqual(['Entro 10/02/2021', 'Entro 30/06/2021']);
    expect(result.cards[0]?.objectives[0]?.title).toBe("Ob. Ind. SG - Consolidare il ruolo della Camera, per il tramite di ISR, quale osservatore privilegiato dell'economia locale");
  });

  it('links card indicators to the plan indicators they reuse, and puts the cards in the plan', () => {
    expect(plan.cards.map((card) => card.code)).toEqual([
      '2021-ciabatti-enrico-sg', '2021-ciabatti-enrico-dirigente-dir-area-1', '2021-ciabatti-enrico-dirigente-dir-area-2',
      '2021-bongiorni-mirco-po', '2021-cordiviola-francesca-po', '2021-diamanti-stefano-po', '2021-menconi-simonetta-po',
    ]);
    const links = (card: number) => plan.cards[card]?.objectives.map((objective) => objective.indicators);
    expect(links(0)).toEqual([['Studi_ISR'], ['Progetti_RilEconomia'], ['D1.3_04.1', 'D1.3_04.2']]);
    expect(links(1)).toEqual([['C1.1_07', 'C2.7.2_02'], ['Percent_RifiutoRI', 'Percent_VerballiRI'], ['Conoscenza_Pid']]);
    expect(links(2)).toEqual([['DFP 1.3'], ['Percent_CorruzTrasp'], ['N_RelazFdoPerequativ']]);
    expect(plan.cards[3]?.objectives[2]?.ownIndicators).toEqual([{
      code: 'PO2_2_2021_AGG', target: '>= 100,00%',
      name: "PO2_2 N. aggiornamenti dell'applicativo (INTEGRA) effettuati entro i termini previsti . Per l'anno 2021 n. 15 gg da chiusura quadrimestre (inserire i soliti valori rilevati per il Servizio)",
    }]);
  });
});
