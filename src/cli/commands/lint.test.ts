import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_PLAN, runCli, writeTempFiles } from './cli-test-support.js';

const example = () => JSON.parse(readFileSync(EXAMPLE_PLAN, 'utf8')) as {
  nodes: Record<string, unknown>[];
  indicators: Record<string, unknown>[];
};

describe('traguardo lint', { timeout: 30_000 }, () => {
  it('finds nothing in the example plan and exits 0', async () => {
    const [table, json] = await Promise.all([runCli('lint', EXAMPLE_PLAN), runCli('lint', EXAMPLE_PLAN, '--format', 'json')]);
    expect(table).toEqual({ code: 0, stdout: `${EXAMPLE_PLAN}: 0 errori, 0 avvisi\n`, stderr: '' });
    expect(JSON.parse(json.stdout)).toEqual({ format: 'traguardo.lint/v1', file: EXAMPLE_PLAN, errors: 0, warnings: 0, findings: [] });
  });

  it('reports errors with their file line and exits 1', async () => {
    const plan = example();
    plan.indicators[1]!.weight = 40;
    plan.nodes[1]!.budget = { '2026': { costs: { planned: 105000 } } };
    plan.indicators[0]!.node = 'A9';
    const text = JSON.stringify(plan, null, 2);
    const files = writeTempFiles({ 'piano.json': text });
    const [table, json] = await Promise.all([runCli('lint', files['piano.json']!), runCli('lint', files['piano.json']!, '--format', 'json', '--locale', 'en')]);
    expect(table.code).toBe(1);
    expect(table.stdout).toContain('piano.json: 3 errori, 0 avvisi');
    expect(table.stdout).toMatch(/✘ errore\s+\d+:\d+\s+nodes\[2\]\s+weights_sum\s+I pesi degli indicatori del nodo "A1\.1\.1" sommano a 90 invece di 100 \(K1 40 \+ K2 50\)\./);
    const report = JSON.parse(json.stdout) as { errors: number; findings: { code: string; line?: number; location: { path: string } }[] };
    expect(json.code).toBe(1);
    expect(report.findings.map((finding) => `${finding.code}@${finding.location.path}`)).toEqual([
      'budget_total_mismatch@nodes[1].budget.2026.costs.planned', 'weights_sum@nodes[2]', 'indicator_node_unknown@indicators[0].node',
    ]);
    const unknownNode = report.findings[2];
    expect(unknownNode?.line).toBe(text.split('\n').findIndex((line) => line.includes('"A9"')) + 1);
  });

  it('exits 0 when there are only warnings', async () => {
    const plan = example();
    plan.indicators[0]!.targets = { '2026': '>= 4.000' };
    const files = writeTempFiles({ 'piano.json': JSON.stringify(plan) });
    const run = await runCli('lint', files['piano.json']!, '--locale', 'en');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/! warning\s+1:\d+\s+indicators\[0\]\.targets\s+target_missing\s+Indicator "K8" has no target for 2027, 2028/);
    expect(run.stdout).toContain('0 errors, 1 warning');
  });

  it('exits 2 for a YAML syntax error or a broken policy, with line and column', async () => {
    const files = writeTempFiles({
      'piano.yaml': 'format: traguardo.plan/v1\nentity:\n  code: X\n\tname: Y\n',
      'smvp.yaml': 'meta:\n  entity: DEMO\n  year: 2026\ncap: 50\n',
    });
    const [yaml, policy] = await Promise.all([runCli('lint', files['piano.yaml']!), runCli('lint', EXAMPLE_PLAN, '--policy', files['smvp.yaml']!)]);
    expect(yaml).toMatchObject({ code: 2, stdout: '' });
    expect(yaml.stderr).toMatch(/piano\.yaml:4:1: Errore di sintassi YAML: .+\n {2}YAML syntax error: .+\n/);
    expect(policy.code).toBe(2);
    expect(policy.stderr).toContain('smvp.yaml:4:6 (cap): Valore troppo piccolo: deve essere ≥ 100.');
  });
});
