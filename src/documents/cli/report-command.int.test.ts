/**
 * `traguardo report` on the configured database: the demo data loaded by `traguardo demo` into an
 * embedded PGlite (DATA_DIR), then the Relazione and the Piano of entity DEMO. The command line is the
 * same on PostgreSQL; the repository and policy services it calls are tested on both backends.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatNumber } from '../../core/numbers/format-number.js';
import { defaultScoringPolicy } from '../../core/scoring/policy.schema.js';
import { scorePlan } from '../../core/scoring/score-plan.js';
import { and, eq } from 'drizzle-orm';
import { openDatabase } from '../../server/db/database.js';
import { entities, planRevisions, plans } from '../../server/db/schema.js';
import { testDatabaseKind } from '../../server/db/test-database.js';
import { buildDemoPlan } from '../../server/demo/demo-plan.js';
import { REPO_ROOT } from '../../cli/commands/cli-test-support.js';
import { pdfText, requireDocumentTools } from '../testing/document-tools.js';

interface Run { code: number; stdout: string; stderr: string }

const folder = mkdtempSync(join(tmpdir(), 'traguardo-report-db-'));
const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? tmpdir(), DATA_DIR: join(folder, 'data'), SESSION_SECRET: 's'.repeat(40) };

function traguardo(...args: string[]): Promise<Run> {
  return new Promise((done) => {
    execFile(process.execPath, [join(REPO_ROOT, 'bin', 'traguardo.js'), ...args], { cwd: folder, env, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      done({ code: error === null ? 0 : typeof error.code === 'number' ? error.code : -1, stdout, stderr });
    });
  });
}

describe.skipIf(testDatabaseKind() === 'postgres')('traguardo report --entity (database)', () => {
  beforeAll(async () => {
    requireDocumentTools();
    const demo = await traguardo('demo');
    expect(demo.code).toBe(0);
  }, 240_000);

  it('writes the Relazione of the latest closed year (2025) with the stored policy', async () => {
    const run = await traguardo('report', 'relazione', '--entity', 'DEMO', '-o', 'relazione.pdf');
    expect(run.stderr).toContain('Relazione sulla performance 2025, DEMO, PDF');
    expect(run.code).toBe(0);
    const entity = scorePlan(buildDemoPlan(), defaultScoringPolicy('DEMO', 2025), { year: 2025 }).entity;
    const text = pdfText(join(folder, 'relazione.pdf')).replace(/\s+/g, ' ');
    expect(text).toContain(`Performance organizzativa dell'ente ${formatNumber(entity.rounded as number, 'it', 2)}`);
    expect(text).toContain('approvato con delibera di Giunta n. 95 del 16/12/2024');
  }, 240_000);

  it('shows the original and revised targets of an approved revision of the year', async () => {
    const database = await openDatabase({ database: { kind: 'pglite', dataDir: join(env.DATA_DIR, 'pglite') } });
    try {
      const [plan] = await database.db.select({ id: plans.id, entityId: plans.entityId }).from(plans)
        .innerJoin(entities, eq(entities.id, plans.entityId)).where(and(eq(entities.code, 'DEMO'), eq(plans.code, '2025-2027')));
      const original = buildDemoPlan();
      const snapshot = { ...original, values: [], indicators: original.indicators.map((indicator) => (indicator.code === 'kpiB21_01' ? { ...indicator, targets: { ...indicator.targets, 2025: '>= 320' } } : indicator)) };
      await database.db.insert(planRevisions).values({
        entityId: plan!.entityId, planId: plan!.id, year: 2025, number: 1, status: 'approved', reason: 'Convenzione metrologica ridotta',
        snapshot, act: { kind: 'delibera_giunta', number: '61', date: '2025-07-15' }, approvedBy: 'stp', approvedAt: new Date('2025-07-16T09:00:00Z'),
      });
    } finally {
      await database.close();
    }
    const run = await traguardo('report', 'relazione', '--entity', 'DEMO', '--year', '2025', '-o', 'rivista.pdf');
    expect(run.code).toBe(0);
    const text = pdfText(join(folder, 'rivista.pdf')).replace(/\s+/g, ' ');
    expect(text).toContain('Revisione n. 1, approvata con delibera di Giunta n. 61 del 15/07/2025: Convenzione metrologica ridotta');
    expect(text).toMatch(/kpiB21_01 Strumenti di misura verificati >= 320 >= 300/);
  }, 240_000);

  it('writes the Piano of a named plan as DOCX and reports unknown entities and plans (exit 2)', async () => {
    const [piano, noEntity, noPlan] = await Promise.all([
      traguardo('report', 'piano', '--entity', 'DEMO', '--plan', '2025-2027', '-o', 'piano.docx'),
      traguardo('report', 'piano', '--entity', 'NOPE', '-o', 'x.docx'),
      traguardo('report', 'piano', '--entity', 'DEMO', '--plan', '2030-2032', '-o', 'y.docx'),
    ]);
    expect(piano.code).toBe(0);
    expect(piano.stderr).toContain('Piano della performance 2025–2027, DEMO, DOCX');
    expect(noEntity).toMatchObject({ code: 2 });
    expect(noEntity.stderr).toContain('Ente non trovato: NOPE');
    expect(noPlan).toMatchObject({ code: 2 });
    expect(noPlan.stderr).toContain('Nessun piano 2030-2032 per l\'ente DEMO (piani: 2025-2027 (2025–2027))');
  }, 240_000);
});
