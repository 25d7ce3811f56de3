/**
 * buildPianoModel: the Piano della performance as a document model, in the structure of the chambers'
 * plans (seeds 001, 002, 004): cover with the approving act, contents, presentation of the entity
 * (mission, organisation, staff when given, resources), context and strategy (editable narrative),
 * the performance tree (overview table, strategic and operational cards, entity objectives), the
 * individual objectives annex, gender analysis and POLA when there is something to say.
 */
import type { PlanNode } from '../../core/plan/plan.schema.js';
import { draftsOf } from '../drafting/draft-paragraphs.js';
import { budgetTotal, BUDGET_FIELDS, hasBudget } from '../model/budget.js';
import { buildDocumentContext, type DocumentContext, type DocumentInput } from '../model/document-input.js';
import { text, type DocumentModel, type TableRow } from '../model/document-model.js';
import { column, DocumentBuilder } from '../model/document-builder.js';
import { actText, amountCell } from '../model/document-cells.js';
import { words } from '../model/document-words.js';
import { dataRow, headerRow } from '../model/table-rows.js';
import { budgetAmount } from '../model/budget.js';
import { addGenderTable, addIndividualAnnex, addStaffTable } from './piano-people.js';
import { addObjectiveGroup, addOperationalCards, addOverview, addStrategicCards } from './piano-tree.js';
import { pianoWords } from './piano-words.js';

function addCover(builder: DocumentBuilder, ctx: DocumentContext): void {
  const p = pianoWords(ctx.locale);
  const w = words(ctx.locale);
  const { plan } = ctx.plan;
  const act = plan.approvedBy ? w.approvedBy(actText(plan.approvedBy, ctx.locale), plan.approvedBy.body) : p.notApproved;
  builder.push({
    kind: 'cover', entity: ctx.plan.entity.name, title: `${p.documentTitle} ${plan.firstYear}–${plan.lastYear}`,
    subtitle: plan.title, lines: [p.years(plan.firstYear, plan.lastYear), act],
  });
  builder.push({ kind: 'toc', title: w.contents }).pageBreak();
}

function addOrganisation(builder: DocumentBuilder, ctx: DocumentContext): void {
  const w = words(ctx.locale);
  const rows: TableRow[] = [headerRow([w.col.code, w.col.title, w.col.kind, w.col.parent])];
  const from = `${ctx.year}-01-01`;
  const to = `${ctx.year}-12-31`;
  // Units open during the year (a unit closed before it or opened after it is not part of the organisation then).
  for (const unit of ctx.plan.orgUnits.filter((candidate) => (candidate.validFrom ?? from) <= to && (candidate.validTo ?? to) >= from)) {
    rows.push(dataRow([text(unit.code), text(unit.name), text(w.unitKinds[unit.kind]), text(unit.parent ? ctx.unitName(unit.parent) : '—')]));
  }
  builder.table('organizzazione', pianoWords(ctx.locale).organisation, [column('code', 14), column('name', 46), column('kind', 14), column('parent', 26)], rows);
}

function addResources(builder: DocumentBuilder, ctx: DocumentContext): void {
  const p = pianoWords(ctx.locale);
  const w = words(ctx.locale);
  const objectives = ctx.nodesOfLevel('strategic_objective');
  if (!hasBudget(objectives, ctx.year, 'planned')) {
    builder.paragraph(p.noResources(ctx.year));
    return;
  }
  const rows: TableRow[] = [headerRow([w.col.code, w.col.objective, ...BUDGET_FIELDS.map((field) => `${w.budget[field]} (€)`)])];
  for (const node of objectives) {
    rows.push(dataRow([text(node.code), text(node.title), ...BUDGET_FIELDS.map((field) =>
      amountCell(budgetAmount(node, ctx.year, field, 'planned'), ctx, { kind: 'budget', node: node.code, year: ctx.year, field, which: 'planned' }))]));
  }
  const codes = objectives.map((node) => node.code);
  rows.push({ kind: 'total', cells: [text(w.total, { bold: true, colSpan: 2 }), ...BUDGET_FIELDS.map((field) =>
    amountCell(budgetTotal(objectives, ctx.year, field, 'planned'), ctx, { kind: 'budget_total', nodes: codes, year: ctx.year, field, which: 'planned' }))] });
  builder.table('risorse', p.resourcesCaption(ctx.year), [column('code', 12), column('title', 40), column('revenue', 16, 'right'), column('costs', 16, 'right'), column('investments', 16, 'right')], rows);
}

function addPresentation(builder: DocumentBuilder, ctx: DocumentContext): void {
  const p = pianoWords(ctx.locale);
  const profile = ctx.input.profile;
  builder.heading(1, p.presentation).narrativeSection('piano.presentation');
  const mission = builder.userText('piano.mission') ?? profile?.mission;
  if (mission !== undefined && mission.trim() !== '') builder.heading(2, p.mission).richText(mission);
  if (ctx.plan.orgUnits.length > 0) {
    builder.heading(2, p.organisation);
    addOrganisation(builder, ctx);
  }
  if (profile?.staff && profile.staff.length > 0) {
    builder.heading(2, p.staff);
    addStaffTable(builder, profile.staff, ctx, profile.staffYear);
  }
  builder.heading(2, p.resources);
  addResources(builder, ctx);
}

function addTree(builder: DocumentBuilder, ctx: DocumentContext): void {
  const p = pianoWords(ctx.locale);
  builder.pageBreak().heading(1, p.tree).narrativeSection('piano.tree');
  builder.heading(2, p.overview);
  addOverview(builder, ctx);
  const areas = ctx.nodesOfLevel('strategic_area').filter((node) => ctx.indicatorsOf(node.code).length > 0);
  if (areas.length > 0) addObjectiveGroup(builder, ctx, 'indicatori-aree', p.areaIndicatorsCaption, areas);
  if (ctx.nodesOfLevel('strategic_objective').length > 0) {
    builder.heading(2, p.strategicObjectives);
    addStrategicCards(builder, ctx);
  }
  if (ctx.nodesOfLevel('operational_objective').length > 0) {
    builder.heading(2, p.operationalObjectives);
    addOperationalCards(builder, ctx);
  }
  const sections = [
    { section: 'entity', heading: p.entityObjectives, id: 'obiettivi-ente', caption: p.entityObjectivesCaption },
    { section: 'unit', heading: p.unitObjectives, id: 'obiettivi-unita', caption: p.unitObjectivesCaption },
  ] as const;
  for (const { section, heading, id, caption } of sections) {
    const nodes: PlanNode[] = ctx.plan.nodes.filter((node) => node.section === section);
    if (nodes.length === 0) continue;
    builder.heading(2, heading);
    addObjectiveGroup(builder, ctx, id, caption, nodes);
  }
}

function addClosingSections(builder: DocumentBuilder, ctx: DocumentContext): void {
  const p = pianoWords(ctx.locale);
  if (ctx.cards.length > 0) {
    builder.pageBreak().heading(1, p.individual).narrativeSection('piano.individual');
    addIndividualAnnex(builder, ctx);
  }
  const staff = ctx.input.profile?.staff ?? [];
  const genderText = builder.userText('piano.gender');
  if (staff.length > 0 || genderText !== undefined) {
    builder.heading(1, p.gender).richText(genderText);
    if (staff.length > 0) addGenderTable(builder, staff, ctx);
  }
  const pola = builder.userText('piano.pola');
  if (pola !== undefined) builder.heading(1, p.pola).richText(pola);
}

export function buildPianoModel(input: DocumentInput): DocumentModel {
  const ctx = buildDocumentContext(input);
  const builder = new DocumentBuilder(input.narrative, draftsOf(ctx, 'piano'));
  addCover(builder, ctx);
  addPresentation(builder, ctx);
  builder.heading(1, pianoWords(ctx.locale).context).narrativeSection('piano.context');
  builder.heading(1, pianoWords(ctx.locale).strategy).narrativeSection('piano.strategy');
  addTree(builder, ctx);
  addClosingSections(builder, ctx);
  const { plan } = ctx.plan;
  return {
    kind: 'piano', locale: ctx.locale, title: `${pianoWords(ctx.locale).documentTitle} ${plan.firstYear}–${plan.lastYear}`,
    entity: ctx.plan.entity.name, year: ctx.year, blocks: builder.blocks,
  };
}
