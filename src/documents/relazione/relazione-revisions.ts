/**
 * Original and revised targets: when the plan year was revised (rimodulazione approved by an act), the
 * Relazione lists each revision with its act and reason, and every indicator whose target of the year
 * changed between the plan as first approved and as revised (added and removed indicators included).
 */
import { targetPairs } from '../../core/cycle/plan-diff.js';
import { parseTarget } from '../../core/target/target-parser.js';
import { formatTarget } from '../../core/target/target-format.js';
import type { DocumentContext, PlanRevision } from '../model/document-input.js';
import { text, type TableRow } from '../model/document-model.js';
import { column, type DocumentBuilder } from '../model/document-builder.js';
import { actText } from '../model/document-cells.js';
import { words } from '../model/document-words.js';
import { codeColumnWidth, dataRow, headerRow } from '../model/table-rows.js';
import { relazioneWords } from './relazione-words.js';

function shownTarget(raw: string | null, ctx: DocumentContext): string {
  if (raw === null || raw.trim() === '') return '—';
  const parsed = parseTarget(raw, { planYear: ctx.year });
  return parsed.ok ? formatTarget(parsed.target, ctx.locale) : raw;
}

function revisionLine(revision: PlanRevision, ctx: DocumentContext): string {
  const r = relazioneWords(ctx.locale);
  return r.revisionLine(revision.number, revision.act ? actText(revision.act, ctx.locale) : null, revision.reason);
}

/** The revisions of the year, or nothing when the plan was not revised. */
export function addRevisions(builder: DocumentBuilder, ctx: DocumentContext): void {
  const revisions = (ctx.input.revisions ?? []).filter((revision) => revision.year === ctx.year).sort((a, b) => a.number - b.number);
  const first = revisions[0];
  if (first === undefined) return;
  const r = relazioneWords(ctx.locale);
  const w = words(ctx.locale);
  builder.heading(1, r.revisions);
  for (const revision of revisions) builder.paragraph(revisionLine(revision, ctx));
  const revised = revisions[revisions.length - 1]?.revised ?? ctx.plan;
  const changed = targetPairs(first.original, revised, ctx.year).filter((pair) => pair.original !== pair.revised);
  if (changed.length === 0) {
    builder.paragraph(r.noTargetChanges(ctx.year));
    return;
  }
  const rows: TableRow[] = [headerRow([w.col.code, w.col.indicator, r.originalTarget(ctx.year), r.revisedTarget(ctx.year)])];
  for (const pair of changed) {
    rows.push(dataRow([text(pair.indicator), text(pair.name), text(shownTarget(pair.original, ctx)), text(shownTarget(pair.revised, ctx), { bold: true })]));
  }
  builder.table('revisioni', r.revisionsCaption(ctx.year), [column('code', codeColumnWidth(ctx, 0)), column('name', 44), column('original', 20), column('revised', 20)], rows);
}
