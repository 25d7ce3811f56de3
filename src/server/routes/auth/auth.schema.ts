/** Request and response schemas of login, logout, password change and /api/me. */
import { z } from 'zod';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../../auth/password.js';

export const loginBody = z.strictObject({
  username: z.string().trim().min(1).max(200),
  password: z.string().min(1).max(PASSWORD_MAX_LENGTH),
});

export const currentUserSchema = z.object({
  id: z.string().uuid(),
  username: z.string(),
  displayName: z.string(),
  locale: z.string(),
  isSystemAdmin: z.boolean(),
}).meta({ id: 'CurrentUser' });

export const loginResponse = z.object({
  user: currentUserSchema,
  csrfToken: z.string().describe('Send it back in the x-csrf-token header of every mutating request'),
});

export const passwordBody = z.strictObject({
  currentPassword: z.string().min(1).max(PASSWORD_MAX_LENGTH),
  newPassword: z.string().min(PASSWORD_MIN_LENGTH).max(PASSWORD_MAX_LENGTH),
});

export const passwordResponse = z.object({ revokedSessions: z.number().int() });

export const meResponse = z.object({
  user: currentUserSchema,
  memberships: z.array(z.object({
    entity: z.object({ id: z.string().uuid(), code: z.string(), name: z.string() }),
    roles: z.array(z.string()),
    scopeUnitIds: z.array(z.string()),
  })),
  csrfToken: z.string(),
});
