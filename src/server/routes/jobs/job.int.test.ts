import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import type { Readable } from 'node:stream';
import { auditLog, entities, jobs } from '../../db/schema.js';
import { DEMO_PLAN_CODE } from '../../demo/demo-plan.js';
import { loadDemoData } from '../../demo/demo-data.js';
import { startJobWorker } from '../../jobs/index.js';
import { buildEntity, buildUser, login, problemOf, startTestApp, type Session, type TestApp } from '../test-support.js';

interface SseEvent { event: string; data: Record<string, unknown> }

function parseSse(text: string): SseEvent[] {
  return text.split('\n\n').filter((frame) => frame.startsWith('event:')).map((frame) => {
    const [eventLine, dataLine] = frame.split('\n');
    return { event: eventLine!.slice('event: '.length), data: JSON.parse(dataLine!.slice('data: '.length)) as Record<string, unknown> };
  });
}

async function readAll(stream: Readable): Promise<string> {
  let text = '';
  for await (const chunk of stream) text += String(chunk);
  return text;
}

async function firstChunk(stream: Readable): Promise<string> {
  return new Promise((resolve) => stream.once('data', (chunk) => resolve(String(chunk))));
}

describe('jobs', () => {
  let t: TestApp;
  let stp: Session;
  let lettore: Session;
  let entityId: string;

  beforeAll(async () => {
    t = await startTestApp();
    await loadDemoData(t.database, { ifEmpty: true });
    const [demo] = await t.db.select().from(entities).where(eq(entities.code, 'DEMO'));
    entityId = demo!.id;
    stp = await login(t.app, (await buildUser(t.db, { entityId, role: 'stp' })).username);
    lettore = await login(t.app, (await buildUser(t.db, { entityId, role: 'lettore' })).username);
  });
  afterAll(async () => { await t?.close(); });

  const start = (session: Session, payload: object = { kind: 'recompute', planCode: DEMO_PLAN_CODE }) =>
    t.app.inject({ method: 'POST', url: '/api/entities/DEMO/jobs', headers: session.headers, payload });

  it('starts a recompute (stp only, audited) and streams its progress until it ends', async () => {
    expect((await start(lettore)).statusCode).toBe(403);
    const started = await start(stp);
    expect(started.statusCode).toBe(202);
    const job = started.json() as { id: string; status: string; kind: string };
    expect(job).toMatchObject({ kind: 'recompute', status: 'queued', progress: 0 });
    const trail = await t.db.select().from(auditLog).where(and(eq(auditLog.objectType, 'job'), eq(auditLog.objectId, job.id)));
    expect(trail.map((entry) => entry.action)).toEqual(['create']);

    const response = await t.app.inject({ method: 'GET', url: `/api/jobs/${job.id}/events`, cookies: lettore.cookies, payloadAsStream: true });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/event-stream; charset=utf-8');
    const stream = response.stream();
    const snapshot = await firstChunk(stream);
    const rest = readAll(stream);
    const worker = await startJobWorker(t.database, { loop: false });
    expect(await worker.runOnce()).toBe(true);
    await worker.stop();
    const events = parseSse(snapshot + await rest);

    expect(events[0]).toMatchObject({ event: 'snapshot', data: { id: job.id, status: 'queued' } });
    expect(events.map((e) => e.event)).toEqual(['snapshot', 'started', 'progress', 'progress', 'progress', 'succeeded']);
    expect(events.filter((e) => e.event === 'progress').map((e) => [e.data.progress, e.data.message]))
      .toEqual([[1 / 3, `${DEMO_PLAN_CODE} 2025`], [2 / 3, `${DEMO_PLAN_CODE} 2026`], [1, `${DEMO_PLAN_CODE} 2027`]]);
    const summaries = (events.at(-1)!.data.result as { summaries: { plan: string; year: number; entityScore: number | null; indicators: Record<string, number> }[] }).summaries;
    expect(summaries.map((s) => [s.plan, s.year])).toEqual([[DEMO_PLAN_CODE, 2025], [DEMO_PLAN_CODE, 2026], [DEMO_PLAN_CODE, 2027]]);
    expect(Object.values(summaries[0]!.indicators).reduce((a, b) => a + b, 0)).toBeGreaterThan(10);

    const done = await t.app.inject({ method: 'GET', url: `/api/jobs/${job.id}`, cookies: lettore.cookies });
    expect(done.json()).toMatchObject({ id: job.id, status: 'succeeded', progress: 1, result: { summaries } });
  });

  it('streams a finished job as one snapshot and ends', async () => {
    const [row] = await t.db.insert(jobs).values({ entityId, kind: 'recompute', status: 'failed', progress: 0.5, error: { code: 'x' }, finishedAt: new Date() }).returning();
    const response = await t.app.inject({ method: 'GET', url: `/api/jobs/${row!.id}/events`, cookies: stp.cookies });
    expect(parseSse(response.body)).toEqual([{ event: 'snapshot', data: expect.objectContaining({ id: row!.id, status: 'failed', error: { code: 'x' } }) }]);
  });

  it('hides jobs of other entities and of the installation behind 404; rejects unknown kinds and plans', async () => {
    const other = await buildEntity(t.db);
    const [foreign] = await t.db.insert(jobs).values({ entityId: other.id, kind: 'recompute' }).returning();
    const [installation] = await t.db.insert(jobs).values({ entityId: null, kind: 'count-rows' }).returning();
    for (const id of [foreign!.id, installation!.id]) {
      const response = await t.app.inject({ method: 'GET', url: `/api/jobs/${id}`, cookies: stp.cookies });
      expect(response.statusCode).toBe(404);
      expect(problemOf(response).code).toBe('not_found');
      expect((await t.app.inject({ method: 'GET', url: `/api/jobs/${id}/events`, cookies: stp.cookies })).statusCode).toBe(404);
    }
    expect(problemOf(await start(stp, { kind: 'count-rows' })).errors!.map((e) => [e.path, e.code])).toEqual([['kind', 'invalid_value']]);
    expect((await start(stp, { kind: 'recompute', planCode: 'NOPE' })).statusCode).toBe(404);
  });

  it('ends open event streams when the server closes, so shutdown does not wait for them', async () => {
    const own = await startTestApp();
    const entity = await buildEntity(own.db);
    const session = await login(own.app, (await buildUser(own.db, { entityId: entity.id, role: 'lettore' })).username);
    const [queued] = await own.db.insert(jobs).values({ entityId: entity.id, kind: 'recompute' }).returning();
    const response = await own.app.inject({ method: 'GET', url: `/api/jobs/${queued!.id}/events`, cookies: session.cookies, payloadAsStream: true });
    const stream = response.stream();
    const snapshot = await firstChunk(stream);
    const rest = readAll(stream);
    await own.app.close();
    expect(parseSse(snapshot + await rest).map((event) => [event.event, event.data.status])).toEqual([['snapshot', 'queued']]);
    await own.database.close();
  });
});
