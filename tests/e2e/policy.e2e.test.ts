/**
 * The scoring policy page in Chromium against the real server with the demo data: a what-if with a
 * 90% tolerance lists the objectives that change status (checked against the API's what-if), field
 * errors next to their fields, saving a new revision (history, revision in force, API), a reader who
 * may simulate but not save, English; axe on each state; screenshots in .tmp/screenshots.
 */
import { describe, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { LoginPage } from './pages/login-page.js';
import { PolicyPage } from './pages/policy-page.js';
import { seriousAccessibilityViolations } from './support/accessibility.js';
import { demo, test } from './support/fixtures.js';
import { apiGet, saveScreenshot } from './support/screenshot.js';

const SLOW_START = 180_000;

interface PolicyBody { revision: number; note: string | null; policy: { tolerance: { threshold: number | null }; outputs: { nodes: string } } }
interface WhatIfBody { changes: { kind: string; code: string; statusChanged: boolean; before: { band: { label: { it: string } } | null }; after: { band: { label: { it: string } } | null } }[] }

/** POST the what-if in the page's session, as the form would. */
function apiWhatIf(page: Page, body: unknown): Promise<WhatIfBody> {
  return page.evaluate(async (payload) => {
    const me = await (await fetch('/api/me')).json() as { csrfToken: string };
    const response = await fetch('/api/entities/DEMO/plans/2025-2027/what-if', {
      method: 'POST', headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken }, body: JSON.stringify(payload),
    });
    return response.json();
  }, body) as Promise<WhatIfBody>;
}

async function openPolicy(page: Page, username: string): Promise<PolicyPage> {
  const login = new LoginPage(page);
  await login.open();
  await login.logInAndWait(username, demo.stp.password);
  const policy = new PolicyPage(page);
  await policy.open();
  await page.getByTestId('workspace-year').selectOption('2025');
  await policy.inForce.getByText('2025').waitFor();
  return policy;
}

describe('scoring policy page', { timeout: SLOW_START }, () => {
  test('simulates a 90% tolerance: the objectives that change status are listed as the API computes them', async ({ page }) => {
    const policy = await openPolicy(page, demo.stp.username);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    const saved = await apiGet<PolicyBody & { policy: object }>(page, '/api/entities/DEMO/policies/2025');
    await policy.setNumber('tolerance.threshold', '90');
    await policy.choose('outputs.nodes', 'adjusted');
    expect(await policy.changed.innerText()).toBe('2 impostazioni modificate rispetto alla revisione in vigore.');
    await policy.simulate();
    await policy.whatIfTable.waitFor();

    const expected = await apiWhatIf(page, { year: 2025, policy: { ...saved.policy, tolerance: { ...(saved.policy as PolicyBody['policy']).tolerance, threshold: 90 }, outputs: { ...(saved.policy as PolicyBody['policy']).outputs, nodes: 'adjusted' } } });
    const rows = await policy.changes();
    expect(rows.map((row) => `${row.kind}:${row.code}`).sort()).toEqual(expected.changes.map((change) => `${change.kind}:${change.code}`).sort());
    const statusChange = expected.changes.find((change) => change.kind === 'node' && change.statusChanged)!;
    expect(statusChange).toBeDefined();
    const row = rows.find((candidate) => candidate.kind === 'node' && candidate.code === statusChange.code)!;
    expect(row.cells[3]).toContain(statusChange.before.band!.label.it);
    expect(row.cells[4]).toContain('Raggiunto');
    expect(row.cells[5]).toMatch(/^\+\d+,\d{2}$/);

    // Only status changes, then only objectives: the filters narrow the table.
    await page.locator('label[for="what-if-only-status"]').click();
    expect((await policy.changes()).every((change) => expected.changes.find((c) => c.code === change.code && c.kind === change.kind)!.statusChanged)).toBe(true);
    // Sorting by difference: the header says the direction (aria-sort), the rows follow it; a second click reverses it.
    const deltaHeader = policy.whatIfTable.locator('th', { has: page.getByRole('button', { name: /Differenza/ }) });
    const deltasShown = async () => (await policy.changes()).map((change) => Number(change.cells[5]!.replace('+', '').replace('−', '-').replace(',', '.')));
    for (let click = 0; click < 2; click += 1) {
      await deltaHeader.getByRole('button').click();
      const direction = await deltaHeader.getAttribute('aria-sort');
      expect(['ascending', 'descending']).toContain(direction);
      const deltas = await deltasShown();
      expect(deltas).toEqual([...deltas].sort((a, b) => (direction === 'ascending' ? a - b : b - a)));
    }
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, 'policy-what-if-it-desktop');
  });

  test('shows the server\'s field errors next to their fields and clears them once the field changes', async ({ page }) => {
    const policy = await openPolicy(page, demo.stp.username);
    await policy.setNumber('cap', '50');
    await policy.simulate();
    await policy.errors.waitFor();
    expect(await policy.field('cap').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#policy-cap-error').innerText()).toBe('Deve essere maggiore o uguale a 100.');
    expect(await policy.errors.getByRole('link').first().getAttribute('href')).toBe('#policy-cap');
    // Focus moves to the list of errors, so keyboard and screen reader users hear them first.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Correggi i campi indicati.');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await policy.setNumber('cap', '120');
    await policy.errors.waitFor({ state: 'detached' });
    expect(await policy.field('cap').getAttribute('aria-invalid')).toBeNull();
  });

  test('saves a new revision after confirmation: history, revision in force and the API agree', async ({ page }) => {
    const policy = await openPolicy(page, demo.stp.username);
    const before = await apiGet<PolicyBody>(page, '/api/entities/DEMO/policies/2025');
    await policy.setNumber('tolerance.threshold', '90');
    await policy.choose('outputs.nodes', 'adjusted');
    await policy.saveButton.click();
    await policy.saveDialog.waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await policy.saveDialog.locator('#policy-save-note').fill('Tolleranza del 90% (delibera n. 12 del 20/02/2026)');
    await policy.saveDialog.getByTestId('policy-save-confirm').click();
    await policy.saved.waitFor();
    const revision = before.revision + 1;
    expect(await policy.saved.innerText()).toContain(`Revisione ${revision} salvata.`);
    expect(await policy.inForce.innerText()).toContain(`revisione ${revision}`);
    expect(await policy.changed.innerText()).toBe('Nessuna modifica rispetto alla revisione in vigore.');
    const history = policy.history.locator(`tr[data-revision="${revision}"]`);
    expect(await history.innerText()).toContain('Tolleranza del 90% (delibera n. 12 del 20/02/2026)');
    expect(await history.innerText()).toContain('in vigore');
    const after = await apiGet<PolicyBody>(page, '/api/entities/DEMO/policies/2025');
    expect(after).toMatchObject({ revision, note: 'Tolleranza del 90% (delibera n. 12 del 20/02/2026)', policy: { tolerance: { threshold: 90 }, outputs: { nodes: 'adjusted' } } });
    await saveScreenshot(page, 'policy-saved-it-desktop');

    // The earlier revision can be loaded back into the form as a draft.
    await policy.history.locator(`tr[data-revision="${before.revision}"]`).getByRole('button').click();
    await page.getByText(`La revisione ${before.revision} è stata caricata nel modulo`).waitFor();
    expect(await policy.field('tolerance.threshold').inputValue()).toBe(before.policy.tolerance.threshold === null ? '' : String(before.policy.tolerance.threshold));
  });

  test('lets a reader simulate but not save, and speaks English', async ({ page }) => {
    const policy = await openPolicy(page, 'oiv');
    await page.getByTestId('policy-read-only').waitFor();
    expect(await policy.saveButton.count()).toBe(0);
    await policy.header.switchLanguage('en');
    await page.getByRole('heading', { level: 1, name: 'Performance measurement and evaluation system (SMVP)' }).waitFor();
    await policy.setNumber('tolerance.threshold', '95');
    await policy.simulate();
    await policy.whatIfEntity.waitFor();
    expect(await policy.whatIfEntity.innerText()).toMatch(/^Entity performance: \d+\.\d{2}%/);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, 'policy-reader-en-desktop');
  });
});
