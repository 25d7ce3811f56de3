import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_RATE_LIMITS } from './security.js';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildUser, buildWebRoot, problemOf, startTestApp, type TestApp } from '../routes/test-support.js';

describe('HTTP platform', () => {
  describe('health, headers and the API document', () => {
    let t: TestApp;
    beforeAll(async () => { t = await startTestApp(); });
    afterAll(async () => { await t?.close(); });

    it('answers /healthz and /readyz, with security headers', async () => {
      const health = await t.app.inject({ method: 'GET', url: '/healthz' });
      expect(health.json()).toEqual({ status: 'ok' });
      expect(health.headers['x-content-type-options']).toBe('nosniff');
      expect(health.headers['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(health.headers['strict-transport-security']).toBeUndefined();
      expect((await t.app.inject({ method: 'GET', url: '/readyz' })).json()).toEqual({ status: 'ok' });
    });

    it('lets browsers keep the content-hashed files under assets/ and revalidate every other file and page', async () => {
      const webRoot = buildWebRoot();
      mkdirSync(join(webRoot, 'assets'));
      writeFileSync(join(webRoot, 'assets', 'index-Ab12Cd34.js'), 'console.log("hashed");');
      const app = await startTestApp({ webRoot });
      try {
        const asset = await app.app.inject({ method: 'GET', url: '/assets/index-Ab12Cd34.js' });
        expect(asset.statusCode).toBe(200);
        expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
        expect((await app.app.inject({ method: 'GET', url: '/app.js' })).headers['cache-control']).toBe('no-cache');
        expect((await app.app.inject({ method: 'GET', url: '/' })).headers['cache-control']).toBe('no-cache');
        expect((await app.app.inject({ method: 'GET', url: '/albero' })).headers['cache-control']).toBe('no-cache');
      } finally {
        await app.close();
      }
    });

    it('serves an OpenAPI 3.1 document generated from the route schemas, strict bodies and problem responses included', async () => {
      const document = (await t.app.inject({ method: 'GET', url: '/api/docs/json' })).json();
      expect(document.openapi).toBe('3.1.0');
      const nodePath = document.paths['/api/entities/{entityCode}/plans/{planCode}/nodes/{nodeCode}'];
      const body = nodePath.patch.requestBody.content['application/json'].schema;
      expect(body.additionalProperties).toBe(false);
      expect(body.required).toEqual(['version']);
      expect(Object.keys(nodePath.patch.responses)).toEqual(expect.arrayContaining(['200', '400', '401', '403', '404', '409']));
      expect(document.components.schemas.Problem.required).toEqual(expect.arrayContaining(['type', 'title', 'status', 'code', 'detail', 'messages']));
      expect(JSON.stringify(document.components.schemas.Node)).not.toContain('entityId');
      expect(document.paths['/api/auth/login'].post).toBeDefined();
      const ui = await t.app.inject({ method: 'GET', url: '/api/docs' });
      expect(ui.statusCode).toBe(200);
      expect(ui.body).toContain('swagger');
    });

    it('answers /readyz with 503 once the database is gone', async () => {
      const own = await startTestApp();
      await own.database.close();
      const ready = await own.app.inject({ method: 'GET', url: '/readyz' });
      expect(problemOf(ready)).toMatchObject({ status: 503, code: 'service_unavailable' });
      expect((await own.app.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);
      await own.app.close();
    });
  });

  describe('rate limits', () => {
    let t: TestApp;
    beforeAll(async () => { t = await startTestApp({ settings: { limits: { ...DEFAULT_RATE_LIMITS, loginsPerMinute: 3, requestsPerMinute: 6 } } }); });
    afterAll(async () => { await t?.close(); });

    it('limits login attempts per address with a 429 problem and Retry-After', async () => {
      const user = await buildUser(t.db);
      const attempt = (remoteAddress: string) => t.app.inject({ method: 'POST', url: '/api/auth/login', remoteAddress, payload: { username: user.username, password: 'wrong' } });
      for (let i = 0; i < 3; i++) expect((await attempt('10.0.0.1')).statusCode).toBe(401);
      const limited = await attempt('10.0.0.1');
      expect(problemOf(limited)).toMatchObject({ status: 429, code: 'rate_limited' });
      expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
      expect((await attempt('10.0.0.2')).statusCode).toBe(401);
    });

    it('limits requests per caller', async () => {
      const statuses: number[] = [];
      for (let i = 0; i < 8; i++) statuses.push((await t.app.inject({ method: 'GET', url: '/api/me', remoteAddress: '10.0.0.9' })).statusCode);
      expect(statuses).toEqual([401, 401, 401, 401, 401, 401, 429, 429]);
      expect((await t.app.inject({ method: 'GET', url: '/healthz', remoteAddress: '10.0.0.9' })).statusCode).toBe(200);
    });
  });
});
