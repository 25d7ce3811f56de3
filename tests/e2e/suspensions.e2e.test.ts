/**
 * Suspensions (sterilizzazioni) in Chromium on the demo data, year 2026: the demo's suspended indicator is
 * listed with its act and marked «Sospeso» on its objective's page; the STP suspends an objective with a
 * reason and an act (after a confirmation, a missing reason refused next to its field), the objective is
 * marked «Sospeso» in the tree and on its page, then the suspension is lifted with a reason. A reader sees
 * the list without the form. Axe on each state.
 */
import { describe, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { LoginPage } from './pages/login-page.js';
import { SiteHeader } from './pages/site-header.js';
import { seriousAccessibilityViolations } from './support/accessibility.js';
import { apiCall } from './support/api.js';
import { demo, test } from './support/fixtures.js';
import { saveScreenshot } from './support/screenshot.js';

const SLOW = 240_000;
const OBJECTIVE = 'A.1.2.1';

async function openSuspensions(page: Page, username: string): Promise<void> {
  const login = new LoginPage(page);
  await login.open();
  await login.logInAndWait(username, demo.stp.password);
  await page.getByTestId('workspace-year').selectOption('2026');
  await page.goto('/sterilizzazioni');
  await page.getByTestId('suspensions-table').waitFor();
}

describe('suspensions', { timeout: SLOW }, () => {
  test('the STP suspends an objective with reason and act; it is marked wherever its score is shown; then lifted', async ({ page }) => {
    await openSuspensions(page, demo.stp.username);
    const demoRow = page.locator('[data-testid="suspensions-table"] tr[data-code="kpiB212_01"]');
    expect(await demoRow.innerText()).toContain('Determinazione n. 142 del 16/03/2026 (Segretario Generale)');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    // From the objective's page, the form opens on the objective.
    await page.goto(`/obiettivi/${OBJECTIVE}`);
    await page.getByRole('link', { name: 'Sterilizzazioni dell’anno: escludere questo obiettivo dal calcolo' }).click();
    await page.getByTestId('suspension-submit').waitFor();
    expect([await page.locator('#suspension-kind').inputValue(), await page.locator('#suspension-item').inputValue()]).toEqual(['node', OBJECTIVE]);
    await page.getByTestId('suspension-submit').click();
    expect(await page.locator('#suspension-reason-error').innerText()).toBe('Indica il motivo.');
    await page.locator('#suspension-reason').fill('Fusione con la Camera limitrofa sospesa da una sentenza del TAR.');
    await page.locator('#suspension-act-kind').selectOption('determinazione');
    await page.locator('#suspension-act-number').fill('77');
    await page.locator('#suspension-act-date').fill('02/05/2026');
    await page.getByTestId('suspension-submit').click();
    await page.getByTestId('suspension-confirm').waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.getByTestId('suspension-confirm-confirm').click();
    await page.getByTestId('suspensions-done').waitFor();
    const row = page.locator(`[data-testid="suspensions-table"] tr[data-code="${OBJECTIVE}"]`);
    expect(await row.innerText()).toContain('Determinazione n. 77 del 02/05/2026');
    await saveScreenshot(page, 'cycle-suspensions-it-desktop');

    // The objective is left out of the scores and marked in the tree and on its page (icon and text).
    await page.goto(`/albero?testo=${OBJECTIVE}`);
    const treeRow = page.locator(`[data-testid="tree-table"] tr[data-code="${OBJECTIVE}"]`);
    await treeRow.waitFor();
    expect(await treeRow.locator('[data-band="suspended"]').innerText()).toBe('Sospeso');
    await saveScreenshot(page, 'cycle-suspended-tree-it-desktop');
    await page.goto(`/obiettivi/${OBJECTIVE}`);
    const result = page.getByTestId('score-result');
    await result.waitFor();
    expect(await result.innerText()).toContain('Sospeso');
    expect(await result.innerText()).toContain('Fusione con la Camera limitrofa');
    const scores = (await apiCall<{ nodes: { code: string; state: string }[] }>(page, 'GET', '/api/entities/DEMO/plans/2025-2027/scores?year=2026&explain=none')).body;
    expect(scores.nodes.find((node) => node.code === OBJECTIVE)?.state).toBe('suspended');

    // The demo's suspended indicator is marked in its objective's list of indicators.
    await page.goto('/obiettivi/B.2.1.2');
    const indicatorRow = page.locator('[data-testid="node-indicators"] tr[data-code="kpiB212_01"]');
    await indicatorRow.waitFor();
    expect(await indicatorRow.locator('[data-band="suspended"]').innerText()).toBe('Sospeso');

    // Lifted with a reason: back in the scores.
    await page.goto('/sterilizzazioni');
    await page.getByRole('button', { name: `Revoca la sterilizzazione di ${OBJECTIVE}` }).click();
    await page.locator('#lift-reason').fill('Sentenza riformata in appello: la fusione riprende.');
    await page.getByTestId('suspension-lift-confirm').click();
    await page.getByTestId('suspensions-done').waitFor();
    await page.locator(`[data-testid="suspensions-table"] tr[data-code="${OBJECTIVE}"]`).waitFor({ state: 'detached' });
    const after = (await apiCall<{ nodes: { code: string; state: string }[] }>(page, 'GET', '/api/entities/DEMO/plans/2025-2027/scores?year=2026&explain=none')).body;
    expect(after.nodes.find((node) => node.code === OBJECTIVE)?.state).not.toBe('suspended');
  });

  test('a reader sees the suspensions and the cycle without actions, in Italian and English', async ({ page }) => {
    await openSuspensions(page, 'lettore');
    expect(await page.getByTestId('suspension-submit').count()).toBe(0);
    expect(await page.getByRole('button', { name: /Revoca/ }).count()).toBe(0);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.goto('/ciclo');
    await page.getByTestId('cycle-read-only').waitFor();
    expect(await page.locator('[data-testid="cycle-stepper"] [aria-current="step"]').getAttribute('data-state')).toBe('monitoring');
    expect(await page.locator('button[data-testid^="cycle-action-"]').count()).toBe(0);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await new SiteHeader(page).switchLanguage('en');
    await page.getByRole('heading', { level: 1, name: 'Plan cycle – year 2026' }).waitFor();
    expect(await page.getByTestId('cycle-stepper').innerText()).toContain('Approved by Resolution of the Giunta no. 6 of 27/01/2026 (Giunta camerale)');
    expect(await page.getByTestId('cycle-read-only').innerText()).toContain('Read only');
  });
});
