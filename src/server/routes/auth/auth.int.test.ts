import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { auditLog, sessions, users } from '../../db/schema.js';
import { buildEntity, buildUser, countAudit, login, problemOf, startTestApp, TEST_PASSWORD, type TestApp } from '../test-support.js';

describe('authentication flows', () => {
  let t: TestApp;
  beforeAll(async () => { t = await startTestApp({ settings: { lockout: { maxFailures: 3, lockMinutes: 15 } } }); });
  afterAll(async () => { await t?.close(); });

  it('logs in with the right password: session cookie (HttpOnly, SameSite=Lax), CSRF token, hashed token in the table', async () => {
    const entity = await buildEntity(t.db);
    const user = await buildUser(t.db, { entityId: entity.id, role: 'stp' });
    const response = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: user.username, password: TEST_PASSWORD } });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.user).toEqual({ id: user.id, username: user.username, displayName: user.displayName, locale: 'it', isSystemAdmin: false });
    expect(body.csrfToken).toMatch(/^[\w-]{43}$/);
    const cookie = response.cookies.find((c) => c.name === 'traguardo_session')!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(cookie.secure).toBeUndefined();
    const stored = await t.db.select().from(sessions).where(eq(sessions.userId, user.id));
    expect(stored).toHaveLength(1);
    expect(stored[0]!.tokenHash).not.toBe(cookie.value);
    expect(stored[0]!.tokenHash).toMatch(/^[0-9a-f]{64}$/);

    const me = await t.app.inject({ method: 'GET', url: '/api/me', cookies: { traguardo_session: cookie.value } });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toEqual({
      user: body.user, csrfToken: body.csrfToken,
      memberships: [{ entity: { id: entity.id, code: entity.code, name: entity.name }, roles: ['stp'], scopeUnitIds: [] }],
    });
  });

  it('answers unknown users and wrong passwords with the same 401 problem', async () => {
    const user = await buildUser(t.db);
    const wrong = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: user.username, password: 'nope' } });
    const unknown = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'nobody-here', password: 'nope' } });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(problemOf(wrong)).toEqual(problemOf(unknown));
    expect(problemOf(wrong).code).toBe('invalid_credentials');
    expect(problemOf(wrong).messages).toEqual({ it: 'Nome utente o password non corretti.', en: 'Wrong username or password.' });
    expect(wrong.cookies).toHaveLength(0);
  });

  it('locks the account after the configured failures (audited), even for the right password, for the lock time', async () => {
    const user = await buildUser(t.db);
    for (let attempt = 1; attempt <= 3; attempt++) {
      const response = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: user.username, password: `wrong-${attempt}` } });
      expect(response.statusCode).toBe(401);
    }
    const locked = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: user.username, password: TEST_PASSWORD } });
    expect(locked.statusCode).toBe(423);
    expect(problemOf(locked).code).toBe('account_locked');
    const [row] = await t.db.select().from(users).where(eq(users.id, user.id));
    expect(row!.lockedUntil!.getTime() - Date.now()).toBeGreaterThan(14 * 60_000);
    const trail = await t.db.select().from(auditLog).where(eq(auditLog.objectId, user.id));
    expect(trail.map((entry) => entry.action)).toEqual(['login_failed', 'login_failed', 'lock']);

    await t.db.update(users).set({ lockedUntil: new Date(Date.now() - 1000) }).where(eq(users.id, user.id));
    const after = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: user.username, password: TEST_PASSWORD } });
    expect(after.statusCode).toBe(200);
    const [reset] = await t.db.select().from(users).where(eq(users.id, user.id));
    expect(reset!.failedLogins).toBe(0);
  });

  it('requires the CSRF token of the session on mutating requests', async () => {
    const user = await buildUser(t.db);
    const session = await login(t.app, user.username);
    const other = await login(t.app, user.username);
    const payload = { currentPassword: 'wrong-one', newPassword: 'another-long-password' };
    const missing = await t.app.inject({ method: 'POST', url: '/api/auth/password', cookies: session.cookies, payload });
    expect(missing.statusCode).toBe(403);
    expect(problemOf(missing).code).toBe('csrf_invalid');
    const foreign = await t.app.inject({ method: 'POST', url: '/api/auth/password', cookies: session.cookies, headers: { 'x-csrf-token': other.csrfToken }, payload });
    expect(problemOf(foreign).code).toBe('csrf_invalid');
    const right = await t.app.inject({ method: 'POST', url: '/api/auth/password', headers: session.headers, payload });
    expect(right.statusCode).toBe(400);
    expect(problemOf(right).code).toBe('invalid_current_password');
  });

  it('changes the password and ends the other sessions, keeping this one', async () => {
    const user = await buildUser(t.db);
    const here = await login(t.app, user.username);
    const elsewhere = await login(t.app, user.username);
    const auditBefore = await countAudit(t.db);
    const response = await t.app.inject({
      method: 'POST', url: '/api/auth/password', headers: here.headers,
      payload: { currentPassword: TEST_PASSWORD, newPassword: 'a-brand-new-password' },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ revokedSessions: 1 });
    expect(await countAudit(t.db)).toBe(auditBefore + 1);
    expect((await t.app.inject({ method: 'GET', url: '/api/me', cookies: here.cookies })).statusCode).toBe(200);
    const gone = await t.app.inject({ method: 'GET', url: '/api/me', cookies: elsewhere.cookies });
    expect(gone.statusCode).toBe(401);
    expect(problemOf(gone).code).toBe('session_invalid');
    await expect(login(t.app, user.username)).rejects.toThrow(/401/);
    await login(t.app, user.username, 'a-brand-new-password');
  });

  it('rejects a too short new password without changing anything', async () => {
    const user = await buildUser(t.db);
    const session = await login(t.app, user.username);
    const response = await t.app.inject({ method: 'POST', url: '/api/auth/password', headers: session.headers, payload: { currentPassword: TEST_PASSWORD, newPassword: 'short' } });
    expect(response.statusCode).toBe(400);
    expect(problemOf(response).errors).toEqual([{ path: 'newPassword', code: 'too_small', messages: { it: 'Almeno 10 caratteri.', en: 'At least 10 characters.' } }]);
    await login(t.app, user.username);
  });

  it('replaces the session a browser still holds when it logs in again', async () => {
    const user = await buildUser(t.db);
    const first = await login(t.app, user.username);
    const again = await t.app.inject({ method: 'POST', url: '/api/auth/login', cookies: first.cookies, payload: { username: user.username, password: TEST_PASSWORD } });
    expect(again.statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: '/api/me', cookies: first.cookies })).statusCode).toBe(401);
    expect(await t.db.select().from(sessions).where(eq(sessions.userId, user.id))).toHaveLength(1);
  });

  it('logs out this session, and everywhere', async () => {
    const user = await buildUser(t.db);
    const first = await login(t.app, user.username);
    const second = await login(t.app, user.username);
    const third = await login(t.app, user.username);
    const logout = await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: first.headers });
    expect(logout.statusCode).toBe(204);
    expect(logout.cookies.find((c) => c.name === 'traguardo_session')?.value).toBe('');
    expect((await t.app.inject({ method: 'GET', url: '/api/me', cookies: first.cookies })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'GET', url: '/api/me', cookies: second.cookies })).statusCode).toBe(200);

    const all = await t.app.inject({ method: 'POST', url: '/api/auth/logout-all', headers: second.headers });
    expect(all.statusCode).toBe(204);
    for (const session of [second, third]) {
      expect((await t.app.inject({ method: 'GET', url: '/api/me', cookies: session.cookies })).statusCode).toBe(401);
    }
    expect(await t.db.select().from(sessions).where(eq(sessions.userId, user.id))).toEqual([]);
  });

  it('expires sessions past their deadline and refuses sessions of disabled users', async () => {
    const user = await buildUser(t.db);
    const session = await login(t.app, user.username);
    await t.db.update(sessions).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(sessions.userId, user.id));
    const expired = await t.app.inject({ method: 'GET', url: '/api/me', cookies: session.cookies });
    expect(expired.statusCode).toBe(401);
    expect(problemOf(expired).code).toBe('session_invalid');

    const fresh = await login(t.app, user.username);
    await t.db.update(users).set({ disabled: true }).where(eq(users.id, user.id));
    expect((await t.app.inject({ method: 'GET', url: '/api/me', cookies: fresh.cookies })).statusCode).toBe(401);
    await expect(login(t.app, user.username)).rejects.toThrow(/401/);
  });

  it('treats a forged session cookie as no session: 401, cookie cleared, nothing written', async () => {
    const before = await countAudit(t.db);
    const response = await t.app.inject({ method: 'GET', url: '/api/me', cookies: { traguardo_session: 'forged-token-forged-token-forged-token-00' } });
    expect(response.statusCode).toBe(401);
    expect(problemOf(response).code).toBe('session_invalid');
    expect(response.cookies.find((c) => c.name === 'traguardo_session')?.value).toBe('');
    expect(await countAudit(t.db)).toBe(before);
    const anonymous = await t.app.inject({ method: 'GET', url: '/api/me' });
    expect(problemOf(anonymous).code).toBe('unauthenticated');
  });

  it('moves the idle deadline on use, never past the absolute lifetime', async () => {
    const user = await buildUser(t.db);
    const session = await login(t.app, user.username);
    const longAgo = new Date(Date.now() - 11.5 * 3_600_000);
    await t.db.update(sessions).set({ createdAt: longAgo, lastSeenAt: new Date(Date.now() - 5 * 60_000) }).where(eq(sessions.userId, user.id));
    expect((await t.app.inject({ method: 'GET', url: '/api/me', cookies: session.cookies })).statusCode).toBe(200);
    const [row] = await t.db.select().from(sessions).where(and(eq(sessions.userId, user.id)));
    expect(row!.expiresAt.getTime()).toBe(longAgo.getTime() + 12 * 3_600_000);
  });
});
