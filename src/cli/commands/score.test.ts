import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultScoringPolicy } from '../../core/scoring/policy.schema.js';
import { scorePlan } from '../../core/scoring/score-plan.js';
import type { ScoredPlan } from '../../core/scoring/scored-plan.js';
import { readPlanFile, writePlanFile } from '../../formats/plan-file.js';
import { EXAMPLE_PLAN, runCli, writeTempFiles } from './cli-test-support.js';

function examplePlan() {
  const read = readPlanFile(readFileSync(EXAMPLE_PLAN, 'utf8'), EXAMPLE_PLAN);
  if (!read.ok) throw new Error('the example plan does not read');
  return read.value;
}

describe('traguardo score', { timeout: 30_000 }, () => {
  it('prints the table of the example plan with Italian numbers and status words', async () => {
    const run = await runCli('score', EXAMPLE_PLAN);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const line = (code: string) => run.stdout.split('\n').find((text) => text.trimStart().startsWith(`${code} `)) ?? '';
    expect(run.stdout).toContain('Anno 2026 · politica DEMO 2026 rev. 1');
    expect(line('K2')).toMatch(/• Tempo medio di evasione delle pratiche\s+90,91\s+90,91\s+◐ Parzialmente raggiunto$/);
    expect(line('K5')).toMatch(/67,70\s+67,70/);
    expect(line('K6')).toMatch(/⏸ Sospeso$/);
    expect(line('K13')).toMatch(/90,00\s+90,00\s+◐ Parzialmente raggiunto \(manuale\)$/);
    expect(line('A2.1.2')).toMatch(/96,67\s+96,67/);
  });

  it('prints English labels and numbers with --locale en', async () => {
    const run = await runCli('score', EXAMPLE_PLAN, '--locale', 'en');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Code');
    expect(run.stdout).toMatch(/K2 .*90\.91\s+90\.91\s+◐ Partially achieved/);
  });

  it('prints one JSON document equal to the engine result', async () => {
    const run = await runCli('score', EXAMPLE_PLAN, '--format', 'json');
    expect(run.code).toBe(0);
    const document = JSON.parse(run.stdout) as ScoredPlan & { format: string; plan: { code: string } };
    const expected = scorePlan(examplePlan(), defaultScoringPolicy('DEMO', 2026), { year: 2026 });
    expect(document).toMatchObject({ format: 'traguardo.scores/v1', plan: { code: 'PP-2026' }, year: 2026, period: null });
    expect(document.indicators).toEqual(JSON.parse(JSON.stringify(expected.indicators)));
    const k5 = document.indicators.find((indicator) => indicator.code === 'K5');
    expect(k5?.achievement?.raw).toBeCloseTo(((640 / 581 - 1) / 0.15) * 100, 10);
    expect(document.entity.rounded).toBe(expected.entity.rounded);
  });

  it('applies a policy file (tolerance 90) and a monitoring period', async () => {
    const files = writeTempFiles({ 'smvp.yaml': 'meta:\n  entity: DEMO\n  year: 2026\ntolerance:\n  threshold: 90\n' });
    const [run, interim] = await Promise.all([
      runCli('score', EXAMPLE_PLAN, '--policy', files['smvp.yaml']!, '--format', 'json'),
      runCli('score', EXAMPLE_PLAN, '--period', '2026-1', '--format', 'json'),
    ]);
    const k2 = (JSON.parse(run.stdout) as ScoredPlan).indicators.find((indicator) => indicator.code === 'K2');
    expect(k2?.achievement?.raw).toBeCloseTo(500 / 5.5, 10);
    expect(k2?.achievement?.adjusted).toBe(100);
    expect(JSON.parse(interim.stdout)).toMatchObject({ period: '2026-1', interim: true });
  });

  it('scores the latest year with final values by default', async () => {
    const plan = examplePlan();
    plan.values.push({ measure: 'PRAT_EVASE', year: 2027, value: 4300, state: 'validated' });
    plan.values.push({ measure: 'PRAT_TOT', year: 2028, value: 1, state: 'rejected' });
    const files = writeTempFiles({ 'piano.yaml': writePlanFile(plan, 'yaml') });
    const run = await runCli('score', files['piano.yaml']!, '--format', 'json');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ year: 2027 });
  });

  it('exits 2 with a bilingual message for a missing file, a syntax error, a schema error', async () => {
    const missing = await runCli('score', 'nessuno.json');
    expect(missing).toMatchObject({ code: 2, stdout: '' });
    expect(missing.stderr).toBe('errore: nessuno.json: File non trovato: nessuno.json\n  File not found: nessuno.json\n');
    const files = writeTempFiles({
      'rotto.json': '{\n  "format": "traguardo.plan/v1",\n  "entity": { "code": "X" ]\n}\n',
      'schema.json': readFileSync(EXAMPLE_PLAN, 'utf8').replace('"weight": 60 }', '"weight": "sessanta" }'),
    });
    const [syntax, schema] = await Promise.all([runCli('score', files['rotto.json']!), runCli('score', files['schema.json']!, '--locale', 'en')]);
    expect(syntax.code).toBe(2);
    expect(syntax.stderr).toContain('rotto.json:3:27: Errore di sintassi JSON: trovato carattere "]", atteso "," oppure "}".');
    expect(syntax.stderr).toContain('JSON syntax error: found character "]", expected "," or "}".');
    expect(schema.code).toBe(2);
    expect(schema.stderr).toMatch(/schema\.json:\d+:\d+ \(nodes\[0\]\.weight\): Invalid type: expected a number, found "sessanta"\./);
  });

  it('exits 2 for a year or period the plan does not have, and for a bad option', async () => {
    const [year, period, format] = await Promise.all([
      runCli('score', EXAMPLE_PLAN, '--year', '2031'),
      runCli('score', EXAMPLE_PLAN, '--period', '2027-1'),
      runCli('score', EXAMPLE_PLAN, '--format', 'xml'),
    ]);
    expect(year).toMatchObject({ code: 2, stderr: "errore: L'anno 2031 è fuori dal piano (2026–2028).\n  Year 2031 is outside the plan (2026–2028).\n" });
    expect(period.code).toBe(2);
    expect(period.stderr).toContain('Il periodo "2027-1" non esiste per il 2026 (periodi: 2026-1, 2026-2, 2026-3).');
    expect(format.code).toBe(2);
  });
});
