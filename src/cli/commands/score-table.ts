/**
 * The `score` command's table: the tree depth first (each node followed by its indicators), then the
 * org units and the entity; raw and tolerance-adjusted achievement rounded as the policy says, in the
 * locale's number format; the status as symbol and words, never colour alone.
 */
import { formatNumber } from '../../core/numbers/format-number.js';
import { naturalCodeCompare } from '../../core/plan/plan-index.js';
import type { Plan } from '../../core/plan/plan.schema.js';
import type { ScoringPolicy } from '../../core/scoring/policy.schema.js';
import type { ItemState, ScoredCommon, ScoredIndicator, ScoredNode, ScoredPlan } from '../../core/scoring/scored-plan.js';
import type { Locale } from './plan-input.js';
import { renderTable, truncate } from './text-table.js';

const stateLabels: Record<Exclude<ItemState, 'scored'>, { it: string; en: string }> = {
  suspended: { it: '⏸ Sospeso', en: '⏸ Suspended' },
  missing: { it: '? Dato mancante', en: '? Missing data' },
  no_target: { it: '– Nessun target', en: '– No target' },
  error: { it: '✘ Errore di calcolo', en: '✘ Scoring error' },
  blocked: { it: '… In attesa di dati', en: '… Waiting for data' },
  manual: { it: '(manuale)', en: '(manual)' },
};

const headers = {
  it: ['Codice', 'Titolo', 'Grezzo', 'Con tolleranza', 'Stato'],
  en: ['Code', 'Title', 'Raw', 'Adjusted', 'Status'],
};

const TITLE_WIDTH = 64;

export function statusText(item: ScoredCommon, locale: Locale): string {
  const band = item.band ? `${item.band.symbol} ${item.band.label[locale]}` : '';
  if (item.state === 'scored') return band;
  if (item.state === 'manual') return `${band} ${stateLabels.manual[locale]}`.trim();
  if (item.state === 'missing' && band) return `${band} ${stateLabels.missing[locale]}`;
  return stateLabels[item.state][locale];
}

function row(code: string, title: string, item: ScoredCommon, policy: ScoringPolicy, locale: Locale): string[] {
  const number = (value: number | undefined) => value === undefined ? '' : formatNumber(value, locale, policy.rounding.decimals, policy.rounding.mode);
  return [code, truncate(title, TITLE_WIDTH), number(item.achievement?.raw), number(item.achievement?.adjusted), statusText(item, locale)];
}

function treeRows(plan: Plan, scored: ScoredPlan, policy: ScoringPolicy, locale: Locale): string[][] {
  const nodes = new Map(scored.nodes.map((node) => [node.code, node]));
  const indicatorsOf = new Map<string, ScoredIndicator[]>();
  for (const indicator of scored.indicators) indicatorsOf.set(indicator.node, [...(indicatorsOf.get(indicator.node) ?? []), indicator]);
  const childrenOf = new Map<string | undefined, string[]>();
  for (const node of plan.nodes) childrenOf.set(node.parent, [...(childrenOf.get(node.parent) ?? []), node.code]);
  const rows: string[][] = [];
  const visit = (code: string, depth: number) => {
    const node: ScoredNode | undefined = nodes.get(code);
    if (node === undefined) return;
    const indent = '  '.repeat(depth);
    rows.push(row(`${indent}${node.code}`, node.title, node, policy, locale));
    for (const indicator of [...(indicatorsOf.get(code) ?? [])].sort((a, b) => naturalCodeCompare(a.code, b.code))) {
      rows.push(row(`${indent}  ${indicator.code}`, `• ${indicator.name}`, indicator, policy, locale));
    }
    for (const child of [...(childrenOf.get(code) ?? [])].sort(naturalCodeCompare)) visit(child, depth + 1);
  };
  for (const section of ['tree', 'entity', 'unit'] as const) {
    const roots = plan.nodes.filter((node) => node.section === section && (node.parent === undefined || !nodes.has(node.parent)));
    for (const root of roots.map((node) => node.code).sort(naturalCodeCompare)) visit(root, 0);
  }
  return rows;
}

/** Notes for items that could not be scored as planned: their messages, in the locale. */
function notes(scored: ScoredPlan, locale: Locale): string[] {
  return [...scored.indicators, ...scored.nodes]
    .filter((item) => item.state !== 'scored' && item.state !== 'manual' && item.messages.length > 0)
    .map((item) => `  ${item.code}: ${item.messages.map((message) => message[locale]).join('; ')}`);
}

export function renderScoreTable(plan: Plan, scored: ScoredPlan, policy: ScoringPolicy, locale: Locale): string {
  const it = locale === 'it';
  const when = scored.period === null ? String(scored.year) : `${scored.year}, ${it ? 'periodo' : 'period'} ${scored.period}`;
  const lines = [
    `${plan.entity.name} — ${plan.plan.title}`,
    `${it ? 'Anno' : 'Year'} ${when} · ${it ? 'politica' : 'policy'} ${scored.policy.entity} ${scored.policy.year} rev. ${scored.policy.revision}`,
    '',
    renderTable(headers[locale].map((header, i) => ({ header, align: i === 2 || i === 3 ? 'right' as const : 'left' as const })), [
      ...treeRows(plan, scored, policy, locale),
      ...scored.units.map((unit) => row(unit.code, unit.name, unit, policy, locale)),
      row(scored.entity.code, `${it ? 'Performance organizzativa' : 'Organisational performance'}: ${scored.entity.name}`, scored.entity, policy, locale),
    ]),
  ];
  const itemNotes = notes(scored, locale);
  if (itemNotes.length > 0) lines.push('', it ? 'Note:' : 'Notes:', ...itemNotes);
  return `${lines.join('\n')}\n`;
}
