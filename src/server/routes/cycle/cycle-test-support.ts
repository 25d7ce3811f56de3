/**
 * Factories for the monitoring cycle's integration tests: a small plan (an area with two offices, two
 * objectives owned by the offices, three measures, two indicators), its 2026 four-monthly periods,
 * the plan year in a chosen state, users for every role (dirigente of the area, referente of office
 * U1) logged in, and a multipart body builder for evidence uploads.
 */
import { randomBytes } from 'node:crypto';
import { and, count, eq } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { buildPeriods } from '../../../core/cycle/index.js';
import type { EntityRole } from '../../../core/authorization/index.js';
import type { Db } from '../../db/database.js';
import { campaigns, measureValues, periods, planRevisions, planYears, suspensions, valueAttachments } from '../../db/schema.js';
import {
  buildEntity, buildIndicator, buildMeasure, buildNode, buildOrgUnit, buildPlan, buildUser, login, type Session, type TestApp,
} from '../test-support.js';

export const YEAR = 2026;

export interface CycleScene {
  entity: { id: string; code: string };
  plan: { id: string; entityId: string; code: string };
  units: { area: string; u1: string; u2: string };
  sessions: Record<EntityRole, Session> & { referenteU2: Session };
  usernames: Record<EntityRole, string> & { referenteU2: string };
  /** `/api/entities/:e/plans/:p` */
  base: string;
  /** `/api/entities/:e/plans/:p/years/2026` */
  year: string;
}

export interface CycleSceneOptions {
  status?: string;
  /** Create and open the campaign of period 2026-1. */
  openCampaign?: boolean;
  /** Define the 2026 four-monthly periods (default true). */
  periods?: boolean;
}

/** Measures PRAT and TOT belong to office U1 (objective 1.1), DOC to office U2 (objective 1.2). */
export async function buildCycleScene(t: TestApp, options: CycleSceneOptions = {}): Promise<CycleScene> {
  const entity = await buildEntity(t.db);
  const area = await buildOrgUnit(t.db, entity.id, { code: 'A1', kind: 'area', name: 'Area 1' });
  const u1 = await buildOrgUnit(t.db, entity.id, { code: 'A1.U1', parentId: area.id, name: 'Ufficio registro' });
  const u2 = await buildOrgUnit(t.db, entity.id, { code: 'A1.U2', parentId: area.id, name: 'Ufficio albi' });
  const plan = await buildPlan(t.db, entity.id);
  await buildNode(t.db, plan, { code: '1', units: { responsible: ['A1'], involved: [] } });
  const n11 = await buildNode(t.db, plan, { code: '1.1', parentCode: '1', level: 'operational_objective', units: { responsible: ['A1.U1'], involved: [] } });
  const n12 = await buildNode(t.db, plan, { code: '1.2', parentCode: '1', level: 'operational_objective', units: { responsible: ['A1.U2'], involved: [] } });
  await buildMeasure(t.db, plan, { code: 'PRAT', name: 'Pratiche evase', data: { unit: 'number' } });
  await buildMeasure(t.db, plan, { code: 'TOT', name: 'Pratiche ricevute', data: { unit: 'number' } });
  await buildMeasure(t.db, plan, { code: 'DOC', name: 'Documenti pubblicati', data: { unit: 'number' } });
  await buildIndicator(t.db, n11, { code: 'k11', name: 'Pratiche evase sul totale', data: { unit: 'percent', formula: 'PRAT / TOT * 100', targets: { 2026: '>= 80%' }, weight: 50 } });
  await buildIndicator(t.db, n12, { code: 'k12', name: 'Documenti pubblicati', data: { unit: 'number', formula: 'DOC', targets: { 2026: '>= 30' }, weight: 50 } });
  if (options.periods !== false) await t.db.insert(periods).values(buildPeriods(YEAR).map((p) => ({ entityId: entity.id, planId: plan.id, code: p.code, year: p.year, endDate: p.end, final: p.final })));
  await t.db.update(planYears).set({ status: options.status ?? 'monitoring' }).where(and(eq(planYears.planId, plan.id), eq(planYears.year, YEAR)));
  if (options.openCampaign) {
    await t.db.insert(campaigns).values({ entityId: entity.id, planId: plan.id, year: YEAR, periodCode: '2026-1', status: 'open', opensOn: '2026-04-30', closesOn: '2026-05-30', entryDeadline: '2026-05-15' });
  }
  const scopes: Partial<Record<EntityRole, string[]>> = { dirigente: [area.id], referente: [u1.id] };
  const usernames = {} as CycleScene['usernames'];
  const sessions = {} as CycleScene['sessions'];
  for (const role of ['stp', 'sg', 'dirigente', 'referente', 'validatore', 'oiv', 'lettore'] as EntityRole[]) {
    usernames[role] = (await buildUser(t.db, { entityId: entity.id, role, scopeUnitIds: scopes[role] ?? [], username: `${role}-${randomBytes(3).toString('hex')}` })).username;
    sessions[role] = await login(t.app, usernames[role]);
  }
  usernames.referenteU2 = (await buildUser(t.db, { entityId: entity.id, role: 'referente', scopeUnitIds: [u2.id] })).username;
  sessions.referenteU2 = await login(t.app, usernames.referenteU2);
  const base = `/api/entities/${entity.code}/plans/${plan.code}`;
  return { entity, plan, units: { area: area.id, u1: u1.id, u2: u2.id }, sessions, usernames, base, year: `${base}/years/${YEAR}` };
}

/** Rows in a table, to show that a refused request wrote nothing. */
export async function countRows(db: Db, table: PgTable): Promise<number> {
  const [row] = await db.select({ n: count() }).from(table);
  return row?.n ?? 0;
}

/** A multipart/form-data body with one file part named `file`. */
export function multipartFile(fileName: string, bytes: Buffer, contentType = 'application/octet-stream'): { payload: Buffer; headers: Record<string, string> } {
  const boundary = `----traguardo${randomBytes(8).toString('hex')}`;
  const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: ${contentType}\r\n\r\n`);
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return { payload: Buffer.concat([head, bytes, tail]), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

/** A small but real PDF. */
export function samplePdf(): Buffer {
  return Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
}

/**
 * What the route × role matrix needs to call every cycle route on a plan built by the platform's
 * factories: 2026 periods, a measure `MA` named `A` (used by the scene's indicator `[A] / [B]`, so it
 * belongs to the node's unit), a draft value with evidence, a planned campaign, a suspension and an
 * open revision.
 */
export async function buildCycleMatrixScene(db: Db, plan: { id: string; entityId: string }) {
  await db.insert(periods).values(buildPeriods(YEAR).map((p) => ({ entityId: plan.entityId, planId: plan.id, code: p.code, year: p.year, endDate: p.end, final: p.final })));
  await buildMeasure(db, plan, { code: 'MA', name: 'A' });
  const [value] = await db.insert(measureValues).values({ entityId: plan.entityId, planId: plan.id, measureCode: 'MA', year: YEAR, periodCode: '2026-1', value: 10, state: 'draft' }).returning();
  const [attachment] = await db.insert(valueAttachments).values({
    entityId: plan.entityId, planId: plan.id, valueId: value!.id, fileName: 'verbale.pdf', mediaType: 'application/pdf', sizeBytes: samplePdf().length, sha256: '0', content: samplePdf(),
  }).returning();
  const [campaign] = await db.insert(campaigns).values({ entityId: plan.entityId, planId: plan.id, year: YEAR, periodCode: '2026-1', opensOn: '2026-04-30', closesOn: '2026-05-30', entryDeadline: '2026-05-15' }).returning();
  const [suspension] = await db.insert(suspensions).values({ entityId: plan.entityId, planId: plan.id, targetKind: 'node', targetCode: '1', year: YEAR, reason: 'Prova' }).returning();
  await db.insert(planRevisions).values({ entityId: plan.entityId, planId: plan.id, year: YEAR, number: 1, reason: 'Prova', snapshot: { nodes: [], indicators: [] } });
  return { valueId: value!.id, attachmentId: attachment!.id, campaignId: campaign!.id, suspensionId: suspension!.id };
}
