/**
 * The administration's API: users of the entity with their roles (list, create, change, disable),
 * org units with their validity (list, create, change, close) and the entity itself (read, rename).
 * Every change names the version it read; a stale one gets 409.
 */
import { queryOptions } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { apiClient } from '../../api/api-client.js';

const roleGrant = z.object({ role: z.string(), scopeUnitIds: z.array(z.string()) });

const entityUser = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  email: z.nullable(z.string()),
  disabled: z.boolean(),
  version: z.number(),
  roles: z.array(roleGrant),
  abilities: z.array(z.string()),
});

const orgUnit = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  kind: z.string(),
  parentId: z.nullable(z.string()),
  validFrom: z.nullable(z.string()),
  validTo: z.nullable(z.string()),
  version: z.number(),
  abilities: z.array(z.string()),
});

const entity = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  kind: z.nullable(z.string()),
  version: z.number(),
  abilities: z.array(z.string()),
});

export type RoleGrant = z.infer<typeof roleGrant>;
export type EntityUser = z.infer<typeof entityUser>;
export type OrgUnit = z.infer<typeof orgUnit>;
export type EntityDetail = z.infer<typeof entity>;

export const UNIT_KINDS = ['entity', 'area', 'service', 'office', 'staff', 'other'] as const;

const entityPath = (entityCode: string) => `/api/entities/${encodeURIComponent(entityCode)}`;

export const usersKey = (entityCode: string) => ['entities', entityCode, 'users'] as const;
export const orgUnitsKey = (entityCode: string) => ['entities', entityCode, 'org-units'] as const;
export const entityKey = (entityCode: string) => ['entities', entityCode, 'detail'] as const;

export function usersQueryOptions(entityCode: string) {
  return queryOptions({
    queryKey: usersKey(entityCode),
    queryFn: async ({ signal }) => (await apiClient.request(`${entityPath(entityCode)}/users`, { schema: z.object({ items: z.array(entityUser) }), signal })).items,
    staleTime: 30_000,
  });
}

export function orgUnitsQueryOptions(entityCode: string) {
  return queryOptions({
    queryKey: orgUnitsKey(entityCode),
    queryFn: async ({ signal }) => (await apiClient.request(`${entityPath(entityCode)}/org-units`, { schema: z.object({ items: z.array(orgUnit) }), signal })).items,
    staleTime: 30_000,
  });
}

export function entityQueryOptions(entityCode: string) {
  return queryOptions({
    queryKey: entityKey(entityCode),
    queryFn: ({ signal }) => apiClient.request(entityPath(entityCode), { schema: entity, signal }),
    staleTime: 30_000,
  });
}

export interface UserCreate {
  username: string;
  displayName: string;
  email: string | null;
  password: string;
  roles: RoleGrant[];
}

export function createUser(entityCode: string, body: UserCreate): Promise<EntityUser> {
  return apiClient.request(`${entityPath(entityCode)}/users`, { method: 'POST', body, schema: entityUser });
}

export function updateUser(entityCode: string, id: string, body: { version: number; displayName?: string; email?: string | null; roles?: RoleGrant[] }): Promise<EntityUser> {
  return apiClient.request(`${entityPath(entityCode)}/users/${encodeURIComponent(id)}`, { method: 'PATCH', body, schema: entityUser });
}

export function setUserDisabled(entityCode: string, id: string, body: { version: number; disabled: boolean }): Promise<EntityUser> {
  return apiClient.request(`${entityPath(entityCode)}/users/${encodeURIComponent(id)}/status`, { method: 'PUT', body, schema: entityUser });
}

export interface OrgUnitFields {
  name: string;
  kind: string;
  parentId: string | null;
  validFrom: string | null;
}

export function createOrgUnit(entityCode: string, body: OrgUnitFields & { code: string }): Promise<OrgUnit> {
  return apiClient.request(`${entityPath(entityCode)}/org-units`, { method: 'POST', body, schema: orgUnit });
}

export function updateOrgUnit(entityCode: string, id: string, body: Partial<OrgUnitFields> & { version: number; validTo?: string | null }): Promise<OrgUnit> {
  return apiClient.request(`${entityPath(entityCode)}/org-units/${encodeURIComponent(id)}`, { method: 'PATCH', body, schema: orgUnit });
}

export function closeOrgUnit(entityCode: string, id: string, version: number, validTo: string): Promise<OrgUnit> {
  const query = new URLSearchParams({ version: String(version), validTo });
  return apiClient.request(`${entityPath(entityCode)}/org-units/${encodeURIComponent(id)}?${query}`, { method: 'DELETE', schema: orgUnit });
}

export function updateEntity(entityCode: string, body: { version: number; name?: string; kind?: string | null }): Promise<EntityDetail> {
  return apiClient.request(entityPath(entityCode), { method: 'PATCH', body, schema: entity });
}
