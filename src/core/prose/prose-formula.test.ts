import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseFormula } from '../formula/formula-parser.js';
import { convertProseFormula, type ProseConversion } from './prose-formula.js';

function codes(conversion: ProseConversion): string[] {
  return conversion.reasons.map((reason) => reason.code);
}

describe('convertProseFormula: time references', () => {
  it.each([
    ['Numero pratiche(t) - Numero pratiche (t - 2)', '[Numero pratiche] - [Numero pratiche]@t-2'],
    ['Numero pratiche(n)/Numero pratiche(n-1)', '[Numero pratiche] / [Numero pratiche]@t-1'],
    ['Diritto annuale anno corrente - Diritto annuale anno precedente', '[Diritto annuale] - [Diritto annuale]@t-1'],
    ['Costo anno n / Costo anno n-1', '[Costo] / [Costo]@t-1'],
    ['Pratiche evase nell’anno 2019 dal registro', '[Pratiche evase nell’anno 2019 dal registro]'],
  ])('%s → %s', (prose, canonical) => {
    const conversion = convertProseFormula(prose);
    expect(conversion).toMatchObject({ canonical, confidence: 'high', reasons: [] });
  });
});

describe('convertProseFormula: numbers and operators', () => {
  it('reads Italian decimals, ×, unary minus and parentheses', () => {
    expect(convertProseFormula('Importo liquidato × 0,5').canonical).toBe('[Importo liquidato] * 0.5');
    expect(convertProseFormula('-(Saldo iniziale - Saldo finale)/Saldo iniziale*100').canonical).toBe('-([Saldo iniziale] - [Saldo finale]) / [Saldo iniziale] * 100');
    expect(convertProseFormula('100 * Risolte / Ricevute').canonical).toBe('100 * [Risolte] / [Ricevute]');
  });

  it('keeps a hyphen glued to lower-case words in the name, for review', () => {
    const conversion = convertProseFormula('Imprese turistico-culturali assistite');
    expect(conversion.canonical).toBe('[Imprese turistico-culturali assistite]');
    expect(codes(conversion)).toEqual(['hyphen_in_name']);
    expect(conversion.reasons[0]?.it).toContain('«turistico-culturali»');
  });

  it('flags a division mixed with a subtraction even when the usual precedence is kept', () => {
    const conversion = convertProseFormula('Proventi/Oneri - Rettifiche');
    expect(conversion.canonical).toBe('[Proventi] / [Oneri] - [Rettifiche]');
    expect(conversion.confidence).toBe('review');
    expect(codes(conversion)).toEqual(['unclear_precedence']);
  });

  it('does not flag explicit parentheses', () => {
    expect(convertProseFormula('(Proventi/Oneri) - Rettifiche')).toMatchObject({ canonical: '[Proventi] / [Oneri] - [Rettifiche]', confidence: 'high' });
    expect(convertProseFormula('Proventi/(Oneri - interventi)')).toMatchObject({ canonical: '[Proventi] / ([Oneri] - [interventi])', confidence: 'high' });
  });
});

describe('convertProseFormula: known measures', () => {
  const knownMeasures = [
    { code: 'EVENTI', name: 'Numero eventi/iniziative di sensibilizzazione' },
    { code: 'PC', name: 'Proventi correnti' },
    { code: 'Med_Conc', name: 'Numero di mediazioni/conciliazioni' },
    { code: 'FTE_Integrato_C2.7.2', name: 'Risorse impiegate (espresse in FTE integrato)' },
  ];

  it('uses codes for known names, which also settles slashes and parentheses inside them', () => {
    expect(convertProseFormula('Numero eventi/iniziative di sensibilizzazione', { knownMeasures })).toEqual({
      canonical: 'EVENTI', confidence: 'high', reasons: [], measureNames: ['Numero eventi/iniziative di sensibilizzazione'],
    });
    expect(convertProseFormula('Numero di mediazioni/conciliazioni / Risorse impiegate (espresse in FTE integrato)', { knownMeasures }))
      .toMatchObject({ canonical: 'Med_Conc / FTE_Integrato_C2.7.2', confidence: 'high' });
  });

  it('refers by name to a known measure whose code the language cannot write', () => {
    const conversion = convertProseFormula('Dipendenti formati / Dipendenti', { knownMeasures: [{ code: 'DFP 1.3', name: 'Dipendenti formati' }, { code: 'DIP', name: 'Dipendenti' }] });
    expect(conversion).toMatchObject({ canonical: '[Dipendenti formati] / DIP', confidence: 'high' });
  });

  it('accepts codes written in the prose and flags names it cannot match', () => {
    expect(convertProseFormula('Med_Conc / FTE_Integrato_C2.7.2', { knownMeasures })).toMatchObject({ canonical: 'Med_Conc / FTE_Integrato_C2.7.2', confidence: 'high' });
    const conversion = convertProseFormula('proventi correnti / Oneri correnti', { knownMeasures });
    expect(conversion.canonical).toBe('PC / [Oneri correnti]');
    expect(codes(conversion)).toEqual(['unmatched_measure']);
  });
});

describe('convertProseFormula: what it cannot read', () => {
  it.each([
    ['', 'empty_formula'],
    ['(Numero soggetti(t) - Numero soggetti(t-1)', 'not_convertible'],
    ['Numero soggetti)', 'not_convertible'],
    ['Numero soggetti /', 'not_convertible'],
    ['Numero soggetti(t) annuali', 'not_convertible'],
    ['(A + B)(t)', 'not_convertible'],
    ['Totale (A + B)', 'not_convertible'],
  ])('%j → null, %s', (prose, code) => {
    const conversion = convertProseFormula(prose);
    expect(conversion.canonical).toBeNull();
    expect(conversion.confidence).toBe('review');
    expect(codes(conversion)).toEqual([code]);
  });

  it('says where the problem is', () => {
    expect(convertProseFormula('Numero soggetti(t) annuali').reasons[0]?.en).toBe('Formula cannot be converted (position 20): unexpected text after a measure name');
  });

  it('only ever returns canonical text that parses, or null with a reason', () => {
    const unit = fc.constantFrom('Numero', ' soggetti', 'a', 'B', ' ', '/', '-', '*', '+', '(', ')', '(t)', '(t-1)', ' anno 2019', ' anno corrente',
      '100', '0,5', '%', '[', ']', ']]', 'Media ponderata', ',', "'", '.', 'x', '–');
    fc.assert(fc.property(fc.string({ maxLength: 12, unit }), (prose) => {
      const conversion = convertProseFormula(prose);
      if (conversion.canonical === null) {
        expect(conversion.confidence).toBe('review');
        expect(conversion.reasons).toHaveLength(1);
      } else {
        expect(parseFormula(conversion.canonical).ok).toBe(true);
        expect(conversion.confidence).toBe(conversion.reasons.length > 0 ? 'review' : 'high');
      }
    }), { numRuns: 3000 });
  });
});
