/**
 * The signed-in user and their session: GET /api/me, login, logout, password change. The CSRF token
 * from /api/me or from the login answer is handed to the API client for later mutating requests.
 */
import { queryOptions } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { ApiError, apiClient } from './api-client.js';

const entityRefSchema = z.object({ id: z.string(), code: z.string(), name: z.string() });

const userSchema = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  locale: z.optional(z.string()),
  isSystemAdmin: z.boolean(),
});

const membershipSchema = z.object({
  entity: entityRefSchema,
  roles: z.array(z.string()),
  scopeUnitIds: z.array(z.string()),
});

const meSchema = z.object({
  user: userSchema,
  memberships: z.array(membershipSchema),
  csrfToken: z.string(),
});

const loginSchema = z.object({ user: userSchema, csrfToken: z.string() });

export type EntityRef = z.infer<typeof entityRefSchema>;
export type SessionUser = z.infer<typeof userSchema>;
export type Membership = z.infer<typeof membershipSchema>;
export type Me = z.infer<typeof meSchema>;

export const meQueryKey = ['me'] as const;

/** The current session, or null when nobody is signed in (HTTP 401). */
export async function getMe(): Promise<Me | null> {
  try {
    const me = await apiClient.request('/api/me', { schema: meSchema });
    apiClient.setCsrfToken(me.csrfToken);
    return me;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      apiClient.setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

export const meQueryOptions = queryOptions({
  queryKey: meQueryKey,
  queryFn: getMe,
  staleTime: 5 * 60_000,
  // Asked before every page: a failure is shown at once (with a retry button), not after back-offs.
  retry: false,
});

export interface Credentials {
  username: string;
  password: string;
}

export async function logIn(credentials: Credentials): Promise<SessionUser> {
  const answer = await apiClient.request('/api/auth/login', { method: 'POST', body: credentials, schema: loginSchema });
  apiClient.setCsrfToken(answer.csrfToken);
  return answer.user;
}

export async function logOut(): Promise<void> {
  try {
    await apiClient.request('/api/auth/logout', { method: 'POST' });
  } finally {
    apiClient.setCsrfToken(null);
  }
}

export interface PasswordChange {
  currentPassword: string;
  newPassword: string;
}

export async function changePassword(change: PasswordChange): Promise<void> {
  await apiClient.request('/api/auth/password', { method: 'POST', body: change });
}
