/**
 * Sentences of the drafted paragraphs: counts of results by status with Italian agreement
 * (raggiunto → raggiunti, raggiunte), lists joined with "e"/"and", scores with the policy's rounding.
 */
import { formatNumber } from '../../core/numbers/format-number.js';
import type { DocumentContext } from '../model/document-input.js';
import type { DocumentLocale } from '../model/document-model.js';
import type { ResultStats } from './result-stats.js';

export interface Noun { one: string; many: string; feminine?: boolean }
export interface BilingualNoun { it: Noun; en: Noun }

export const NOUNS = {
  indicator: { it: { one: 'indicatore', many: 'indicatori' }, en: { one: 'indicator', many: 'indicators' } },
  strategicIndicator: { it: { one: 'indicatore strategico', many: 'indicatori strategici' }, en: { one: 'strategic indicator', many: 'strategic indicators' } },
  operationalIndicator: { it: { one: 'indicatore operativo', many: 'indicatori operativi' }, en: { one: 'operational indicator', many: 'operational indicators' } },
  entityIndicator: { it: { one: "indicatore degli obiettivi di ente", many: "indicatori degli obiettivi di ente" }, en: { one: 'entity objective indicator', many: 'entity objective indicators' } },
  strategicObjective: { it: { one: 'obiettivo strategico', many: 'obiettivi strategici' }, en: { one: 'strategic objective', many: 'strategic objectives' } },
  operationalObjective: { it: { one: 'obiettivo operativo', many: 'obiettivi operativi' }, en: { one: 'operational objective', many: 'operational objectives' } },
  unit: { it: { one: 'unità organizzativa', many: 'unità organizzative', feminine: true }, en: { one: 'organisational unit', many: 'organisational units' } },
} satisfies Record<string, BilingualNoun>;

/** `a, b e c` / `a, b and c`. */
export function joinList(items: readonly string[], locale: DocumentLocale): string {
  if (items.length <= 1) return items[0] ?? '';
  const last = items[items.length - 1] as string;
  return `${items.slice(0, -1).join(', ')} ${locale === 'it' ? 'e' : 'and'} ${last}`;
}

/** Italian agreement of a past participle label: raggiunto → raggiunta, raggiunti, raggiunte. */
export function agree(label: string, count: number, feminine: boolean, locale: DocumentLocale): string {
  const lower = label.charAt(0).toLowerCase() + label.slice(1);
  if (locale === 'en') return lower;
  const ending = count === 1 ? (feminine ? 'a' : 'o') : (feminine ? 'e' : 'i');
  return lower.replace(/([ts])o$/, `$1${ending}`);
}

export const counted = (count: number, noun: Noun): string => `${count} ${count === 1 ? noun.one : noun.many}`;

export function scoreText(rounded: number, ctx: DocumentContext): string {
  return `${formatNumber(rounded, ctx.locale, ctx.policy.rounding.decimals)}%`;
}

const quote = (value: string, locale: DocumentLocale): string => (locale === 'it' ? `«${value}»` : `“${value}”`);

function suspendedPhrases(stats: ResultStats, feminine: boolean, locale: DocumentLocale): string[] {
  const byReason = new Map<string, string[]>();
  for (const item of stats.suspended) byReason.set(item.reason, [...(byReason.get(item.reason) ?? []), item.code]);
  return [...byReason.entries()].map(([reason, list]) => {
    const word = locale === 'it' ? agree('sospeso', list.length, feminine, 'it') : 'suspended';
    const why = reason ? ` ${locale === 'it' ? 'per' : 'because'} ${quote(reason, locale)}` : '';
    return `${list.length} ${word}${why} (${codes(list)})`;
  });
}

const MAX_CODES = 8;
/** At most eight codes, then an ellipsis. */
const codes = (list: readonly string[]): string => (list.length <= MAX_CODES ? list.join(', ') : `${list.slice(0, MAX_CODES).join(', ')}, …`);

function otherPhrases(stats: ResultStats, feminine: boolean, locale: DocumentLocale): string[] {
  const it = locale === 'it';
  const phrases: string[] = [];
  if (stats.missing.length > 0) phrases.push(`${stats.missing.length} ${it ? 'senza dato' : 'without data'} (${codes(stats.missing)})`);
  if (stats.noTarget.length > 0) phrases.push(`${stats.noTarget.length} ${it ? "senza target per l'anno" : 'without a target for the year'} (${codes(stats.noTarget)})`);
  if (stats.errors.length > 0) {
    const word = it ? (stats.errors.length === 1 ? 'non calcolabile' : 'non calcolabili') : 'not computable';
    phrases.push(`${stats.errors.length} ${word} (${codes(stats.errors)})`);
  }
  return [...suspendedPhrases(stats, feminine, locale), ...phrases];
}

/** "Dei 35" but "Degli 8", "Degli 11", "Degli 80" (the number read aloud starts with a vowel). */
export function pluralArticle(count: number): string {
  const digits = String(count);
  return digits.startsWith('8') || count === 11 || (count >= 11_000 && count < 12_000) ? 'Degli' : 'Dei';
}

/**
 * "Dei 35 indicatori strategici del 2026, 33 risultano raggiunti e 2 sospesi per «…» (K6, K9)."
 * "Of the 35 strategic indicators for 2026, 33 are achieved and 2 suspended because “…” (K6, K9)."
 */
export function statsSentence(stats: ResultStats, noun: BilingualNoun, ctx: DocumentContext): string {
  const { locale, year } = ctx;
  const n = noun[locale];
  const feminine = n.feminine === true;
  if (stats.total === 0) {
    return locale === 'it' ? `Nessun${feminine ? 'a' : ''} ${n.one} per il ${year}.` : `No ${n.many} for ${year}.`;
  }
  const bandPhrases = stats.bands.map((band, i) => {
    const verb = i > 0 ? '' : locale === 'it' ? (band.count === 1 ? 'risulta ' : 'risultano ') : (band.count === 1 ? 'is ' : 'are ');
    return `${band.count} ${verb}${agree(band.label, band.count, feminine, locale)}`;
  });
  const phrases = [...bandPhrases, ...otherPhrases(stats, feminine, locale)];
  if (locale === 'en') {
    const head = `Of the ${stats.total} ${stats.total === 1 ? n.one : n.many} for ${year}`;
    return `${head}, ${joinList(phrases, 'en')}.`;
  }
  const head = stats.total === 1
    ? `${feminine ? "Dell'unica" : "Dell'unico"} ${n.one} del ${year}`
    : `${feminine ? 'Delle' : pluralArticle(stats.total)} ${stats.total} ${n.many} del ${year}`;
  return `${head}, ${joinList(phrases, 'it')}.`;
}
