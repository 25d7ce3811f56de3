import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { loginWithSubject } from '../../auth/oidc.js';
import { DEFAULT_SESSION_SETTINGS } from '../../auth/session.js';
import { auditLog, sessions, users } from '../../db/schema.js';
import { buildUser, problemOf, startTestApp, type TestApp } from '../test-support.js';

describe('OpenID Connect login', () => {
  describe('when OIDC_* is not configured', () => {
    let t: TestApp;
    beforeAll(async () => { t = await startTestApp(); });
    afterAll(async () => { await t?.close(); });

    it('answers both routes with a 404 oidc_disabled problem', async () => {
      for (const url of ['/api/auth/oidc/login', '/api/auth/oidc/callback?code=x&state=y']) {
        const response = await t.app.inject({ method: 'GET', url });
        expect(response.statusCode).toBe(404);
        expect(problemOf(response).code).toBe('oidc_disabled');
      }
    });

    it('opens a session for the user linked to the subject, audited; refuses unknown and disabled subjects', async () => {
      const user = await buildUser(t.db);
      await t.db.update(users).set({ oidcSubject: `sub-${user.id}` }).where(eq(users.id, user.id));
      const result = await loginWithSubject(t.db, { subject: `sub-${user.id}`, now: new Date(), settings: DEFAULT_SESSION_SETTINGS });
      expect(result.ok).toBe(true);
      expect(await t.db.select().from(sessions).where(eq(sessions.userId, user.id))).toHaveLength(1);
      const trail = await t.db.select().from(auditLog).where(eq(auditLog.objectId, user.id));
      expect(trail.map((entry) => [entry.action, entry.after])).toEqual([['login', { method: 'oidc' }]]);

      const unknown = await loginWithSubject(t.db, { subject: 'nobody', now: new Date(), settings: DEFAULT_SESSION_SETTINGS });
      expect(unknown).toEqual({ ok: false, code: 'oidc_unknown_user' });
      await t.db.update(users).set({ disabled: true }).where(eq(users.id, user.id));
      const disabled = await loginWithSubject(t.db, { subject: `sub-${user.id}`, now: new Date(), settings: DEFAULT_SESSION_SETTINGS });
      expect(disabled.ok).toBe(false);
    });
  });

  describe('when configured with an identity provider that cannot be reached', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp({
        config: {
          baseUrl: 'https://traguardo.example.org',
          oidc: { issuer: 'http://127.0.0.1:9/realms/test', clientId: 'traguardo', redirectUri: 'https://traguardo.example.org/api/auth/oidc/callback' },
        },
      });
    });
    afterAll(async () => { await t?.close(); });

    it('answers the login with 503 and writes no cookie', async () => {
      const response = await t.app.inject({ method: 'GET', url: '/api/auth/oidc/login' });
      expect(response.statusCode).toBe(503);
      expect(problemOf(response).code).toBe('service_unavailable');
      expect(response.cookies).toHaveLength(0);
    });

    it('sends a callback without the signed login state back to the web application with an error', async () => {
      const forged = await t.app.inject({ method: 'GET', url: '/api/auth/oidc/callback?code=abc&state=def', cookies: { traguardo_oidc: '{"state":"def","nonce":"n","verifier":"v"}' } });
      expect(forged.statusCode).toBe(302);
      expect(forged.headers.location).toBe('https://traguardo.example.org/?login_error=oidc_failed');
      expect(forged.cookies.find((c) => c.name === 'traguardo_session')).toBeUndefined();
    });

    it('marks cookies Secure and sends HSTS when the base URL is https', async () => {
      const response = await t.app.inject({ method: 'GET', url: '/healthz' });
      expect(response.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
      const login = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: (await buildUser(t.db)).username, password: 'password-for-tests' } });
      expect(login.cookies.find((c) => c.name === 'traguardo_session')).toMatchObject({ secure: true, httpOnly: true, sameSite: 'Lax' });
    });
  });
});
