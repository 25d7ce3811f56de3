/** Org units: response, create and update bodies. DELETE closes the unit (valid_to) and needs the version. */
import { z } from 'zod';
import { abilitiesFor, type Actor } from '../../../core/authorization/index.js';
import type { OrgUnitRow } from '../../services/org-unit.js';
import { abilities, codeParam, isoDateString, listOf, uuidParam, version } from '../common.schema.js';

const unitKind = z.enum(['entity', 'area', 'service', 'office', 'staff', 'other']);

export const orgUnitResponse = z.object({
  id: z.string().uuid(),
  code: z.string(),
  name: z.string(),
  kind: z.string(),
  parentId: z.string().uuid().nullable(),
  validFrom: z.string().nullable(),
  validTo: z.string().nullable(),
  version: z.number().int(),
  abilities,
}).meta({ id: 'OrgUnit' });

export const orgUnitList = listOf(orgUnitResponse);

export const orgUnitParams = z.strictObject({ entityCode: codeParam, id: uuidParam });

export const orgUnitCreateBody = z.strictObject({
  code: codeParam,
  name: z.string().trim().min(1).max(300),
  kind: unitKind.default('office'),
  parentId: z.string().uuid().nullable().optional(),
  validFrom: isoDateString.nullable().optional(),
});

export const orgUnitPatchBody = z.strictObject({
  version,
  name: z.string().trim().min(1).max(300).optional(),
  kind: unitKind.optional(),
  parentId: z.string().uuid().nullable().optional(),
  validFrom: isoDateString.nullable().optional(),
  validTo: isoDateString.nullable().optional(),
});

export const orgUnitDeleteQuery = z.strictObject({
  version: z.coerce.number().int().positive(),
  validTo: isoDateString.optional().describe('Closing day (default today)'),
});

export function presentOrgUnit(row: OrgUnitRow, actor: Actor | null): z.infer<typeof orgUnitResponse> {
  return {
    id: row.id, code: row.code, name: row.name, kind: row.kind, parentId: row.parentId,
    validFrom: row.validFrom, validTo: row.validTo, version: row.version,
    abilities: abilitiesFor(actor, { entityId: row.entityId }, 'org_unit'),
  };
}
