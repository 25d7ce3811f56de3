/** Entities: the response (no internal columns) and the PATCH body. */
import { z } from 'zod';
import { abilitiesFor, type Actor } from '../../../core/authorization/index.js';
import type { EntityRow } from '../../services/entity.js';
import { abilities, listOf, version } from '../common.schema.js';

export const entityResponse = z.object({
  id: z.string().uuid(),
  code: z.string(),
  name: z.string(),
  kind: z.string().nullable(),
  version: z.number().int(),
  abilities,
}).meta({ id: 'Entity' });

export const entityList = listOf(entityResponse);

export const entityPatchBody = z.strictObject({
  version,
  name: z.string().trim().min(1).max(300).optional(),
  kind: z.string().max(80).nullable().optional(),
});

export function presentEntity(row: EntityRow, actor: Actor | null): z.infer<typeof entityResponse> {
  return {
    id: row.id, code: row.code, name: row.name, kind: row.kind, version: row.version,
    // Entity-wide abilities (which menus to show); unit-scoped ones come with each node or indicator.
    abilities: abilitiesFor(actor, { entityId: row.id }),
  };
}
