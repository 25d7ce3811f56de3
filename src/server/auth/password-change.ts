/** Password change: the current password, a new one of at least the minimum length; other sessions end. */
import { eq, sql } from 'drizzle-orm';
import { users } from '../db/schema.js';
import { appendAudit } from '../audit/audit-log.js';
import type { Db } from '../db/database.js';
import { fail, ok, type Result } from '../services/result.js';
import { PASSWORD_MIN_LENGTH, hashPassword, verifyPassword } from './password.js';
import { revokeUserSessions } from './session.js';

export type PasswordChangeCode = 'invalid_current_password' | 'password_too_short' | 'password_reused';

export async function changePassword(
  db: Db,
  input: { userId: string; currentPassword: string; newPassword: string; keepSession: string },
): Promise<Result<{ revokedSessions: number }, PasswordChangeCode>> {
  const [user] = await db.select().from(users).where(eq(users.id, input.userId));
  if (!user || !(await verifyPassword(user.passwordHash, input.currentPassword))) return fail('invalid_current_password');
  if ([...input.newPassword].length < PASSWORD_MIN_LENGTH) return fail('password_too_short', { detail: `min ${PASSWORD_MIN_LENGTH}` });
  if (input.newPassword === input.currentPassword) return fail('password_reused');
  const passwordHash = await hashPassword(input.newPassword);
  const revokedSessions = await db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash, passwordChangedAt: new Date(), version: sql`${users.version} + 1`, updatedAt: new Date() })
      .where(eq(users.id, user.id));
    const revoked = await revokeUserSessions(tx, user.id, input.keepSession);
    await appendAudit(tx, {
      actor: { userId: user.id, username: user.username }, entityId: null, objectType: 'user', objectId: user.id,
      action: 'password_change', after: { revokedSessions: revoked },
    });
    return revoked;
  });
  return ok({ revokedSessions });
}
