/**
 * buildRelazioneModel: the Relazione sulla performance as a document model, in Lucca's structure:
 * principal results (the entity's organisational performance and its components, each org unit),
 * context and resources, the tree with the status legend, one table per strategic objective and per
 * operational project, entity objectives, the overall evaluation (the policy in words), managers'
 * objectives, deviations with causes and corrective actions, and the measurement process.
 * When the year was revised (approved revisions in the input), original and revised targets follow the
 * objectives.
 */
import { draftsOf } from '../drafting/draft-paragraphs.js';
import { indicatorStats } from '../drafting/result-stats.js';
import { buildDocumentContext, type DocumentContext, type DocumentInput } from '../model/document-input.js';
import type { DocumentModel } from '../model/document-model.js';
import { DocumentBuilder } from '../model/document-builder.js';
import { actText } from '../model/document-cells.js';
import { words } from '../model/document-words.js';
import { formatNumber } from '../../core/numbers/format-number.js';
import { addManagerCards } from './relazione-cards.js';
import { policyParagraphs } from './relazione-evaluation.js';
import { addObjectiveGroup, addOperationalTables, addStrategicTables } from './relazione-objectives.js';
import { addDeviations, addProcess } from './relazione-process.js';
import { addRevisions } from './relazione-revisions.js';
import { addEntityResults, addResourcesActual, addTreeResults, addUnitResults, statusLegend } from './relazione-results.js';
import { relazioneWords } from './relazione-words.js';

function addCover(builder: DocumentBuilder, ctx: DocumentContext): void {
  const r = relazioneWords(ctx.locale);
  const { plan } = ctx.plan;
  const lines = [r.planReference(plan.title)];
  if (plan.approvedBy) lines.push(r.planApproved(actText(plan.approvedBy, ctx.locale)));
  lines.push(r.policyReference(ctx.policy.meta.entity, ctx.policy.meta.year, ctx.policy.meta.revision));
  builder.push({ kind: 'cover', entity: ctx.plan.entity.name, title: r.documentTitle(ctx.year), subtitle: plan.title, lines });
  builder.push({ kind: 'toc', title: words(ctx.locale).contents }).pageBreak();
}

/** A chart of the indicators by status: one bar per band and per state without a score. */
function addStatusChart(builder: DocumentBuilder, ctx: DocumentContext): void {
  const stats = indicatorStats(ctx, 'all');
  const legend = statusLegend(ctx);
  const counts = new Map<string, number>(stats.bands.map((band) => [band.key, band.count]));
  counts.set('suspended', stats.suspended.length);
  counts.set('missing', stats.missing.length + stats.noTarget.length + stats.errors.length);
  const bars = legend.filter((item) => (counts.get(item.key) ?? 0) > 0).map((item) => ({
    label: `${item.symbol} ${item.label}`, value: counts.get(item.key) as number,
    display: formatNumber(counts.get(item.key) as number, ctx.locale), colour: item.colour,
  }));
  if (bars.length > 0) builder.push({ kind: 'bar_chart', title: relazioneWords(ctx.locale).statusChart, bars, max: Math.max(...bars.map((bar) => bar.value)) });
}

function addResults(builder: DocumentBuilder, ctx: DocumentContext): void {
  const r = relazioneWords(ctx.locale);
  builder.heading(1, r.results).narrativeSection('relazione.results');
  builder.heading(2, r.entityPerformance);
  addEntityResults(builder, ctx);
  if (ctx.scored.units.some((unit) => unit.state !== 'no_target')) {
    builder.heading(2, r.unitsPerformance);
    addUnitResults(builder, ctx);
  }
  builder.heading(1, r.context);
  const contextText = builder.userText('relazione.context.narrative');
  if (contextText !== undefined) builder.heading(2, r.contextNarrative).richText(contextText);
  builder.heading(2, r.resources).narrativeSection('relazione.context');
  addResourcesActual(builder, ctx);
}

function addObjectives(builder: DocumentBuilder, ctx: DocumentContext): void {
  const r = relazioneWords(ctx.locale);
  builder.pageBreak().heading(1, r.tree).narrativeSection('relazione.tree');
  addTreeResults(builder, ctx);
  const areas = ctx.nodesOfLevel('strategic_area').filter((node) => ctx.indicatorsOf(node.code).length > 0);
  if (areas.length > 0) addObjectiveGroup(builder, ctx, 'indicatori-aree', r.areaIndicatorsCaption(ctx.year), areas);
  addStatusChart(builder, ctx);
  if (ctx.nodesOfLevel('strategic_objective').length > 0) {
    builder.heading(1, r.strategic).narrativeSection('relazione.strategic');
    addStrategicTables(builder, ctx);
  }
  if (ctx.nodesOfLevel('operational_objective').length > 0) {
    builder.heading(1, r.operational).narrativeSection('relazione.operational');
    addOperationalTables(builder, ctx);
  }
  const sections = [
    { section: 'entity', heading: r.entityObjectives, id: 'obiettivi-ente', caption: r.entityObjectivesCaption(ctx.year) },
    { section: 'unit', heading: r.unitObjectives, id: 'obiettivi-unita', caption: r.unitObjectivesCaption(ctx.year) },
  ] as const;
  for (const { section, heading, id, caption } of sections) {
    const nodes = ctx.plan.nodes.filter((node) => node.section === section);
    if (nodes.length === 0) continue;
    builder.heading(1, heading);
    addObjectiveGroup(builder, ctx, id, caption, nodes);
  }
}

export function buildRelazioneModel(input: DocumentInput): DocumentModel {
  const ctx = buildDocumentContext(input);
  const r = relazioneWords(ctx.locale);
  const builder = new DocumentBuilder(input.narrative, draftsOf(ctx, 'relazione'));
  addCover(builder, ctx);
  addResults(builder, ctx);
  addObjectives(builder, ctx);
  addRevisions(builder, ctx);
  builder.heading(1, r.evaluation);
  for (const text of policyParagraphs(ctx)) builder.paragraph(text);
  if (ctx.cards.length > 0) {
    builder.heading(1, r.managers).narrativeSection('relazione.managers');
    addManagerCards(builder, ctx);
  }
  builder.heading(1, r.deviations).narrativeSection('relazione.deviations');
  addDeviations(builder, ctx);
  builder.heading(1, r.process).narrativeSection('relazione.process');
  addProcess(builder, ctx);
  return { kind: 'relazione', locale: ctx.locale, title: r.documentTitle(ctx.year), entity: ctx.plan.entity.name, year: ctx.year, blocks: builder.blocks };
}
