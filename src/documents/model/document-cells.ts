/**
 * Table cells from the engine's results and the plan's data: scores with the policy's rounding,
 * measured values, amounts, weights, targets and statuses (symbol and words, never colour alone).
 */
import { formatNumber } from '../../core/numbers/format-number.js';
import { roundScore, type Rounding } from '../../core/numbers/rounding.js';
import type { Act, Indicator } from '../../core/plan/plan.schema.js';
import type { ItemState, ScoredCommon, ScoredIndicator } from '../../core/scoring/scored-plan.js';
import { parseTarget } from '../../core/target/target-parser.js';
import { formatTarget } from '../../core/target/target-format.js';
import type { DocumentContext } from './document-input.js';
import type { DocumentLocale, NumberCell, NumberSource, StatusCell, TableCell, TextCell } from './document-model.js';
import { words } from './document-words.js';

/** Fraction digits of a value (at most 6), after the normalisation that removes float artefacts. */
export function decimalsOf(value: number): number {
  const text = formatNumber(value, 'en');
  const dot = text.indexOf('.');
  return dot < 0 ? 0 : Math.min(6, text.length - dot - 1);
}

export function numberCell(value: number, decimals: number, locale: DocumentLocale, source: NumberSource, extra: Partial<NumberCell> = {}): NumberCell {
  return { kind: 'number', value, display: formatNumber(value, locale, decimals), decimals, source, ...extra };
}

/** A score as the engine published it (`rounded`, the policy's rounding), or a dash when there is none. */
export function scoreCell(item: ScoredCommon, ctx: DocumentContext, source: NumberSource): TableCell {
  if (item.rounded === null) return { kind: 'text', text: '—' };
  return numberCell(item.rounded, ctx.policy.rounding.decimals, ctx.locale, source);
}

/** A card figure rounded with the card policy's rounding (the scoring policy's when none is given). */
export function cardRounding(ctx: DocumentContext): Rounding {
  return ctx.input.cardPolicy?.rounding ?? ctx.policy.rounding;
}

export function roundedCell(value: number | null, rounding: Rounding, ctx: DocumentContext, source: NumberSource): TableCell {
  if (value === null) return { kind: 'text', text: '—' };
  return numberCell(roundScore(value, rounding), rounding.decimals, ctx.locale, source);
}

export function weightCell(weight: number | undefined, ctx: DocumentContext, source: NumberSource): TableCell {
  if (weight === undefined) return { kind: 'text', text: words(ctx.locale).equalWeight };
  return numberCell(weight, decimalsOf(weight), ctx.locale, source);
}

/** An amount in euro, to the cent; whole amounts without decimals (420.000, but 398.512,40). */
export function amountCell(amount: number | undefined, ctx: DocumentContext, source: NumberSource): TableCell {
  if (amount === undefined) return { kind: 'text', text: '—' };
  const cents = roundScore(amount, { decimals: 2, mode: 'half_up' });
  return numberCell(cents, Number.isInteger(cents) ? 0 : 2, ctx.locale, source);
}

export const isoToItalian = (iso: string): string => {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : iso;
};

const UNIT_SUFFIX: Record<DocumentLocale, Partial<Record<Indicator['unit'], string>>> = {
  it: { percent: '%', days: ' gg', euro: ' €' },
  en: { percent: '%', days: ' days', euro: ' €' },
};

/** The measured result of an indicator: a number rounded as the policy says, yes/no or a date. */
export function valueCell(item: ScoredIndicator | undefined, unit: Indicator['unit'], ctx: DocumentContext): TableCell {
  const value = item?.value ?? null;
  const w = words(ctx.locale);
  if (value === null || item === undefined) return { kind: 'text', text: '—' };
  if (typeof value === 'boolean') return { kind: 'text', text: value ? w.yes : w.no };
  if (typeof value === 'string') return { kind: 'text', text: isoToItalian(value) };
  const rounded = roundScore(value, ctx.policy.rounding);
  const suffix = UNIT_SUFFIX[ctx.locale][unit];
  return numberCell(rounded, decimalsOf(rounded), ctx.locale, { kind: 'indicator_value', code: item.code }, suffix ? { suffix } : {});
}

/** The target of a year as the reader's language writes it (the Italian text is the canonical one). */
export function targetText(indicator: Indicator, year: number, locale: DocumentLocale): string {
  const raw = indicator.targets[String(year)];
  if (raw === undefined || raw.trim() === '') return '—';
  const parsed = parseTarget(raw, { unit: indicator.unit, planYear: year });
  return parsed.ok ? formatTarget(parsed.target, locale) : raw;
}

export function formulaText(indicator: Indicator, locale: DocumentLocale): string {
  return indicator.formula ?? indicator.formulaProse ?? words(locale).manualFormula;
}

export function baselineText(indicator: Indicator, locale: DocumentLocale): string {
  const baseline = indicator.baseline;
  if (baseline === undefined) return '—';
  if (baseline.text) return baseline.text;
  const { value, year } = baseline;
  const shown = value === undefined ? '—'
    : typeof value === 'number' ? formatNumber(value, locale) + (UNIT_SUFFIX[locale][indicator.unit] ?? '')
      : typeof value === 'boolean' ? (value ? words(locale).yes : words(locale).no) : isoToItalian(value);
  return year === undefined ? shown : `${shown} (${year})`;
}

const STATE_STATUS: Record<Exclude<ItemState, 'scored' | 'manual'>, { symbol: string; colour: string }> = {
  suspended: { symbol: '⊘', colour: '#5c6f82' },
  missing: { symbol: '○', colour: '#5c6f82' },
  no_target: { symbol: '∅', colour: '#5c6f82' },
  error: { symbol: '⚠', colour: '#cc334d' },
  blocked: { symbol: '⚠', colour: '#cc334d' },
};

/** The status of a scored item: its band, or its state when it has no score. */
export function statusCell(item: ScoredCommon | undefined, ctx: DocumentContext): StatusCell | TextCell {
  if (item === undefined) return { kind: 'text', text: '—' };
  if (item.band !== null && item.rounded !== null) {
    return { kind: 'status', key: item.band.key, symbol: item.band.symbol, label: item.band.label[ctx.locale], colour: item.band.colour };
  }
  const state = item.state === 'scored' || item.state === 'manual' ? 'missing' : item.state;
  return { kind: 'status', key: state, ...STATE_STATUS[state], label: words(ctx.locale).states[state] };
}

export function actText(act: Act, locale: DocumentLocale): string {
  const w = words(locale);
  return `${w.acts[act.kind]} n. ${act.number} ${w.of} ${isoToItalian(act.date)}`;
}

export function unitsText(codes: readonly string[], ctx: DocumentContext): string {
  return codes.length === 0 ? '—' : codes.map((code) => ctx.unitName(code)).join('; ');
}
