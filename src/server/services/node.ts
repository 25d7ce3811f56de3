/**
 * Nodes of a plan's performance tree: the flat list, one node, and its update (versioned, audited,
 * one transaction). Unit codes and linked node codes in an update must exist in the entity and plan.
 */
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { PlanNode } from '../../core/plan/plan.schema.js';
import { nodes, orgUnits } from '../db/schema.js';
import type { Db, Tx } from '../db/database.js';
import type { AuditActor } from '../audit/audit-log.js';
import { updateWithVersion } from '../db/versioned-update.js';
import { fail, ok, type FieldIssue, type Result } from './result.js';
import { loadUnitIndex, nodeUnitScopes } from './unit-scope.js';

export type NodeRow = typeof nodes.$inferSelect;

export type NodeChanges = Partial<{
  title: string;
  description: string | null;
  weight: number | null;
  units: PlanNode['units'];
  budget: PlanNode['budget'] | null;
  budgetProgram: PlanNode['budgetProgram'] | null;
  links: string[];
  indicatorShare: number | null;
  firstYear: number | null;
}>;

/** The nodes of a plan in code order, each with the org unit ids (and ancestors) it belongs to. */
export async function listNodes(db: Db, plan: { id: string; entityId: string }): Promise<{ rows: NodeRow[]; scopes: Map<string, string[]> }> {
  const rows = await db.select().from(nodes).where(and(eq(nodes.planId, plan.id), eq(nodes.entityId, plan.entityId))).orderBy(asc(nodes.position), asc(nodes.code));
  const scopes = nodeUnitScopes(await loadUnitIndex(db, plan.entityId), rows);
  return { rows, scopes };
}

/** One node with its unit scope (which needs its ancestors, hence the plan's node skeleton). */
export async function findNode(db: Db, plan: { id: string; entityId: string }, code: string): Promise<Result<{ row: NodeRow; unitIds: string[] }, 'not_found'>> {
  const [row] = await db.select().from(nodes).where(and(eq(nodes.planId, plan.id), eq(nodes.entityId, plan.entityId), eq(nodes.code, code)));
  if (!row) return fail('not_found', { detail: `node ${code}` });
  return ok({ row, unitIds: await nodeScope(db, plan, code) });
}

export async function nodeScope(db: Db, plan: { id: string; entityId: string }, code: string): Promise<string[]> {
  const skeleton = await db.select({ code: nodes.code, parentCode: nodes.parentCode, units: nodes.units }).from(nodes)
    .where(and(eq(nodes.planId, plan.id), eq(nodes.entityId, plan.entityId)));
  return nodeUnitScopes(await loadUnitIndex(db, plan.entityId), skeleton).get(code) ?? [];
}

async function checkReferences(tx: Tx, plan: { id: string; entityId: string }, changes: NodeChanges): Promise<FieldIssue[]> {
  const issues: FieldIssue[] = [];
  const unitCodes = changes.units ? [...new Set([...changes.units.responsible, ...changes.units.involved])] : [];
  if (unitCodes.length > 0) {
    const found = await tx.select({ code: orgUnits.code }).from(orgUnits).where(and(eq(orgUnits.entityId, plan.entityId), inArray(orgUnits.code, unitCodes)));
    const known = new Set(found.map((row) => row.code));
    for (const code of unitCodes.filter((c) => !known.has(c))) {
      issues.push({ path: 'units', code: 'unknown_unit', messages: { it: `Unità organizzativa sconosciuta: ${code}.`, en: `Unknown org unit: ${code}.` } });
    }
  }
  if (changes.links && changes.links.length > 0) {
    const found = await tx.select({ code: nodes.code }).from(nodes).where(and(eq(nodes.planId, plan.id), inArray(nodes.code, changes.links)));
    const known = new Set(found.map((row) => row.code));
    for (const code of changes.links.filter((c) => !known.has(c))) {
      issues.push({ path: 'links', code: 'unknown_node', messages: { it: `Obiettivo sconosciuto nel piano: ${code}.`, en: `Unknown node in the plan: ${code}.` } });
    }
  }
  return issues;
}

export async function updateNode(
  db: Db,
  input: { plan: { id: string; entityId: string }; nodeId: string; version: number; changes: NodeChanges; actor: AuditActor },
): Promise<Result<NodeRow, 'not_found' | 'version_conflict' | 'invalid_references'>> {
  return db.transaction(async (tx) => {
    const issues = await checkReferences(tx, input.plan, input.changes);
    if (issues.length > 0) return fail('invalid_references', { errors: issues });
    return updateWithVersion(tx, nodes, {
      id: input.nodeId, entityId: input.plan.entityId, expectedVersion: input.version, changes: input.changes, actor: input.actor, objectType: 'node',
    });
  });
}
