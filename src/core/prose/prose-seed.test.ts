import { describe, expect, it } from 'vitest';
import { parseFormula } from '../formula/formula-parser.js';
import { distinct, extractKpiRows } from './fixtures/kpi-tables.js';
import { convertProseFormula } from './prose-formula.js';
import { readSeed } from '../../test-support/seeds.js';


describe('the 53 prose formulas of seed 004 (Lecce)', () => {
  const formulas = distinct(extractKpiRows(readSeed('004_30336ea7c660fe63.txt')).map((row) => row.formula));
  const conversions = new Map(formulas.map((prose) => [prose, convertProseFormula(prose)]));

  it('has exactly 53 distinct formulas, all converted to canonical formulas that parse', () => {
    expect(formulas).toHaveLength(53);
    for (const [prose, conversion] of conversions) {
      expect(conversion.canonical, prose).not.toBeNull();
      expect(parseFormula(conversion.canonical as string).ok, prose).toBe(true);
    }
  });

  it('flags for review exactly the five guesses, each with its reason', () => {
    const review = [...conversions].filter(([, c]) => c.confidence === 'review').map(([prose, c]) => [prose, c.reasons.map((r) => r.code)]);
    expect(review).toEqual([
      ['Media ponderata delle azioni', ['rollup_scale']],
      ['Numero eventi/iniziative di sensibilizzazione', ['slash_in_name']],
      ['Numero utenze attivate e supporto informativo/formativo realizzato', ['slash_in_name']],
      ['Percentuale di pratiche del Registro Imprese evase entro 5 giorni dal ricevimento /Percentuale di pratiche del Registro Imprese evase entro 5 giorni dal ricevimento (media nazionale)', ['qualifier_in_name']],
      ['Proventi correnti/Oneri correnti - interventi economici', ['unclear_precedence']],
    ]);
    for (const [, c] of conversions) {
      expect(c.reasons.every((r) => r.it.length > 20 && r.en.length > 20 && r.it !== r.en)).toBe(true);
    }
  });

  it.each([
    ['(Numero soggetti(t)-Numero soggetti(t-1))/Numero soggetti(t-1)*100', '([Numero soggetti] - [Numero soggetti]@t-1) / [Numero soggetti]@t-1 * 100'],
    ['Grado di soddisfazione', '[Grado di soddisfazione]'],
    ['Media ponderata delle azioni*100', 'rollup() * 100'],
    ['Media ponderata degli obiettivi operativi*100', 'rollup() * 100'],
    ['Numero soggetti(t)/Numero soggetti(t-1)', '[Numero soggetti] / [Numero soggetti]@t-1'],
    ['Rilasci firma digitale piattaforma on line/Rilasci firma digitale effettuati*100', '[Rilasci firma digitale piattaforma on line] / [Rilasci firma digitale effettuati] * 100'],
    ["N. interventi per contributi, voucher, servizi reali erogati alle imprese nell'ambito delle azioni progettuali maggiorazione 20%",
      "[N. interventi per contributi, voucher, servizi reali erogati alle imprese nell'ambito delle azioni progettuali maggiorazione 20%]"],
    ['Numero eventi/iniziative di sensibilizzazione', '[Numero eventi/iniziative di sensibilizzazione]'],
    ['Percentuale di pratiche del Registro Imprese evase entro 5 giorni dal ricevimento /Percentuale di pratiche del Registro Imprese evase entro 5 giorni dal ricevimento (media nazionale)',
      '[Percentuale di pratiche del Registro Imprese evase entro 5 giorni dal ricevimento] / [Percentuale di pratiche del Registro Imprese evase entro 5 giorni dal ricevimento (media nazionale)]'],
    ['Proventi correnti/Oneri correnti - interventi economici', '[Proventi correnti] / ([Oneri correnti] - [interventi economici])'],
    ['Spese di funzionamento a mq/Spese di funzionamento a mq anno 2014*100', '[Spese di funzionamento a mq] / [Spese di funzionamento a mq]@2014 * 100'],
    ['Diritto annuale anno corrente/Diritto annuale anno 2019', '[Diritto annuale] / [Diritto annuale]@2019'],
    ['Totale giorni intercorsi tra la data di presentazione delle istanze di cancellazione, annotazione e sospensione protesti pervenute e la data di evasione /Totale istanze di cancellazione, annotazione e sospensione',
      '[Totale giorni intercorsi tra la data di presentazione delle istanze di cancellazione, annotazione e sospensione protesti pervenute e la data di evasione] / [Totale istanze di cancellazione, annotazione e sospensione]'],
  ])('%s', (prose, canonical) => {
    expect(formulas).toContain(prose);
    expect(conversions.get(prose)?.canonical).toBe(canonical);
  });

  it('names the measures each formula reads', () => {
    expect(conversions.get('Diritto annuale anno corrente/Diritto annuale anno 2019')?.measureNames).toEqual(['Diritto annuale']);
    expect(conversions.get('Proventi correnti/Oneri correnti - interventi economici')?.measureNames).toEqual(['Proventi correnti', 'Oneri correnti', 'interventi economici']);
    expect(conversions.get('Media ponderata delle azioni*100')?.measureNames).toEqual([]);
    const allNames = new Set([...conversions.values()].flatMap((c) => c.measureNames));
    expect(allNames.size).toBe(60);
  });
});
