/**
 * Password login with lock-out: after `maxFailures` consecutive failures the account is locked for
 * `lockMinutes` (audited). Unknown users and wrong passwords get the same answer and cost the same time.
 */
import { eq, sql } from 'drizzle-orm';
import { users } from '../db/schema.js';
import { appendAudit } from '../audit/audit-log.js';
import type { Db } from '../db/database.js';
import { fail, ok, type Result } from '../services/result.js';
import { dummyPasswordHash, hashPassword, passwordNeedsRehash, verifyPassword } from './password.js';
import { createSession, type NewSession, type SessionSettings } from './session.js';

export interface LockoutSettings {
  maxFailures: number;
  lockMinutes: number;
}

export const DEFAULT_LOCKOUT: LockoutSettings = { maxFailures: 5, lockMinutes: 15 };

export interface LoginInput {
  username: string;
  password: string;
  ip?: string;
  userAgent?: string;
}

export type LoginCode = 'invalid_credentials' | 'account_locked';

/** Counts a failure; the failure that reaches the limit locks the account (later attempts get `account_locked`). */
async function recordFailure(db: Db, user: { id: string; username: string }, now: Date, lockout: LockoutSettings): Promise<void> {
  await db.transaction(async (tx) => {
    const [row] = await tx.update(users).set({ failedLogins: sql`${users.failedLogins} + 1` })
      .where(eq(users.id, user.id)).returning({ failedLogins: users.failedLogins });
    const failures = row?.failedLogins ?? 0;
    const actor = { userId: user.id, username: user.username };
    if (failures < lockout.maxFailures) {
      await appendAudit(tx, { actor, entityId: null, objectType: 'user', objectId: user.id, action: 'login_failed', after: { failedLogins: failures } });
      return;
    }
    const lockedUntil = new Date(now.getTime() + lockout.lockMinutes * 60_000);
    await tx.update(users).set({ failedLogins: 0, lockedUntil }).where(eq(users.id, user.id));
    await appendAudit(tx, {
      actor, entityId: null, objectType: 'user', objectId: user.id, action: 'lock',
      after: { lockedUntil: lockedUntil.toISOString(), failedLogins: failures },
    });
  });
}

export async function loginWithPassword(
  db: Db,
  input: LoginInput,
  options: { now: Date; session: SessionSettings; lockout: LockoutSettings },
): Promise<Result<{ userId: string; session: NewSession }, LoginCode>> {
  const [user] = await db.select().from(users).where(eq(sql`lower(${users.username})`, input.username.trim().toLowerCase()));
  if (!user || user.disabled || !user.passwordHash) {
    await verifyPassword(await dummyPasswordHash(), input.password);
    return fail('invalid_credentials');
  }
  if (user.lockedUntil && user.lockedUntil.getTime() > options.now.getTime()) return fail('account_locked');
  if (!(await verifyPassword(user.passwordHash, input.password))) {
    await recordFailure(db, user, options.now, options.lockout);
    return fail('invalid_credentials');
  }
  const newHash = passwordNeedsRehash(user.passwordHash) ? await hashPassword(input.password) : undefined;
  const session = await db.transaction(async (tx) => {
    await tx.update(users).set({ failedLogins: 0, lockedUntil: null, ...(newHash ? { passwordHash: newHash } : {}) }).where(eq(users.id, user.id));
    const created = await createSession(tx, { userId: user.id, ip: input.ip, userAgent: input.userAgent, now: options.now, settings: options.session });
    await appendAudit(tx, { actor: { userId: user.id, username: user.username }, entityId: null, objectType: 'user', objectId: user.id, action: 'login' });
    return created;
  });
  return ok({ userId: user.id, session });
}
