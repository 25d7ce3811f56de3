/**
 * The Relazione's deviations table (cause and corrective action from the measured values' notes,
 * "non indicata" when absent) and the measurement process: monitoring periods, measures and their
 * sources, values by state, suspensions with reason and act, justified manual assessments.
 */
import type { DocumentContext } from '../model/document-input.js';
import { text, type TableRow } from '../model/document-model.js';
import { column, type DocumentBuilder } from '../model/document-builder.js';
import { actText, isoToItalian, numberCell, scoreCell, targetText, valueCell } from '../model/document-cells.js';
import { words } from '../model/document-words.js';
import { codeColumnWidth, dataRow, headerRow } from '../model/table-rows.js';
import { deviationsOf } from './deviations.js';
import { relazioneWords } from './relazione-words.js';

export function addDeviations(builder: DocumentBuilder, ctx: DocumentContext): void {
  const w = words(ctx.locale);
  const r = relazioneWords(ctx.locale);
  const deviations = deviationsOf(ctx);
  if (deviations.length === 0) {
    builder.paragraph(r.noDeviations);
    return;
  }
  const rows: TableRow[] = [headerRow([w.col.code, w.col.indicator, w.col.target(ctx.year), w.col.result, w.col.achievementShort, w.col.cause, w.col.action])];
  for (const { indicator, scored, cause, action } of deviations) {
    rows.push(dataRow([
      text(indicator.code), text(indicator.name), text(targetText(indicator, ctx.year, ctx.locale)), valueCell(scored, indicator.unit, ctx),
      scoreCell(scored, ctx, { kind: 'score', item: 'indicator', code: indicator.code }),
      text(cause ?? w.notIndicated, { italic: cause === null }), text(action ?? w.notIndicated, { italic: action === null }),
    ]));
  }
  builder.table('scostamenti', r.deviationsCaption(ctx.year), [
    column('code', codeColumnWidth(ctx, 0)), column('indicator', 20), column('target', 12), column('result', 12, 'right'), column('achievement', 10, 'right'), column('cause', 19), column('action', 19),
  ], rows);
}

function addPeriods(builder: DocumentBuilder, ctx: DocumentContext): void {
  const w = words(ctx.locale);
  const r = relazioneWords(ctx.locale);
  const periods = ctx.plan.periods.filter((period) => period.year === ctx.year);
  if (periods.length === 0) return;
  const rows: TableRow[] = [headerRow([w.col.period, w.col.end, w.col.kind])];
  for (const period of periods) rows.push(dataRow([text(period.code), text(isoToItalian(period.end)), text(period.final ? r.finalPeriod : '—')]));
  builder.table('periodi', r.periodsCaption(ctx.year), [column('code', 30), column('end', 35), column('final', 35)], rows);
}

function addMeasures(builder: DocumentBuilder, ctx: DocumentContext): void {
  const w = words(ctx.locale);
  if (ctx.plan.measures.length === 0) return;
  const rows: TableRow[] = [headerRow([w.col.code, w.col.measure, w.col.source])];
  for (const measure of ctx.plan.measures) rows.push(dataRow([text(measure.code), text(measure.name), text(measure.source ?? '—')]));
  builder.table('misure', relazioneWords(ctx.locale).measuresCaption, [column('code', 22), column('name', 50), column('source', 28)], rows);
}

function addValueStates(builder: DocumentBuilder, ctx: DocumentContext): void {
  const w = words(ctx.locale);
  const values = ctx.plan.values.filter((value) => value.year === ctx.year);
  if (values.length === 0) return;
  const rows: TableRow[] = [headerRow([w.col.state, w.col.count])];
  for (const state of ['validated', 'submitted', 'draft', 'rejected'] as const) {
    const count = values.filter((value) => value.state === state).length;
    if (count > 0) rows.push(dataRow([text(w.valueStates[state]), numberCell(count, 0, ctx.locale, { kind: 'count', what: `values:${state}` })]));
  }
  builder.table('valori', relazioneWords(ctx.locale).valuesCaption(ctx.year), [column('state', 60), column('count', 40, 'right')], rows);
}

function addSuspensions(builder: DocumentBuilder, ctx: DocumentContext): void {
  const w = words(ctx.locale);
  const suspensions = ctx.plan.suspensions.filter((item) => item.year === ctx.year);
  if (suspensions.length === 0) return;
  const rows: TableRow[] = [headerRow([w.col.code, w.col.reason, w.col.act])];
  for (const item of suspensions) {
    rows.push(dataRow([text(item.target.code), text(item.reason), text(item.act ? actText(item.act, ctx.locale) : '—')]));
  }
  builder.table('sospensioni', relazioneWords(ctx.locale).suspensionsCaption(ctx.year), [column('code', 16), column('reason', 54), column('act', 30)], rows);
}

function addManualAssessments(builder: DocumentBuilder, ctx: DocumentContext): void {
  const w = words(ctx.locale);
  const r = relazioneWords(ctx.locale);
  const manual = ctx.plan.manualAchievements.filter((item) => item.year === ctx.year && item.period === undefined);
  if (manual.length === 0) return;
  const rows: TableRow[] = [headerRow([w.col.code, w.col.achievement, w.col.reason, r.byBy])];
  for (const item of manual) {
    const scored = item.target.kind === 'indicator' ? ctx.scoredIndicators.get(item.target.code) : ctx.scoredNodes.get(item.target.code);
    const item2 = item.target.kind === 'indicator' ? 'indicator' as const : 'node' as const;
    rows.push(dataRow([
      text(item.target.code),
      scored ? scoreCell(scored, ctx, { kind: 'score', item: item2, code: item.target.code }) : text('—'),
      text(item.justification), text([item.by, item.at ? isoToItalian(item.at) : undefined].filter(Boolean).join(', ') || '—'),
    ]));
  }
  builder.table('valutazioni-manuali', r.manualCaption(ctx.year), [column('code', 14), column('achievement', 16, 'right'), column('reason', 46), column('by', 24)], rows);
}

export function addProcess(builder: DocumentBuilder, ctx: DocumentContext): void {
  addPeriods(builder, ctx);
  addMeasures(builder, ctx);
  addValueStates(builder, ctx);
  addSuspensions(builder, ctx);
  addManualAssessments(builder, ctx);
}
