/** Nodes of a plan: response (with the caller's abilities) and the PATCH body (content fields only). */
import { z } from 'zod';
import { abilitiesFor, type Actor } from '../../../core/authorization/index.js';
import { nodeSchema } from '../../../core/plan/plan.schema.js';
import type { NodeRow } from '../../services/node.js';
import { abilities, codeParam, listOf, version } from '../common.schema.js';

export const nodeParams = z.strictObject({ entityCode: codeParam, planCode: codeParam, nodeCode: codeParam });

export const nodeResponse = z.object({
  id: z.string().uuid(),
  code: z.string(),
  section: z.string(),
  level: z.string().nullable(),
  parentCode: z.string().nullable(),
  title: z.string(),
  description: z.string().nullable(),
  weight: z.number().nullable(),
  units: z.object({ responsible: z.array(z.string()), involved: z.array(z.string()) }),
  budget: z.unknown().nullable(),
  budgetProgram: z.unknown().nullable(),
  links: z.array(z.string()),
  indicatorShare: z.number().nullable(),
  firstYear: z.number().int().nullable(),
  history: z.unknown(),
  version: z.number().int(),
  abilities,
}).meta({ id: 'Node' });

export const nodeList = listOf(nodeResponse);

const shape = nodeSchema.shape;
export const nodePatchBody = z.strictObject({
  version,
  title: shape.title.optional(),
  description: z.string().max(20_000).nullable().optional(),
  weight: z.number().nonnegative().nullable().optional(),
  units: z.strictObject({ responsible: z.array(codeParam).max(50), involved: z.array(codeParam).max(50) }).optional(),
  budget: shape.budget.unwrap().nullable().optional(),
  budgetProgram: shape.budgetProgram.unwrap().nullable().optional(),
  links: z.array(codeParam).max(100).optional(),
  indicatorShare: z.number().min(0).max(100).nullable().optional(),
  firstYear: z.number().int().min(1990).max(2100).nullable().optional(),
});

function unitsOf(value: unknown): { responsible: string[]; involved: string[] } {
  const units = (value ?? {}) as { responsible?: unknown; involved?: unknown };
  const codes = (list: unknown) => (Array.isArray(list) ? list.filter((code): code is string => typeof code === 'string') : []);
  return { responsible: codes(units.responsible), involved: codes(units.involved) };
}

export function presentNode(row: NodeRow, unitIds: readonly string[], actor: Actor | null): z.infer<typeof nodeResponse> {
  return {
    id: row.id, code: row.code, section: row.section, level: row.level, parentCode: row.parentCode, title: row.title,
    description: row.description, weight: row.weight, units: unitsOf(row.units), budget: row.budget ?? null,
    budgetProgram: row.budgetProgram ?? null, links: row.links, indicatorShare: row.indicatorShare, firstYear: row.firstYear,
    history: row.history, version: row.version,
    abilities: abilitiesFor(actor, { entityId: row.entityId, unitIds }).filter((action) => /^(node|indicator|value)\./.test(action)),
  };
}
