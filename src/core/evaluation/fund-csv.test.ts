import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { csvCell, fundDistributionToCsv } from './fund-csv.js';
import { distributeFund, type FundRow } from './fund-distribution.js';

function rows(): FundRow[] {
  const outcome = distributeFund({
    fund: 1000.5,
    people: [
      { code: 'P1', name: '=HYPERLINK("http://x.example","clic")', score: 96.5, partTimePercent: 83.33 },
      { code: '@P2', name: 'Rossi; Maria', score: 81 },
      { code: 'P3', name: '-Bianchi', score: 40 },
    ],
    policy: { bands: [{ min: 60, coefficient: 0.6, label: 'Fascia C' }, { min: 90, coefficient: 1 }] },
  });
  if (!outcome.ok) throw new Error(outcome.error.code);
  return outcome.value.rows;
}

describe('fundDistributionToCsv', () => {
  it('writes Italian CSV with ; and decimal commas, neutralising formulas', () => {
    const lines = fundDistributionToCsv(rows()).split('\r\n');
    expect(lines[0]).toBe('Codice;Nome;Punteggio;Fascia;Coefficiente;Part-time %;Giorni di assenza;Giorni di presenza;Complessità;Peso;Quota (€);Esito');
    // weights 0,8333 and 0,6: 1.000,50 € → 581,68 + 418,82 (the last cent to the larger remainder)
    expect(lines[1]).toBe(`P1;"'=HYPERLINK(""http://x.example"",""clic"")";96,5;≥ 90;1;83,33;0;;1;0,8333;581,68;quota attribuita`);
    expect(lines[2]).toBe("'@P2;\"Rossi; Maria\";81;Fascia C;0,6;100;0;;1;0,6;418,82;quota attribuita");
    expect(lines[3]).toBe("P3;'-Bianchi;40;;0;100;0;;1;0;0,00;punteggio sotto la fascia minima");
    expect(lines[4]).toBe('');
  });

  it('writes English CSV with , and decimal points', () => {
    const lines = fundDistributionToCsv(rows(), { locale: 'en' }).split('\r\n');
    expect(lines[0]?.startsWith('Code,Name,Score,Band')).toBe(true);
    expect(lines[2]).toBe("'@P2,Rossi; Maria,81,Fascia C,0.6,100,0,,1,0.6,418.82,share paid");
  });
});

describe('csvCell', () => {
  it('never lets a cell start with a formula character', () => {
    fc.assert(fc.property(fc.string(), fc.constantFrom(';', ','), (text, separator) => {
      const cell = csvCell(text, separator);
      const content = cell.startsWith('"') ? cell.slice(1) : cell;
      expect(/^[=+\-@\t\r]/.test(content)).toBe(false);
      if (cell.startsWith('"')) expect(cell.slice(1, -1).replaceAll('""', '').includes('"')).toBe(false);
    }));
  });
});
