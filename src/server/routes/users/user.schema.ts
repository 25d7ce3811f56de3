/** Users of an entity: response (never the password hash or lock-out counters) and bodies. */
import { z } from 'zod';
import { ENTITY_ROLES, abilitiesFor, type Actor } from '../../../core/authorization/index.js';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../../auth/password.js';
import type { EntityUser } from '../../services/entity-user.js';
import { abilities, codeParam, listOf, uuidParam, version } from '../common.schema.js';

const roleSchema = z.strictObject({
  role: z.enum(ENTITY_ROLES),
  scopeUnitIds: z.array(z.string().uuid()).max(200).default([]).describe('Org units the role is limited to (dirigente, referente)'),
});

export const entityUserResponse = z.object({
  id: z.string().uuid(),
  username: z.string(),
  displayName: z.string(),
  email: z.string().nullable(),
  disabled: z.boolean(),
  version: z.number().int(),
  roles: z.array(z.object({ role: z.enum(ENTITY_ROLES), scopeUnitIds: z.array(z.string()) })),
  abilities,
}).meta({ id: 'EntityUser' });

export const entityUserList = listOf(entityUserResponse);

export const entityUserParams = z.strictObject({ entityCode: codeParam, id: uuidParam });

export const entityUserCreateBody = z.strictObject({
  username: z.string().trim().toLowerCase().min(2).max(100).regex(/^[a-z0-9._@-]+$/, 'letters, digits, . _ @ -'),
  displayName: z.string().trim().min(1).max(200),
  email: z.string().email().max(300).nullable().optional(),
  password: z.string().min(PASSWORD_MIN_LENGTH).max(PASSWORD_MAX_LENGTH).describe('Initial password'),
  roles: z.array(roleSchema).min(1).max(ENTITY_ROLES.length),
});

export const entityUserPatchBody = z.strictObject({
  version,
  displayName: z.string().trim().min(1).max(200).optional(),
  email: z.string().email().max(300).nullable().optional(),
  roles: z.array(roleSchema).max(ENTITY_ROLES.length).optional().describe('Replaces the roles in this entity; [] removes the user from it'),
});

export function presentEntityUser(user: EntityUser, entityId: string, actor: Actor | null): z.infer<typeof entityUserResponse> {
  return { ...user, abilities: abilitiesFor(actor, { entityId }, 'user') };
}
