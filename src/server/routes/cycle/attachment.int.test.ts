/**
 * Evidence through the API: a PDF attached by the referente and downloaded by the OIV (always as an
 * attachment, nosniff, sandboxed); an oversize file, a disguised executable and a path-traversal name
 * refused with clear messages and nothing written; evidence locked with its validated value.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { auditLog, valueAttachments } from '../../db/schema.js';
import { ATTACHMENT_MAX_BYTES } from '../../services/attachment.js';
import { countAudit, problemOf, startTestApp, type Session, type TestApp } from '../test-support.js';
import { buildCycleScene, countRows, multipartFile, samplePdf, type CycleScene } from './cycle-test-support.js';

describe('evidence attachments', () => {
  let t: TestApp;
  let scene: CycleScene;
  let valueId: string;
  beforeAll(async () => {
    t = await startTestApp();
    scene = await buildCycleScene(t, { openCampaign: true });
    const entered = await t.app.inject({ method: 'PUT', url: `${scene.year}/periods/2026-1/values/PRAT`, headers: scene.sessions.referente.headers, payload: { value: 80 } });
    valueId = entered.json().id;
  });
  afterAll(async () => { await t?.close(); });

  const upload = (session: Session, fileName: string, bytes: Buffer, id = valueId) => {
    const body = multipartFile(fileName, bytes);
    return t.app.inject({ method: 'POST', url: `${scene.base}/values/${id}/attachments`, payload: body.payload, headers: { ...session.headers, ...body.headers } });
  };

  async function expectRefused(run: () => ReturnType<typeof upload>, status: number, code: string) {
    const [audit, files] = [await countAudit(t.db), await countRows(t.db, valueAttachments)];
    const response = await run();
    expect(response.statusCode, response.body).toBe(status);
    const problem = problemOf(response);
    expect(problem.code).toBe(code);
    expect([await countAudit(t.db), await countRows(t.db, valueAttachments)]).toEqual([audit, files]);
    return problem;
  }

  it('stores a PDF with its hash and serves it only as a download, to those who may read evidence', async () => {
    const uploaded = await upload(scene.sessions.referente, 'Verbale maggio.pdf', samplePdf());
    expect(uploaded.statusCode, uploaded.body).toBe(201);
    const meta = uploaded.json();
    expect(meta).toMatchObject({ valueId, fileName: 'Verbale maggio.pdf', mediaType: 'application/pdf', sizeBytes: samplePdf().length, uploadedBy: scene.usernames.referente });
    expect(meta.sha256).toMatch(/^[0-9a-f]{64}$/);
    const [entry] = await t.db.select().from(auditLog).where(and(eq(auditLog.objectId, meta.id), eq(auditLog.action, 'create')));
    expect(entry).toMatchObject({ username: scene.usernames.referente, objectType: 'value_attachment' });
    expect(JSON.stringify(entry!.after)).not.toContain('%PDF');

    const download = await t.app.inject({ method: 'GET', url: `${scene.base}/attachments/${meta.id}`, headers: scene.sessions.oiv.headers });
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(samplePdf())).toBe(true);
    expect(download.headers).toMatchObject({
      'content-type': 'application/pdf', 'x-content-type-options': 'nosniff', 'cache-control': 'private, no-store',
      'content-disposition': 'attachment; filename="Verbale maggio.pdf"; filename*=UTF-8\'\'Verbale%20maggio.pdf',
    });
    expect(String(download.headers['content-security-policy'])).toContain('sandbox');
    const reader = await t.app.inject({ method: 'GET', url: `${scene.base}/attachments/${meta.id}`, headers: scene.sessions.lettore.headers });
    expect(reader.statusCode).toBe(403);
    const outsider = await t.app.inject({ method: 'GET', url: `${scene.base}/attachments/${meta.id}`, headers: scene.sessions.referenteU2.headers });
    expect(outsider.statusCode).toBe(403);
    const detail = await t.app.inject({ method: 'GET', url: `${scene.base}/values/${valueId}`, headers: scene.sessions.lettore.headers });
    expect(detail.json().attachments).toEqual([expect.objectContaining({ id: meta.id, fileName: 'Verbale maggio.pdf' })]);
  });

  it('renames a real file to the extension of its content type', async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    const uploaded = await upload(scene.sessions.referente, 'grafico.pdf', png);
    expect(uploaded.json()).toMatchObject({ fileName: 'grafico.png', mediaType: 'image/png' });
  });

  it('refuses an oversize file (413), a disguised executable (415) and a path-traversal name (400), writing nothing', async () => {
    const big = await expectRefused(() => upload(scene.sessions.referente, 'scansione.pdf', Buffer.concat([samplePdf(), Buffer.alloc(ATTACHMENT_MAX_BYTES)])), 413, 'file_too_large');
    expect(big.messages.en).toBe('File too large: the limit is 10 MB.');
    const elf = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(120)]);
    const exe = await expectRefused(() => upload(scene.sessions.referente, 'relazione.pdf', elf), 415, 'file_type_not_allowed');
    expect(exe.messages.it).toContain('riconosciuti dal contenuto');
    const mz = Buffer.concat([Buffer.from('MZ\u0090\u0000'), Buffer.alloc(60), Buffer.from('PE\u0000\u0000')]);
    await expectRefused(() => upload(scene.sessions.referente, 'dati.pdf', mz), 415, 'file_type_not_allowed');
    const traversal = await expectRefused(() => upload(scene.sessions.referente, '../../etc/passwd.pdf', samplePdf()), 400, 'file_name_invalid');
    expect(traversal.messages.en).toContain('must not contain paths');
    await expectRefused(() => upload(scene.sessions.referenteU2, 'verbale.pdf', samplePdf()), 403, 'forbidden');
    const noFile = await t.app.inject({ method: 'POST', url: `${scene.base}/values/${valueId}/attachments`, headers: scene.sessions.referente.headers, payload: { file: 'x' } });
    expect(noFile.statusCode).toBe(415);
  });

  it('locks evidence with its validated value and keeps removed files for the audit', async () => {
    const local = await buildCycleScene(t, { openCampaign: true });
    const { referente, validatore } = local.sessions;
    const id = (await t.app.inject({ method: 'PUT', url: `${local.year}/periods/2026-1/values/TOT`, headers: referente.headers, payload: { value: 100 } })).json().id as string;
    const up = (name: string) => {
      const body = multipartFile(name, samplePdf());
      return t.app.inject({ method: 'POST', url: `${local.base}/values/${id}/attachments`, payload: body.payload, headers: { ...referente.headers, ...body.headers } });
    };
    const first = (await up('a.pdf')).json();
    const removed = await t.app.inject({ method: 'DELETE', url: `${local.base}/attachments/${first.id}`, headers: referente.headers });
    expect(removed.statusCode).toBe(200);
    const again = await t.app.inject({ method: 'DELETE', url: `${local.base}/attachments/${first.id}`, headers: referente.headers });
    expect(problemOf(again).code).toBe('attachment_deleted');
    const [kept] = await t.db.select().from(valueAttachments).where(eq(valueAttachments.id, first.id));
    expect(kept!.deletedBy).toBe(local.usernames.referente);
    const second = (await up('b.pdf')).json();
    await t.app.inject({ method: 'POST', url: `${local.base}/values/${id}/submit`, headers: referente.headers, payload: { version: 1 } });
    await t.app.inject({ method: 'POST', url: `${local.base}/values/${id}/validate`, headers: validatore.headers, payload: { version: 2 } });
    const late = await up('c.pdf');
    expect(problemOf(late).code).toBe('value_locked');
    const gone = await t.app.inject({ method: 'DELETE', url: `${local.base}/attachments/${second.id}`, headers: referente.headers });
    expect(problemOf(gone).code).toBe('value_locked');
    const sample = await t.app.inject({ method: 'GET', url: `${local.year}/validation-sample?size=10&seed=3`, headers: local.sessions.oiv.headers });
    expect(sample.json()).toMatchObject({ seed: 3, population: 1, items: [{ value: { id, state: 'validated' }, attachments: [{ id: second.id }] }] });
  });
});
