/**
 * A whole monitoring year on the demo entity, in Chromium against the real server with a fresh demo
 * database: the 2027 plan is approved with its act (an impossible date is refused first) → monitoring
 * starts → the first campaign is created and opened → two referenti enter and submit values (one with
 * evidence; a measure outside their units is refused) → the dirigente rejects one with a reason and
 * validates the rest → the plan is revised mid-year and the diff is shown and approved with its act →
 * the year is closed → the OIV draws a sample, opens the evidence, answers the checklist and validates
 * → the results are frozen and "ricalcola e confronta" says identical (as the API's snapshot and
 * recompute-check). At the end the audit trail lists every transition with its acting user.
 * Axe on each cycle page; screenshots in .tmp/screenshots.
 */
import { describe, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { CyclePage } from './pages/cycle-page.js';
import { LoginPage } from './pages/login-page.js';
import { seriousAccessibilityViolations } from './support/accessibility.js';
import { apiCall } from './support/api.js';
import { demo, test } from './support/fixtures.js';
import { saveScreenshot } from './support/screenshot.js';

const SLOW = 600_000;
const PLAN = '/api/entities/DEMO/plans/2025-2027';
const YEAR = `${PLAN}/years/2027`;
const PERIOD = '2027-1';
const REFERENTE_2 = { username: 'referente.metrologia', password: 'metrologia-2027' };

interface GridRow { measure: { code: string }; current: { id: string; state: string; enteredBy: string | null; version: number } | null }
interface AuditEntry { username: string | null; objectType: string; objectId: string; action: string; after: { year?: number } | null }

async function logInAs(page: Page, username: string, password: string = demo.stp.password): Promise<void> {
  await page.context().clearCookies();
  const login = new LoginPage(page);
  await login.open();
  await login.logInAndWait(username, password);
  const year = page.getByTestId('workspace-year');
  await year.waitFor();
  await year.selectOption('2027');
}

async function expectAccessible(page: Page): Promise<void> {
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
}

async function grid(page: Page): Promise<GridRow[]> {
  return (await apiCall<{ rows: GridRow[] }>(page, 'GET', `${YEAR}/periods/${PERIOD}/grid`)).body.rows;
}

/** Types a value in the entry grid and submits it for validation. */
async function enterAndSubmit(page: Page, code: string, value: string): Promise<void> {
  const row = page.locator(`[data-testid="entry-grid"] tr[data-measure="${code}"]`);
  await row.getByTestId('entry-value').fill(value);
  await row.getByRole('button', { name: `Invia per la validazione (${code})` }).click();
  await page.locator(`[data-testid="entry-grid"] tr[data-measure="${code}"][data-state="submitted"]`).waitFor();
}

describe('a whole monitoring year', { timeout: SLOW }, () => {
  test('approve → campaign → entry → validation → revision → close → OIV → freeze, all audited', async ({ page }) => {
    try {
      await runYear(page);
    } catch (error) {
      await saveScreenshot(page, 'monitoring-year-failure');
      throw error;
    }
  });
});

async function runYear(page: Page): Promise<void> {
    // A second referente, for the Metrologia office of the same area (the demo has one referente).
    await logInAs(page, 'admin');
    const units = (await apiCall<{ items: { id: string; code: string }[] }>(page, 'GET', '/api/entities/DEMO/org-units')).body.items;
    const metrologia = units.find((unit) => unit.code === 'A1.S2.U1')!;
    const created = await apiCall(page, 'POST', '/api/entities/DEMO/users', {
      username: REFERENTE_2.username, displayName: 'Luca Neri (Referente Metrologia)', password: REFERENTE_2.password,
      roles: [{ role: 'referente', scopeUnitIds: [metrologia.id] }],
    });
    expect(created.status).toBe(201);

    // 1. The STP approves the 2027 plan with its act; an impossible date is refused next to the field.
    await logInAs(page, 'stp');
    const cycle = new CyclePage(page);
    await cycle.open();
    expect(await cycle.currentStep()).toBe('planning');
    await expectAccessible(page);
    await page.getByTestId('cycle-action-approve').click();
    await cycle.fillAct('approve', { kind: 'determinazione', number: '9', date: '29/02/2027', body: 'Commissario straordinario' });
    await cycle.dialog('approve').getByTestId('cycle-dialog-approve-confirm').click();
    expect(await page.locator('#approve-date-error').innerText()).toContain('gg/mm/aaaa');
    expect(await page.locator('#approve-date').getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page);
    expect((await apiCall<{ status: string }>(page, 'GET', `${YEAR}/cycle`)).body.status).toBe('planning');
    await page.locator('#approve-date').fill('29/01/2027');
    await cycle.dialog('approve').getByTestId('cycle-dialog-approve-confirm').click();
    await cycle.done.waitFor();
    expect(await cycle.currentStep()).toBe('approved');
    expect(await cycle.step('approved').innerText()).toContain('Determinazione n. 9 del 29/01/2027 (Commissario straordinario)');

    // 2. Monitoring starts.
    await cycle.run('start_monitoring');
    expect(await cycle.currentStep()).toBe('monitoring');

    // 3. The first campaign is created and opened on the Rilevazioni page.
    await page.goto('/rilevazioni');
    const periodRow = page.locator(`tr[data-period="${PERIOD}"]`);
    await periodRow.getByRole('button', { name: 'Nuova rilevazione per il periodo al 30/04/2027' }).click();
    await page.getByTestId('campaign-form').getByRole('button', { name: 'Crea la rilevazione' }).click();
    await page.locator(`tr[data-period="${PERIOD}"][data-campaign-status="planned"]`).waitFor();
    await periodRow.getByRole('button', { name: 'Apri la rilevazione' }).click();
    await page.getByTestId('dialog-confirm').click();
    await page.locator(`tr[data-period="${PERIOD}"][data-campaign-status="open"]`).waitFor();

    // 4. Two referenti enter and submit values of their units; one measure of the other office is refused.
    await logInAs(page, REFERENTE_2.username, REFERENTE_2.password);
    const second = (await grid(page)).map((row) => row.measure.code);
    expect(second.length).toBeGreaterThan(0);
    await page.goto(`/inserimento-dati?periodo=${PERIOD}`);
    await page.getByTestId('entry-grid').waitFor();
    await enterAndSubmit(page, second[0]!, '42');

    await logInAs(page, 'referente');
    const first = (await grid(page)).map((row) => row.measure.code);
    expect(first.length).toBeGreaterThanOrEqual(2);
    expect(first).not.toContain(second[0]);
    await page.goto(`/inserimento-dati?periodo=${PERIOD}`);
    await page.getByTestId('entry-grid').waitFor();
    // The first value goes with its evidence: saved as a draft, a file attached in its details, then submitted.
    const evidenceOf = first[0]!;
    const evidenceRow = page.locator(`[data-testid="entry-grid"] tr[data-measure="${evidenceOf}"]`);
    await evidenceRow.getByTestId('entry-value').fill('120');
    await evidenceRow.getByRole('button', { name: `Salva bozza (${evidenceOf})` }).click();
    await page.locator(`[data-testid="entry-grid"] tr[data-measure="${evidenceOf}"][data-state="draft"]`).waitFor();
    await evidenceRow.getByRole('button', { name: `Note ed evidenze (${evidenceOf})` }).click();
    await page.getByTestId('evidence-file').setInputFiles({ name: 'estratto-protocollo.txt', mimeType: 'text/plain', buffer: Buffer.from('Registro di protocollo, estratto del primo quadrimestre 2027\n') });
    await page.getByTestId('evidence-upload').click();
    await page.getByTestId('evidence-list').waitFor();
    await enterAndSubmit(page, evidenceOf, '120');
    await enterAndSubmit(page, first[1]!, '80');
    await page.goto(`/inserimento-dati?periodo=${PERIOD}&misura=${second[0]}`);
    await page.getByTestId('measure-not-mine').waitFor();
    const refused = await apiCall<{ code: string; messages: { it: string } }>(page, 'PUT', `${YEAR}/periods/${PERIOD}/values/${second[0]}`, { value: 1 });
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('forbidden');
    const firstValue = (await grid(page)).find((row) => row.measure.code === evidenceOf)!.current!;
    expect(firstValue.state).toBe('submitted');

    // 5. The dirigente rejects one value with a reason and validates the rest.
    await logInAs(page, 'dirigente');
    await page.goto(`/validazione?periodo=${PERIOD}`);
    await page.getByTestId('validation-table').waitFor();
    await page.getByRole('button', { name: `Respingi (${first[1]})` }).click();
    await page.getByTestId('dialog-reason').fill('Il valore non coincide con il registro di protocollo: ricontrollare.');
    await page.getByTestId('dialog-confirm').click();
    await page.locator(`[data-testid="validation-table"] tr[data-measure="${first[1]}"]`).waitFor({ state: 'detached' });
    await page.locator('label[for="select-all"]').click();
    await page.getByTestId('validate-selected').click();
    await page.getByText('Nessun valore da validare in questo periodo.').waitFor();
    const states = Object.fromEntries((await grid(page)).map((row) => [row.measure.code, row.current?.state ?? 'none']));
    expect([states[first[0]!], states[first[1]!], states[second[0]!]]).toEqual(['validated', 'rejected', 'validated']);

    // 6. Mid-year revision: opened from the cycle page, the plan changed, the diff shown, approved by its act.
    await logInAs(page, 'stp');
    await cycle.open();
    await page.getByTestId('cycle-open-revision').click();
    await page.locator('#revision-reason').fill('Assestamento del bilancio: target rivisti');
    await page.getByTestId('cycle-dialog-revision-confirm').click();
    await page.waitForURL((url) => url.pathname === '/ciclo/rimodulazioni/1');
    await page.getByTestId('revision-live').waitFor();
    const scores = (await apiCall<{ indicators: { code: string; target: string | null }[] }>(page, 'GET', `${PLAN}/scores?year=2027&explain=none`)).body;
    const revised = scores.indicators.find((indicator) => indicator.target !== null)!;
    const indicator = (await apiCall<{ version: number; weight: number | null; targets: Record<string, string> }>(page, 'GET', `${PLAN}/indicators/${revised.code}`)).body;
    // The plan is changed with its usual editor (tested in indicator.e2e); here through the same API call.
    const patched = await apiCall(page, 'PATCH', `${PLAN}/indicators/${revised.code}`, { version: indicator.version, weight: 35, targets: { ...indicator.targets, 2027: '>= 1' } });
    expect(patched.status).toBe(200);
    await page.reload();
    const diffRow = page.locator(`[data-testid="diff-indicators"] tr[data-code="${revised.code}"][data-field="targets.2027"]`);
    await diffRow.waitFor();
    expect(await diffRow.locator('.cycle-value-before').innerText()).toBe(indicator.targets['2027']);
    expect(await diffRow.locator('.cycle-value-after').innerText()).toBe('>= 1');
    expect(await page.locator(`[data-testid="diff-indicators"] tr[data-code="${revised.code}"][data-field="weight"] .cycle-value-after`).innerText()).toBe('35');
    expect(await page.locator(`[data-testid="revision-targets"] tr[data-indicator="${revised.code}"]`).innerText()).toContain('cambiato');
    await expectAccessible(page);
    await saveScreenshot(page, 'cycle-revision-diff-it-desktop');
    await cycle.fillAct('revision', { kind: 'delibera_giunta', number: '71', date: '15/07/2027', body: 'Giunta camerale' });
    await page.getByTestId('revision-approve').click();
    await page.getByTestId('revision-approve-dialog-confirm').click();
    await page.getByTestId('revision-approved').waitFor();
    expect(await page.getByTestId('revision-approved').innerText()).toContain('Delibera di Giunta n. 71 del 15/07/2027 (Giunta camerale)');

    // 7. The campaign is closed, then the year.
    await page.goto('/rilevazioni');
    await page.locator(`tr[data-period="${PERIOD}"]`).getByRole('button', { name: 'Chiudi la rilevazione' }).click();
    await page.getByTestId('dialog-confirm').click();
    await page.locator(`tr[data-period="${PERIOD}"][data-campaign-status="closed"]`).waitFor();
    await cycle.open();
    expect(await cycle.currentStep()).toBe('revised');
    await cycle.run('close');
    expect(await cycle.currentStep()).toBe('closed');

    // 8. The OIV draws a sample, opens the evidence, answers the checklist and validates.
    await logInAs(page, 'oiv');
    await page.goto('/ciclo/validazione-oiv');
    await page.getByTestId('sample-draw').click();
    const sampleTable = page.getByTestId('sample-table');
    await sampleTable.waitFor();
    expect(await sampleTable.locator('tbody tr').count()).toBe(2);
    const link = sampleTable.locator(`tr[data-measure="${evidenceOf}"] a[download]`);
    expect(await link.innerText()).toContain('estratto-protocollo.txt');
    const download = await page.evaluate(async (href) => {
      const response = await fetch(href);
      return { status: response.status, disposition: response.headers.get('content-disposition'), text: await response.text() };
    }, (await link.getAttribute('href'))!);
    expect(download).toMatchObject({ status: 200, text: 'Registro di protocollo, estratto del primo quadrimestre 2027\n' });
    expect(download.disposition).toMatch(/^attachment/);
    await page.getByTestId('oiv-validate').click();
    expect(await page.locator('#checklist-sources_documented-error').innerText()).toBe('Rispondi a questa voce.');
    for (const item of ['sources_documented', 'evidence_sampled', 'values_validated', 'deviations_explained', 'suspensions_justified', 'results_reproducible']) {
      await page.locator(`label[for="checklist-${item}-yes"]`).click();
    }
    await page.locator('#oiv-notes').fill('Campione di 2 valori verificato; dati attendibili.');
    await expectAccessible(page);
    await saveScreenshot(page, 'cycle-oiv-validation-it-desktop');
    await page.getByTestId('oiv-validate').click();
    await page.getByTestId('oiv-confirm-confirm').click();
    await page.getByTestId('oiv-validated').waitFor();

    // 9. The STP freezes the results; recomputing gives identical numbers, as the API says.
    await logInAs(page, 'stp');
    await cycle.open();
    expect(await cycle.currentStep()).toBe('validated');
    await cycle.run('freeze');
    expect(await cycle.currentStep()).toBe('frozen');
    await page.getByTestId('recompute').click();
    await page.getByTestId('recompute-result').waitFor();
    expect(await page.getByTestId('recompute-result').getAttribute('data-identical')).toBe('true');
    expect(await page.getByTestId('recompute-result').innerText()).toContain('Identico');
    const snapshot = (await apiCall<{ scoredHash: string }>(page, 'GET', `${YEAR}/snapshot`)).body;
    const check = (await apiCall<{ identical: boolean; reproducible: boolean; frozen: { scoredHash: string }; recomputed: { scoredHash: string } }>(page, 'POST', `${YEAR}/recompute-check`, {})).body;
    expect(check).toMatchObject({ identical: true, reproducible: true });
    expect([check.frozen.scoredHash, check.recomputed.scoredHash]).toEqual([snapshot.scoredHash, snapshot.scoredHash]);
    expect(await page.getByTestId('snapshot-hash').innerText()).toBe(snapshot.scoredHash);
    await expectAccessible(page);

    // 10. The audit trail lists every transition of the year with its acting user.
    await cycle.trail.waitFor();
    expect(await cycle.trailRows()).toEqual([
      ['approve', 'stp'], ['start_monitoring', 'stp'], ['approve_revision', 'stp'], ['close', 'stp'], ['validate', 'oiv'], ['freeze', 'stp'],
    ]);
    await saveScreenshot(page, 'cycle-frozen-it-desktop');
    const audit = (await apiCall<{ items: AuditEntry[] }>(page, 'GET', '/api/entities/DEMO/audit?limit=500')).body.items.reverse();
    const valueIds = new Map((await grid(page)).flatMap((row) => (row.current ? [[row.current.id, row.measure.code] as const] : [])));
    const valueTrail = audit.filter((entry) => valueIds.has(entry.objectId)).map((entry) => `${valueIds.get(entry.objectId)} ${entry.action} ${entry.username}`);
    expect(valueTrail).toEqual(expect.arrayContaining([
      `${second[0]} enter ${REFERENTE_2.username}`, `${second[0]} submit ${REFERENTE_2.username}`, `${second[0]} validate dirigente`,
      `${first[0]} enter referente`, `${first[0]} submit referente`, `${first[0]} validate dirigente`,
      `${first[1]} enter referente`, `${first[1]} submit referente`, `${first[1]} reject dirigente`,
    ]));
    expect(audit.filter((entry) => entry.objectType === 'campaign' && ['open', 'close'].includes(entry.action)).slice(-2).map((entry) => `${entry.action} ${entry.username}`))
      .toEqual(['open stp', 'close stp']);
    expect(audit.some((entry) => entry.objectType === 'plan_revision' && entry.action === 'open' && entry.username === 'stp')).toBe(true);
}
