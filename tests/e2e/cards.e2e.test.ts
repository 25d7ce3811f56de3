/**
 * Individual performance in Chromium against the real server with the demo data, the acceptance
 * sequence: the evaluator (dirigente) sets the objectives of the P.O. card (the weights' live sum is
 * checked), the evaluated person (referente) acknowledges them in La mia performance, the evaluator
 * records the mid-year check and proposes the final evaluation with the mandatory feedback, the person
 * acknowledges and appeals, the reviewer (stp) accepts the appeal with a new score shown in Italian
 * format, and the history and the audit trail show every step with its user. A referente opening
 * someone else's card gets a "not allowed" page and the API answers 403. Axe on every page; screenshots.
 */
import { describe, expect } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { LoginPage } from './pages/login-page.js';
import { seriousAccessibilityViolations } from './support/accessibility.js';
import { newItalianContext } from './support/chromium.js';
import { demo, test } from './support/fixtures.js';
import { apiGet, saveScreenshot } from './support/screenshot.js';

const SLOW = 240_000;
const CARD = 'PO-RI-2025';

async function signIn(browser: Browser, baseUrl: string, username: string): Promise<Page> {
  const context = await newItalianContext(browser, baseUrl);
  const page = await context.newPage();
  const login = new LoginPage(page);
  await login.open();
  await login.logInAndWait(username, demo.stp.password);
  await page.getByTestId('workspace-year').selectOption('2025');
  return page;
}

async function openCard(page: Page, code = CARD): Promise<void> {
  await page.goto(`/schede/${code}?anno=2025`);
  await page.getByTestId('card-heading').or(page.getByTestId('card-forbidden')).waitFor();
}

/** Fills a step's form, submits it and confirms in the dialog. */
async function takeStep(page: Page, action: string, fields: { note?: string; raw?: string } = {}): Promise<void> {
  const form = page.getByTestId(`card-step-${action}`);
  if (fields.raw !== undefined) await form.locator(`#card-${CARD}-${action}-raw`).fill(fields.raw);
  if (fields.note !== undefined) await form.locator(`#card-${CARD}-${action}-note`).fill(fields.note);
  await form.locator('button[type="submit"]').click();
  const dialog = page.getByTestId('card-step-confirm');
  await dialog.waitFor();
  await dialog.getByTestId('admin-confirm').click();
  await page.getByTestId('card-step-done').waitFor();
}

async function noSeriousViolations(page: Page): Promise<void> {
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
}

describe('individual performance: evaluation cards', { timeout: SLOW }, () => {
  test('evaluator sets objectives, the person acknowledges, final scoring, an appeal changes the score, every step audited', async ({ browser, server }) => {
    // 1. The evaluator sets the objectives: the live sum says where the weights are wrong.
    const evaluator = await signIn(browser, server.baseUrl, 'dirigente');
    await evaluator.getByRole('link', { name: 'Schede' }).first().waitFor();
    await openCard(evaluator);
    await evaluator.getByTestId('card-editor').waitFor();
    await evaluator.getByTestId('card-objectives').waitFor();
    await noSeriousViolations(evaluator);
    await evaluator.locator('#card-objective-0-weight').fill('40');
    expect(await evaluator.getByTestId('card-weight-sum').innerText()).toBe('I pesi degli obiettivi sommano a 106,67: devono sommare a 100.');
    await evaluator.getByTestId('card-save').click();
    expect(await evaluator.locator('#card-objective-0-weight').getAttribute('aria-invalid')).toBeNull();
    await evaluator.getByRole('alert').filter({ hasText: 'Correggi i campi indicati.' }).waitFor();
    await evaluator.locator('#card-objective-1-weight').fill('26,66');
    expect(await evaluator.getByTestId('card-weight-sum').innerText()).toBe('Somma dei pesi: 100');
    await evaluator.locator('#card-objective-0-title').fill('Ridurre i tempi medi di evasione delle pratiche');
    await evaluator.getByTestId('card-save').click();
    await evaluator.getByTestId('card-saved').waitFor();
    expect(await evaluator.getByTestId('card-saved').innerText()).toContain('Scheda salvata (versione 2).');
    await noSeriousViolations(evaluator);
    await saveScreenshot(evaluator, 'cards-editor-it-desktop');

    // 2. The person evaluated acknowledges the objectives in La mia performance.
    const person = await signIn(browser, server.baseUrl, 'referente');
    await person.goto('/la-mia-performance');
    await person.getByTestId('my-turn').waitFor();
    expect(await person.getByTestId('my-turn').innerText()).toBe('Tocca a te: Prendi visione degli obiettivi.');
    expect(await person.getByTestId('card-objectives').innerText()).toContain('Ridurre i tempi medi di evasione delle pratiche');
    await noSeriousViolations(person);
    await takeStep(person, 'acknowledge');

    // 3. The evaluator: mid-year check, then the final proposal — the feedback note is mandatory.
    await openCard(evaluator);
    await takeStep(evaluator, 'mid_year_check', { note: 'Obiettivi in linea a luglio' });
    const propose = evaluator.getByTestId('card-step-propose_final');
    await propose.locator('button[type="submit"]').click();
    await propose.getByText('Scrivi la nota: è obbligatoria per questo passaggio.').waitFor();
    expect(await propose.locator(`#card-${CARD}-propose_final-note`).getAttribute('aria-invalid')).toBe('true');
    await takeStep(evaluator, 'propose_final', { note: 'Colloquio di feedback del 20/01/2026' });
    await evaluator.getByTestId('card-final-score').waitFor();
    const live = await apiGet<{ rounded: { raw: number; adjusted: number } }>(evaluator, `/api/entities/DEMO/cards/${CARD}/score?year=2025`);
    const proposed = new Intl.NumberFormat('it-IT', { style: 'percent', minimumFractionDigits: 2, maximumFractionDigits: 2, useGrouping: 'always' }).format(live.rounded.adjusted / 100);
    expect((await evaluator.getByTestId('card-final-score').innerText()).split('\n')[0]).toBe(proposed);

    // 4. The person acknowledges the final evaluation and appeals within the allowed days.
    await person.goto('/la-mia-performance');
    await person.getByTestId('card-step-acknowledge_final').waitFor();
    await takeStep(person, 'acknowledge_final');
    await person.getByTestId('card-appeal-deadline').waitFor();
    await takeStep(person, 'appeal', { note: 'Il dato di B.1.2 non considera la sospensione di marzo' });
    await noSeriousViolations(person);
    await saveScreenshot(person, 'cards-my-performance-it-desktop');

    // 5. The reviewer (stp, no reviewer named) accepts the appeal with a new score.
    const reviewer = await signIn(browser, server.baseUrl, 'stp');
    await openCard(reviewer);
    await takeStep(reviewer, 'decide_appeal', { raw: '97,5', note: 'Ricorso accolto: sospensione documentata' });
    await reviewer.getByTestId('card-final-appeal').waitFor();
    expect((await reviewer.getByTestId('card-final-score').innerText()).split('\n')[0]).toBe('97,50%');
    expect(await reviewer.getByTestId('card-state').innerText()).toBe('Chiusa');
    expect(await reviewer.getByTestId('card-appeal-outcome').innerText()).toContain('Accolto — stp: «Ricorso accolto: sospensione documentata»');

    // 6. Every step, with its user, in the history and in the audit trail.
    const steps = await reviewer.getByTestId('card-history').locator('tbody tr').evaluateAll((rows) =>
      rows.map((row) => `${row.getAttribute('data-action')}:${row.querySelector('[data-testid="card-history-user"]')?.textContent}`));
    expect(steps).toEqual([
      'assign:dirigente', 'acknowledge:referente', 'mid_year_check:dirigente', 'propose_final:dirigente',
      'acknowledge_final:referente', 'appeal:referente', 'decide_appeal:stp',
    ]);
    const audit = await reviewer.getByTestId('card-audit').locator('tbody tr').evaluateAll((rows) =>
      rows.map((row) => `${row.getAttribute('data-action')}:${row.querySelector('td:last-child')?.textContent}`));
    expect(audit).toEqual(expect.arrayContaining([
      'update:dirigente', 'workflow.acknowledge:referente', 'workflow.mid_year_check:dirigente', 'workflow.propose_final:dirigente',
      'workflow.acknowledge_final:referente', 'workflow.appeal:referente', 'workflow.decide_appeal:stp',
    ]));
    await noSeriousViolations(reviewer);
    await saveScreenshot(reviewer, 'cards-card-closed-it-desktop');

    // The card's numbers open their explanation.
    await reviewer.getByTestId('card-live-raw').click();
    const dialog = reviewer.getByTestId('card-explanation-dialog');
    await dialog.getByTestId('card-explanation-members').waitFor();
    expect(await dialog.getByTestId('card-explanation-members').innerText()).toContain('Obiettivi individuali');
    await noSeriousViolations(reviewer);
    await dialog.getByRole('button', { name: 'Chiudi' }).last().click();
  });

  test('a referente cannot see another person\'s card: a clear page, and the API says 403', async ({ browser, server }) => {
    const page = await signIn(browser, server.baseUrl, 'referente');
    await openCard(page, 'DIR-A1-2025');
    await page.getByTestId('card-forbidden').waitFor();
    expect(await page.getByTestId('card-forbidden').textContent()).toContain('Non puoi vedere questa scheda');
    const status = await page.evaluate(async () => (await fetch('/api/entities/DEMO/cards/DIR-A1-2025?year=2025')).status);
    expect(status).toBe(403);
    expect(await page.getByRole('link', { name: 'Calibrazione' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Fondo' }).count()).toBe(0);
    await noSeriousViolations(page);
  });

  test('calibration and fund: the distribution per evaluator, and the fund paid to the cent', async ({ browser, server }) => {
    const page = await signIn(browser, server.baseUrl, 'sg');
    await page.goto('/calibrazione');
    await page.getByTestId('calibration-table').waitFor();
    await page.getByTestId('calibration-chart').waitFor();
    await noSeriousViolations(page);
    await saveScreenshot(page, 'cards-calibration-it-desktop');

    await page.goto('/fondo');
    await page.locator('#fund-amount').fill('10.000,00');
    await page.getByTestId('fund-compute').click();
    // The card closed by the first journey takes part: the whole fund goes to it, to the cent.
    await page.getByTestId('fund-table').waitFor();
    expect(await page.getByTestId('fund-total').innerText()).toBe('10.000,00');
    expect(await page.getByTestId('fund-table').locator('tbody tr').count()).toBe(1);
    await page.getByTestId('fund-read-only').waitFor();
    await noSeriousViolations(page);
    await saveScreenshot(page, 'cards-fund-it-desktop');
  });
});
