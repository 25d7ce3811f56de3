import { describe, expect, it } from 'vitest';
import type { Target, TargetError } from './target-ast.js';
import { parseTarget, parseYearTargets, targetPolarity, type TargetContext } from './target-parser.js';

function target(text: string, context: TargetContext = {}): Target {
  const result = parseTarget(text, context);
  if (!result.ok) throw new Error(`${text}: ${result.errors[0]?.message.en}`);
  return result.target;
}

function warningCodes(text: string, context: TargetContext = {}): string[] {
  const result = parseTarget(text, context);
  if (!result.ok) throw new Error(`${text}: ${result.errors[0]?.message.en}`);
  return result.warnings.map((warning) => warning.code);
}

function targetError(text: string, context: TargetContext = {}): TargetError {
  const result = parseTarget(text, context);
  if (result.ok) throw new Error(`expected ${text} to fail, got ${JSON.stringify(result.target)}`);
  return result.errors[0] as TargetError;
}

describe('parseTarget: comparisons and growth', () => {
  it.each<[string, Target]>([
    ['>= 2', { kind: 'compare', op: '>=', value: 2, unit: 'number' }],
    ['<= 7', { kind: 'compare', op: '<=', value: 7, unit: 'number' }],
    ['< 5 gg', { kind: 'compare', op: '<', value: 5, unit: 'days' }],
    ['> 1', { kind: 'compare', op: '>', value: 1, unit: 'number' }],
    ['= 100%', { kind: 'compare', op: '=', value: 100, unit: 'percent' }],
    ['>= 80%', { kind: 'compare', op: '>=', value: 80, unit: 'percent' }],
    ['>= 1.234,56 €', { kind: 'compare', op: '>=', value: 1234.56, unit: 'euro' }],
    ['>= 0,5', { kind: 'compare', op: '>=', value: 0.5, unit: 'number' }],
    ['<= 0', { kind: 'compare', op: '<=', value: 0, unit: 'number' }],
    ['>= 8,00 N.', { kind: 'compare', op: '>=', value: 8, unit: 'number' }],
    ['=> 2', { kind: 'compare', op: '>=', value: 2, unit: 'number' }],
    ['≤ 7 giorni', { kind: 'compare', op: '<=', value: 7, unit: 'days' }],
    ['$\\geq 2,00$ N.', { kind: 'compare', op: '>=', value: 2, unit: 'number' }],
    ['>= -3', { kind: 'compare', op: '>=', value: -3, unit: 'number' }],
    ['>= +15%', { kind: 'growth', op: '>=', percent: 15 }],
    ['>= -5%', { kind: 'growth', op: '>=', percent: -5 }],
    ['<= +2,5 %', { kind: 'growth', op: '<=', percent: 2.5 }],
  ])('%s', (text, expected) => {
    expect(target(text)).toEqual(expected);
  });

  it('takes the unit from the indicator when the text has none, and warns when they disagree', () => {
    expect(target('>= 80,00', { unit: 'percent' })).toEqual({ kind: 'compare', op: '>=', value: 80, unit: 'percent' });
    expect(target('<= 2', { unit: 'days' })).toEqual({ kind: 'compare', op: '<=', value: 2, unit: 'days' });
    expect(warningCodes('>= 80%', { unit: 'days' })).toEqual(['unit_mismatch']);
    expect(warningCodes('>= 80%', { unit: 'percent' })).toEqual([]);
  });

  it('reads a bare value as >= and says so', () => {
    expect(target('7')).toEqual({ kind: 'compare', op: '>=', value: 7, unit: 'number' });
    expect(warningCodes('100%')).toEqual(['implicit_operator']);
  });

  it('accepts a decimal point with a warning, and reads 1.500 as fifteen hundred', () => {
    expect(target('>= 0.85')).toEqual({ kind: 'compare', op: '>=', value: 0.85, unit: 'number' });
    expect(warningCodes('>= 0.85')).toEqual(['decimal_point']);
    expect(target('>= 1.500')).toEqual({ kind: 'compare', op: '>=', value: 1500, unit: 'number' });
    expect(warningCodes('>= 1.500')).toEqual([]);
  });
});

describe('parseTarget: ranges, deadlines, yes/no, none, manual', () => {
  it.each<[string, Target]>([
    ['380% - 390%', { kind: 'range', min: 380, max: 390, unit: 'percent' }],
    ['85% – 90%', { kind: 'range', min: 85, max: 90, unit: 'percent' }],
    ['85%-90%', { kind: 'range', min: 85, max: 90, unit: 'percent' }],
    ['85 - 90%', { kind: 'range', min: 85, max: 90, unit: 'percent' }],
    ['0,85 - 1', { kind: 'range', min: 0.85, max: 1, unit: 'number' }],
    ['-10% - -5%', { kind: 'range', min: -10, max: -5, unit: 'percent' }],
    ['<= 30/06/2021', { kind: 'deadline', date: '2021-06-30', spelling: 'operator' }],
    ['< 01/03/2020', { kind: 'deadline', date: '2020-02-29', spelling: 'operator' }],
    ['Entro 10/12/2021', { kind: 'deadline', date: '2021-12-10', spelling: 'entro_date' }],
    ['entro il 30 giugno 2021', { kind: 'deadline', date: '2021-06-30', spelling: 'entro_date' }],
    ['entro giugno 2022', { kind: 'deadline', date: '2022-06-30', spelling: 'entro_month' }],
    ['Entro Febbraio 2024.', { kind: 'deadline', date: '2024-02-29', spelling: 'entro_month' }],
    ['SI', { kind: 'boolean', expected: true }],
    ['Sì', { kind: 'boolean', expected: true }],
    ['si', { kind: 'boolean', expected: true }],
    ['NO', { kind: 'boolean', expected: false }],
    ['= SI', { kind: 'boolean', expected: true }],
    ['---', { kind: 'none' }],
    ['-', { kind: 'none' }],
    ['', { kind: 'none' }],
    ['   ', { kind: 'none' }],
    ['Realizzazione del nuovo portale', { kind: 'manual', text: 'Realizzazione del nuovo portale' }],
    ['1 (diversa da anno n-1)', { kind: 'manual', text: '1 (diversa da anno n-1)' }],
  ])('%j', (text, expected) => {
    expect(target(text)).toEqual(expected);
  });

  it('resolves "entro giugno" with the plan year, and refuses it without', () => {
    expect(target('entro giugno', { planYear: 2021 })).toEqual({ kind: 'deadline', date: '2021-06-30', spelling: 'entro_month' });
    expect(target('entro il 15 marzo', { planYear: 2021 })).toEqual({ kind: 'deadline', date: '2021-03-15', spelling: 'entro_date' });
    const error = targetError('entro giugno');
    expect(error).toMatchObject({ code: 'plan_year_required', position: 6, span: { start: 6, end: 12 } });
    expect(error.message.it).toBe("«entro giugno» alla posizione 7 richiede l'anno: scrivere ad esempio «entro giugno 2021»");
  });

  it('turns a target followed by a remark into a manual target with a warning', () => {
    const text = '=> 2 (almeno 1 in ambito diverso da quelle anno n-1).';
    expect(target(text)).toEqual({ kind: 'manual', text });
    expect(warningCodes(text)).toEqual(['target_with_remark']);
  });
});

describe('parseTarget: relative to an earlier year', () => {
  it('reads "anno n-k" and "anno YYYY" without doubt', () => {
    expect(target('<= anno n-1')).toEqual({ kind: 'relative', op: '<=', ref: { kind: 'offset', offset: -1 } });
    expect(target('>= anno n - 2')).toEqual({ kind: 'relative', op: '>=', ref: { kind: 'offset', offset: -2 } });
    expect(target('> anno precedente')).toEqual({ kind: 'relative', op: '>', ref: { kind: 'offset', offset: -1 } });
    expect(target('< anno 2014')).toEqual({ kind: 'relative', op: '<', ref: { kind: 'year', year: 2014 } });
    expect(warningCodes('< anno 2014')).toEqual([]);
  });

  it('reads a bare plausible year as relative, warning when a count could also be meant', () => {
    expect(target('< 2019', { planYear: 2021, unit: 'number' })).toEqual({ kind: 'relative', op: '<', ref: { kind: 'year', year: 2019 } });
    expect(warningCodes('< 2019', { planYear: 2021, unit: 'number' })).toEqual(['ambiguous_year']);
    expect(warningCodes('< 2019', { planYear: 2021, unit: 'percent' })).toEqual([]);
    expect(warningCodes('< 2019')).toEqual(['ambiguous_year']);
  });

  it('reads numbers that cannot be an earlier year as values', () => {
    expect(target('>= 2000', { planYear: 2021 })).toEqual({ kind: 'compare', op: '>=', value: 2000, unit: 'number' });
    expect(target('>= 2021', { planYear: 2021 })).toEqual({ kind: 'compare', op: '>=', value: 2021, unit: 'number' });
    expect(target('= 2019')).toEqual({ kind: 'compare', op: '=', value: 2019, unit: 'number' });
    expect(target('< 2.019')).toEqual({ kind: 'compare', op: '<', value: 2019, unit: 'number' });
    expect(target('< 2019 gg')).toEqual({ kind: 'compare', op: '<', value: 2019, unit: 'days' });
  });

  it('reads a year as the end-of-year deadline for a date indicator', () => {
    expect(target('<= 2021', { unit: 'date' })).toEqual({ kind: 'deadline', date: '2021-12-31', spelling: 'operator' });
    expect(target('< 2021', { unit: 'date' })).toEqual({ kind: 'deadline', date: '2020-12-31', spelling: 'operator' });
    expect(warningCodes('<= 2021', { unit: 'date' })).toEqual(['year_as_deadline']);
  });
});

describe('parseTarget: malformed targets', () => {
  it.each([
    ['>= ', 'missing_value', 3],
    ['>=', 'missing_value', 2],
    ['>= abc%', 'invalid_value', 3],
    ['380% -', 'incomplete_range', 6],
    ['380% - circa', 'invalid_value', 7],
    ['390% - 380%', 'range_inverted', 0],
    ['5 gg - 10%', 'range_unit_mismatch', 0],
    ['>= 1,2,3', 'invalid_number', 3],
    ['<= 31/02/2021', 'invalid_date', 3],
    ['Entro 30/13/2021', 'invalid_date', 6],
    ['>= 30/06/2021', 'deadline_operator', 0],
    ['Entro', 'missing_value', 5],
    ['Entro la settimana prossima', 'invalid_deadline', 9],
    ['entro il 31 febbraio 2021', 'invalid_date', 9],
    ['<= anno', 'invalid_relative_reference', 3],
    ['<= anno n', 'invalid_relative_reference', 3],
  ])('%j → %s at %i', (text, code, position) => {
    const error = targetError(text);
    expect(error.code).toBe(code);
    expect(error.position).toBe(position);
    expect(error.message.it).not.toBe(error.message.en);
  });

  it('explains the error in both languages with the position counted from 1', () => {
    expect(targetError('>= abc%').message).toEqual({
      it: 'Valore non riconosciuto «abc%» alla posizione 4: atteso un numero (es. 80%), una data gg/mm/aaaa o «anno n-1»',
      en: 'Unrecognised value "abc%" at position 4: expected a number (e.g. 80%), a date dd/mm/yyyy or "anno n-1"',
    });
    expect(targetError('380% -').message.en).toBe('Incomplete range at position 7: the upper value is missing (e.g. 380% - 390%)');
  });
});

describe('parseYearTargets', () => {
  it('splits a per-year cell', () => {
    expect(parseYearTargets('Anno: 2021 >= +15% Anno: 2022 >= +10% Anno: 2023 ---')).toEqual({
      ok: true, targets: { 2021: '>= +15%', 2022: '>= +10%', 2023: '---' },
    });
    expect(parseYearTargets('anno:2021 SI  Anno :2022')).toEqual({ ok: true, targets: { 2021: 'SI', 2022: '' } });
  });

  it('does not take "anno 2019" inside a target for a label', () => {
    expect(parseYearTargets('Anno: 2021 < anno 2019 Anno: 2022 < anno 2019')).toEqual({
      ok: true, targets: { 2021: '< anno 2019', 2022: '< anno 2019' },
    });
  });

  it('reports a cell without labels, text before the first label and repeated years', () => {
    expect(parseYearTargets('>= 3')).toMatchObject({ ok: false, errors: [{ code: 'missing_year_label', position: 0 }] });
    expect(parseYearTargets(' circa Anno: 2021 >= 3')).toMatchObject({ ok: false, errors: [{ code: 'text_before_year', position: 1, span: { start: 1, end: 6 } }] });
    expect(parseYearTargets('Anno: 2021 >= 3 Anno: 2021 >= 4')).toMatchObject({ ok: false, errors: [{ code: 'duplicate_year', position: 16 }] });
  });
});

describe('targetPolarity', () => {
  it.each<[string, 'higher' | 'lower' | undefined]>([
    ['>= 80%', 'higher'], ['> 1', 'higher'], ['>= +15%', 'higher'], ['<= 7', 'lower'], ['< 5 gg', 'lower'],
    ['<= anno n-1', 'lower'], ['= 100%', undefined], ['<= 30/06/2021', 'lower'], ['SI', undefined],
    ['85% - 90%', undefined], ['---', undefined], ['a mano', undefined],
  ])('%s → %s', (text, polarity) => {
    expect(targetPolarity(target(text))).toBe(polarity);
  });
});
