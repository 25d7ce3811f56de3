/**
 * The engine's own vocabulary of explanations (kinds, states, rules, bases, acts, value states), in
 * the current language, plus the formatting of plain values: numbers, yes/no and dates as the UI
 * writes them (1.234,56; gg/mm/aaaa).
 */
import { EXPLANATION_WORDS } from '../../../core/scoring/explanation-words.js';
import { formatDate, formatNumber, formatPercent, type AppLanguage } from '../../i18n/format.js';

type Words = (typeof EXPLANATION_WORDS)['it'];

export function explanationWords(language: AppLanguage): Words {
  return EXPLANATION_WORDS[language];
}

/** A word of one of the engine's tables, or the key itself when the table has none (a newer engine). */
export function wordOf(table: Record<string, string>, key: string): string {
  return table[key] ?? key;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}/;

export function plainValueText(value: number | boolean | string | null, language: AppLanguage, locale: string): string | null {
  if (value === null) return null;
  const words = explanationWords(language);
  if (typeof value === 'boolean') return value ? words.yes : words.no;
  if (typeof value === 'number') return formatNumber(value, { locale });
  return ISO_DATE.test(value) ? formatDate(value.slice(0, 10), locale) : value;
}

export function percentText(points: number, locale: string, decimals?: number): string {
  return decimals === undefined ? formatPercent(points, { locale }) : formatPercent(points, { locale, decimals });
}

export function actText(act: { kind: string; number: string; date: string }, language: AppLanguage, locale: string): string {
  const words = explanationWords(language);
  return `${wordOf(words.acts, act.kind)} n. ${act.number} ${words.of} ${formatDate(act.date, locale)}`;
}
