import { describe, expect, it } from 'vitest';
import { budgetProgramOf } from './budget-program.js';
import { isCodeLike, leadingCode, normalizeTarget, parseFormulaCell, parseIndicatorCell, parseValueCell } from './card-export-cells.js';
import { cleanCell } from './card-export-text.js';
import { splitNameAndDescription } from './name-description.js';

describe('splitNameAndDescription', () => {
  it.each([
    ['Data di predisposizione del Rapporto intermedio  Data di predisposizione del Rapporto intermedio da parte di ISR',
      'Data di predisposizione del Rapporto intermedio', 'Data di predisposizione del Rapporto intermedio da parte di ISR'],
    ['Numero questionari CUG consegnati Numero questionari CUG consegnati dai dipendenti', 'Numero questionari CUG consegnati', 'Numero questionari CUG consegnati dai dipendenti'],
    ['Tempo medio di lavorazione delle pratiche telematiche Registro Imprese Indica il tempo medio di lavorazione delle pratiche telematiche del Registro Imprese.',
      'Tempo medio di lavorazione delle pratiche telematiche Registro Imprese', 'Indica il tempo medio di lavorazione delle pratiche telematiche del Registro Imprese.'],
    ['Indagine Customer Satisfaction sui servizi della Camera di Commercio Realizzazione indagine customer satisfaction sui servizi della Camera di Commercio',
      'Indagine Customer Satisfaction sui servizi della Camera di Commercio', 'Realizzazione indagine customer satisfaction sui servizi della Camera di Commercio'],
    ['Realizzazione studi Inserire n. di attività realizzazione nell\'anno', 'Realizzazione studi', 'Inserire n. di attività realizzazione nell\'anno'],
  ])('splits %j', (text, name, description) => {
    expect(splitNameAndDescription(text)).toEqual({ name, description });
  });

  it.each([
    'Diritto Annuale al netto di interessi e delle sanzioni',
    'Numero di mediazioni/conciliazioni',
    'Grado di copertura delle attività formative dedicate al personale',
  ])('keeps %j whole', (text) => {
    expect(splitNameAndDescription(text)).toEqual({ name: text });
  });
});

describe('cells of the cards', () => {
  it('recognises the codes the application writes', () => {
    for (const code of ['Med_Conc', 'C2.7.2_02', 'S1.1.a', 'DataCustomerSat', 'Dip-Form', 'Monit_progetti20%']) expect(isCodeLike(code), code).toBe(true);
    for (const word of ['N.', 'Numero', 'Valutazione', '%', '(Tipologia:', '12']) expect(isCodeLike(word), word).toBe(false);
    expect(leadingCode('DFP 1.3 - Grado di copertura')).toEqual({ code: 'DFP 1.3', placeholder: false, rest: '- Grado di copertura' });
    expect(leadingCode('[codice   N. totale dipendenti')).toEqual({ code: null, placeholder: true, rest: 'N. totale dipendenti' });
  });

  it('reads the indicator cell: code, bold name, description, type', () => {
    const raw = 'Data_RappIntermedio <b>Predisposizione Rapporto Economia Intermedio</b> Data di predisposizione Rapporto Economia Intermedio da parte di ISR (Tipologia: Efficacia)';
    expect(parseIndicatorCell(cleanCell(raw), ['Predisposizione Rapporto Economia Intermedio'])).toEqual({
      code: 'Data_RappIntermedio', placeholder: false, type: 'efficacy',
      name: 'Predisposizione Rapporto Economia Intermedio',
      description: 'Data di predisposizione Rapporto Economia Intermedio da parte di ISR',
    });
    expect(parseIndicatorCell('DFP 3.4 Grado (Tipologia: Indicatori DFP)', []).type).toBe('dfp_common');
    expect(parseIndicatorCell('X_1 Nome (Tipologia: Qualità)', []).type).toBe('quality');
  });

  it('reads a coded formula with parentheses, keeping / and + inside names', () => {
    const cell = parseFormulaCell('Dip-Form N. di dipendenti formati / ( Unit_Stab Unità di personale dipendente (TI+TD) + N_Dir Numero di dirigenti (compreso SG) ) (Fonte Uff. Personale)');
    expect(cell.coded).toBe(true);
    expect(cell.source).toBe('Uff. Personale');
    expect(cell.tokens.map((token) => (token.kind === 'op' ? token.op : token.term.code))).toEqual(['Dip-Form', '/', '(', 'Unit_Stab', '+', 'N_Dir', ')']);
    expect(cell.tokens[3]).toEqual({ kind: 'term', term: { code: 'Unit_Stab', placeholder: false, name: 'Unità di personale dipendente (TI+TD)' } });
    const prose = parseFormulaCell('Numero di mediazioni/conciliazioni / Risorse impiegate');
    expect(prose.coded).toBe(false);
    expect(prose.tokens).toHaveLength(3);
    const placeholders = parseFormulaCell('[codice] n. libri vidimati entro 15 gg / [codice] n. libri vidimati (Fonte Uff. R.I.)');
    expect(placeholders.coded).toBe(true);
    expect(placeholders.tokens.map((token) => (token.kind === 'term' ? [token.term.placeholder, token.term.name] : token.op)))
      .toEqual([[true, 'n. libri vidimati entro 15 gg'], '/', [true, 'n. libri vidimati']]);
  });

  it('reads value cells and normalises targets', () => {
    expect(parseValueCell('18,00 N.')).toEqual({ value: 18, text: '18,00 N.', unit: 'number' });
    expect(parseValueCell('%')).toEqual({ unit: 'percent' });
    expect(parseValueCell('gg')).toEqual({ unit: 'days' });
    expect(parseValueCell('')).toEqual({});
    expect(normalizeTarget('>= % 100,00 %')).toBe('>= 100,00%');
    expect(normalizeTarget('>= 8,00 N.')).toBe('>= 8,00 N.');
    expect(normalizeTarget(cleanCell('$\\geq 2,00$ N.'))).toBe('>= 2,00 N.');
  });

  it('classifies DM 27/03/2013 programs by mission', () => {
    expect(budgetProgramOf('005 - Politiche di sviluppo, competitività e innovazione, di RSI e movimento cooperativo')).toEqual({ mission: '011', program: '005' });
    expect(budgetProgramOf('005 - Internazionalizzazione e Made in Italy')).toEqual({ mission: '016', program: '005' });
    expect(budgetProgramOf('004 - Vigilanza e tutela dei consumatori')).toEqual({ mission: '012', program: '004' });
    expect(budgetProgramOf('003 - Servizi e affari generali per le Amministrazioni di competenza')).toEqual({ mission: '032', program: '003' });
    expect(budgetProgramOf('999 - Qualcosa')).toBeUndefined();
    expect(budgetProgramOf('senza numero')).toBeUndefined();
  });
});
