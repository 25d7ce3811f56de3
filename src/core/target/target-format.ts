/**
 * Targets back to text. The Italian text is the canonical target language (parseTarget reads it back
 * to the same target); the English text is for display.
 */
import type { Target, TargetUnit } from './target-ast.js';
import { isEndOfMonth, italianDate, MONTHS_EN, MONTHS_IT } from './target-dates.js';
import { formatNumber } from './italian-number.js';

type Locale = 'it' | 'en';

const UNIT_SUFFIX: Record<Locale, Record<TargetUnit, string>> = {
  it: { number: '', percent: '%', days: ' gg', euro: ' €' },
  en: { number: '', percent: '%', days: ' days', euro: ' €' },
};

const WORDS = {
  it: { yes: 'SI', no: 'NO', none: '---', by: 'Entro', byMonth: 'entro', year: 'anno' },
  en: { yes: 'YES', no: 'NO', none: 'no target', by: 'by', byMonth: 'by end of', year: 'year' },
} as const;

function quantity(value: number, unit: TargetUnit, locale: Locale): string {
  return formatNumber(value, locale) + UNIT_SUFFIX[locale][unit];
}

function formatDeadline(target: Extract<Target, { kind: 'deadline' }>, locale: Locale): string {
  const words = WORDS[locale];
  if (target.spelling === 'operator') return `<= ${italianDate(target.date)}`;
  if (target.spelling === 'entro_month' && isEndOfMonth(target.date)) {
    const [year, month] = target.date.split('-').map(Number) as [number, number];
    const names = locale === 'it' ? MONTHS_IT : MONTHS_EN;
    return `${words.byMonth} ${names[month - 1] as string} ${year}`;
  }
  return `${words.by} ${italianDate(target.date)}`;
}

/** `>= 80%`, `>= +15%`, `380% - 390%`, `Entro 10/12/2021`, `SI`, `<= anno n-1`, `---`, free text. */
export function formatTarget(target: Target, locale: Locale): string {
  const words = WORDS[locale];
  switch (target.kind) {
    case 'compare':
      return `${target.op} ${quantity(target.value, target.unit, locale)}`;
    case 'growth':
      return `${target.op} ${target.percent < 0 ? '-' : '+'}${formatNumber(Math.abs(target.percent), locale)}%`;
    case 'range':
      return `${quantity(target.min, target.unit, locale)} - ${quantity(target.max, target.unit, locale)}`;
    case 'deadline':
      return formatDeadline(target, locale);
    case 'boolean':
      return target.expected ? words.yes : words.no;
    case 'relative':
      return target.ref.kind === 'year'
        ? `${target.op} ${words.year} ${target.ref.year}`
        : `${target.op} ${words.year} n${target.ref.offset < 0 ? '-' : '+'}${Math.abs(target.ref.offset)}`;
    case 'none':
      return words.none;
    case 'manual':
      return target.text;
  }
}

/**
 * Which direction is better, as the target says it: `>=`/`>` higher, `<=`/`<` lower, a deadline lower
 * (earlier); undefined where the target does not say (`=`, ranges, yes/no, none, manual).
 */
export function targetPolarity(target: Target): 'higher' | 'lower' | undefined {
  switch (target.kind) {
    case 'compare':
    case 'growth':
    case 'relative':
      if (target.op === '>=' || target.op === '>') return 'higher';
      if (target.op === '<=' || target.op === '<') return 'lower';
      return undefined;
    case 'deadline':
      return 'lower';
    default:
      return undefined;
  }
}
