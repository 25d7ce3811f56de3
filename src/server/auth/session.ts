/**
 * Server-side sessions. The cookie carries a random 256-bit token; the `sessions` table keeps only its
 * SHA-256 hash, so a leaked table does not give usable cookies. Each session has its own CSRF token.
 * A session expires after `idleMinutes` without use or `absoluteHours` after login, whichever comes first.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { and, eq, lt, ne } from 'drizzle-orm';
import { sessions, users } from '../db/schema.js';
import type { Db } from '../db/database.js';

export const SESSION_COOKIE = 'traguardo_session';

export interface SessionSettings {
  idleMinutes: number;
  absoluteHours: number;
}

export const DEFAULT_SESSION_SETTINGS: SessionSettings = { idleMinutes: 120, absoluteHours: 12 };

/** How often (at most) a request moves the session's idle deadline, to avoid a write per request. */
const TOUCH_INTERVAL_MS = 60_000;

export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Constant-time comparison of two tokens. */
export function tokensEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

function deadline(createdAt: Date, now: Date, settings: SessionSettings): Date {
  const idle = now.getTime() + settings.idleMinutes * 60_000;
  const absolute = createdAt.getTime() + settings.absoluteHours * 3_600_000;
  return new Date(Math.min(idle, absolute));
}

export interface NewSession {
  token: string;
  tokenHash: string;
  csrfToken: string;
  expiresAt: Date;
}

export async function createSession(
  db: Db,
  input: { userId: string; ip?: string; userAgent?: string; now: Date; settings: SessionSettings },
): Promise<NewSession> {
  const token = newToken();
  const session: NewSession = {
    token, tokenHash: hashToken(token), csrfToken: newToken(), expiresAt: deadline(input.now, input.now, input.settings),
  };
  await db.insert(sessions).values({
    tokenHash: session.tokenHash, userId: input.userId, csrfToken: session.csrfToken,
    createdAt: input.now, lastSeenAt: input.now, expiresAt: session.expiresAt,
    ip: input.ip ?? null, userAgent: input.userAgent?.slice(0, 500) ?? null,
  });
  return session;
}

export interface ActiveSession {
  tokenHash: string;
  csrfToken: string;
  expiresAt: Date;
  userId: string;
}

/**
 * The live session of a cookie token, or null when unknown, expired or its user is disabled.
 * Moves the idle deadline forward (at most once a minute).
 */
export async function findSession(db: Db, token: string, now: Date, settings: SessionSettings): Promise<ActiveSession | null> {
  if (token.length < 20 || token.length > 100) return null;
  const tokenHash = hashToken(token);
  const [row] = await db.select({
    tokenHash: sessions.tokenHash, csrfToken: sessions.csrfToken, expiresAt: sessions.expiresAt,
    createdAt: sessions.createdAt, lastSeenAt: sessions.lastSeenAt, userId: sessions.userId, disabled: users.disabled,
  }).from(sessions).innerJoin(users, eq(users.id, sessions.userId)).where(eq(sessions.tokenHash, tokenHash));
  if (!row || row.disabled || row.expiresAt.getTime() <= now.getTime()) return null;
  let expiresAt = row.expiresAt;
  if (now.getTime() - row.lastSeenAt.getTime() >= TOUCH_INTERVAL_MS) {
    expiresAt = deadline(row.createdAt, now, settings);
    await db.update(sessions).set({ lastSeenAt: now, expiresAt }).where(eq(sessions.tokenHash, tokenHash));
  }
  return { tokenHash, csrfToken: row.csrfToken, expiresAt, userId: row.userId };
}

export async function revokeSession(db: Db, tokenHash: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
}

/** Ends every session of a user, except the one given (the caller's own, e.g. after a password change). */
export async function revokeUserSessions(db: Db, userId: string, except?: string): Promise<number> {
  const condition = except ? and(eq(sessions.userId, userId), ne(sessions.tokenHash, except)) : eq(sessions.userId, userId);
  const removed = await db.delete(sessions).where(condition).returning({ tokenHash: sessions.tokenHash });
  return removed.length;
}

export async function purgeExpiredSessions(db: Db, now: Date): Promise<number> {
  const removed = await db.delete(sessions).where(lt(sessions.expiresAt, now)).returning({ tokenHash: sessions.tokenHash });
  return removed.length;
}
