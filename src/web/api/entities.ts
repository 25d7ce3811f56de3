/**
 * Every entity of the installation, for system administrators (GET /api/entities). Other users see
 * the entities of their memberships only, which /api/me already lists.
 */
import { queryOptions } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { ApiError, apiClient } from './api-client.js';
import type { EntityRef } from './session.js';

/** Every list of the API is `{ items: [...] }`. */
const entityListSchema = z.object({ items: z.array(z.object({ id: z.string(), code: z.string(), name: z.string() })) });

/** All entities, or null when this server does not offer the list (older API: HTTP 404). */
async function listEntities(signal: AbortSignal): Promise<EntityRef[] | null> {
  try {
    const list = await apiClient.request('/api/entities', { schema: entityListSchema, signal });
    return list.items;
  } catch (error) {
    if (error instanceof ApiError && (error.status === 404 || error.status === 405)) return null;
    throw error;
  }
}

export const entityListQueryOptions = queryOptions({
  queryKey: ['entities'],
  queryFn: ({ signal }) => listEntities(signal),
  staleTime: 5 * 60_000,
});
