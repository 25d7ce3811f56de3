/**
 * The indicator editor in Chromium against the real server with the demo data: a formula with a
 * syntax error (position shown), measure suggestions, live targets, the preview, a save, a conflicting
 * save from a second session resolved each way, a read-only role; axe and screenshots.
 */
import { describe, expect } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { IndicatorPage } from './pages/indicator-page.js';
import { LoginPage } from './pages/login-page.js';
import { seriousAccessibilityViolations } from './support/accessibility.js';
import { newItalianContext } from './support/chromium.js';
import { demo, test } from './support/fixtures.js';
import { apiGet, saveScreenshot } from './support/screenshot.js';

const PLAN = '/api/entities/DEMO/plans/2025-2027';
/** The first test of a file also waits for the server (migrations, demo data) and runs axe: allow for a busy machine. */
const SLOW_START = 180_000;

interface IndicatorBody { formula?: string; weight?: number; targets?: Record<string, string>; version: number }

interface ScoredIndicator { code: string; nodeCode: string; state: string; value: number | boolean | string | null; target: string | null; rounded: number | null; band: { key: string; label: { it: string } } | null }
interface ScoresBody { period: string | null; policy: { rounding: { decimals: number } }; indicators: ScoredIndicator[]; nodes: { code: string; rounded: number | null }[] }

const CURRENT_SCORES = `${PLAN}/scores?year=2026&period=current&explain=none&include=nodes,indicators`;
const percentIt = (value: number, decimals: number) =>
  `${new Intl.NumberFormat('it-IT', { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(value)}%`;

async function logIn(page: Page, username: string = demo.stp.username) {
  const login = new LoginPage(page);
  await login.open();
  await login.logInAndWait(username, 'demo');
}

/** A second, independent session of the same user (another browser profile), on the same indicator. */
async function secondSession(browser: Browser, baseUrl: string, code: string) {
  const context = await newItalianContext(browser, baseUrl);
  const page = await context.newPage();
  await logIn(page);
  const editor = new IndicatorPage(page);
  await editor.open(code);
  return { editor, close: () => context.close() };
}

describe('indicator editor', { timeout: SLOW_START }, () => {
  test('shows where a formula is wrong, suggests measures, checks targets, and saves the fix', async ({ page }) => {
    await logIn(page);
    const editor = new IndicatorPage(page);
    await editor.open('kpiB1_01');
    expect(await editor.heading.innerText()).toBe('Indicatore kpiB1_01');
    const before = await apiGet<IndicatorBody>(page, `${PLAN}/indicators/kpiB1_01`);

    await editor.typeFormula('RI_PRAT_5GG * 100 / (RI_PRAT');
    await editor.errorMark.waitFor();
    expect(await editor.formulaMessage.innerText()).toMatch(/Parentesi chiusa mancante alla posizione \d+/);
    expect(await editor.formula.getAttribute('aria-invalid')).toBe('true');
    expect(await editor.saveStatus.innerText()).toContain('Correggi gli errori evidenziati');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, 'indicator-formula-error-it-desktop');

    await editor.typeFormula('RI_PRAT_5GG * 100 / RI_PR');
    await editor.suggestions.getByRole('option', { name: /RI_PRAT Pratiche del Registro imprese evase$/ }).waitFor();
    await saveScreenshot(page, 'indicator-suggestions-it-desktop', { fullPage: false });
    await page.keyboard.press('Enter');
    expect(await editor.formula.inputValue()).toBe('RI_PRAT_5GG * 100 / RI_PRAT');
    expect(await editor.formulaMessage.innerText()).toBe('Formula corretta.');
    expect(await editor.errorMark.count()).toBe(0);

    await editor.target(2027).fill('>= 8,5,5%');
    expect(await editor.targetMessage(2027).innerText()).toContain('Errore nel target. Numero non valido «8,5,5» alla posizione 4');
    await editor.target(2027).fill('>= 86 kg');
    expect(await editor.targetMessage(2027).innerText()).toMatch(/Attenzione: .*valutato a mano/);
    await editor.target(2027).fill('>= 86%');
    expect(await editor.targetMessage(2027).innerText()).toMatch(/^Target valido: /);

    await editor.saveAndWait(before.version + 1);
    const after = await apiGet<IndicatorBody>(page, `${PLAN}/indicators/kpiB1_01`);
    expect(after).toMatchObject({ formula: 'RI_PRAT_5GG * 100 / RI_PRAT', version: before.version + 1 });
    expect(after.targets).toMatchObject({ ...before.targets, 2027: '>= 86%' });
  });

  test('previews the achievement of a value typed, with the policy\'s rule', async ({ page }) => {
    await logIn(page);
    const editor = new IndicatorPage(page);
    await editor.open('kpiB2_02');
    const target = await editor.target(2026).inputValue();
    expect(target).toBe('>= 40%');
    await editor.previewValue.fill('30');
    expect(await editor.previewResult.innerText()).toBe('Raggiungimento: 75,00% (Rapporto valore/target (con tetto))');
    await editor.previewValue.fill('50');
    expect(await editor.previewResult.innerText()).toContain('100,00%');
    await editor.rule.selectOption('binary');
    await editor.previewValue.fill('39,9');
    expect(await editor.previewResult.innerText()).toBe('Raggiungimento: 0,00% (Raggiunto o non raggiunto)');
  });

  test('a conflicting save shows both versions; reapplying mine keeps both changes', async ({ page, browser, server }) => {
    await logIn(page);
    const mine = new IndicatorPage(page);
    await mine.open('kpiB1_02');
    const start = await apiGet<IndicatorBody>(page, `${PLAN}/indicators/kpiB1_02`);
    const other = await secondSession(browser, server.baseUrl, 'kpiB1_02');
    await other.editor.weight.fill('40');
    await other.editor.saveAndWait(start.version + 1);
    await other.close();

    await mine.target(2027).fill('<= 3,5 gg');
    await mine.save.click();
    await mine.conflict.waitFor();
    const rows = mine.conflict.getByTestId('conflict-fields').locator('tbody tr');
    expect(await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-field')))).toEqual(['targets.2027', 'weight']);
    expect(await rows.nth(0).getByTestId('conflict-yours').innerText()).toBe('<= 3,5 gg');
    expect(await rows.nth(0).getByTestId('conflict-theirs').innerText()).toBe(start.targets!['2027']);
    expect(await rows.nth(1).getByTestId('conflict-theirs').innerText()).toBe('40');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, 'indicator-conflict-it-desktop', { fullPage: false });

    await mine.conflict.getByTestId('conflict-reapply').click();
    await mine.saveStatus.getByText(`versione ${start.version + 2}`).waitFor();
    const saved = await apiGet<IndicatorBody>(page, `${PLAN}/indicators/kpiB1_02`);
    expect(saved).toMatchObject({ weight: 40, version: start.version + 2 });
    expect(saved.targets!['2027']).toBe('<= 3,5 gg');
    expect(await mine.weight.inputValue()).toBe('40');
  });

  test('a conflict can also keep their version, or be cancelled without losing my text', async ({ page, browser, server }) => {
    await logIn(page);
    const mine = new IndicatorPage(page);
    await mine.open('kpiB2_01');
    const start = await apiGet<IndicatorBody>(page, `${PLAN}/indicators/kpiB2_01`);
    const other = await secondSession(browser, server.baseUrl, 'kpiB2_01');
    await other.editor.target(2027).fill('>= 430');
    await other.editor.saveAndWait(start.version + 1);
    await other.close();

    await mine.target(2027).fill('>= 425');
    await mine.save.click();
    await mine.conflict.waitFor();
    await mine.conflict.getByTestId('conflict-cancel').click();
    await mine.conflict.waitFor({ state: 'detached' });
    expect(await mine.target(2027).inputValue()).toBe('>= 425');

    await mine.save.click();
    await mine.conflict.waitFor();
    await mine.conflict.getByTestId('conflict-keep-theirs').click();
    await mine.conflict.waitFor({ state: 'detached' });
    expect(await mine.target(2027).inputValue()).toBe('>= 430');
    const saved = await apiGet<IndicatorBody>(page, `${PLAN}/indicators/kpiB2_01`);
    expect(saved).toMatchObject({ version: start.version + 1 });
    expect(saved.targets!['2027']).toBe('>= 430');
  });

  test('a reader sees the indicator without the means to change it', async ({ page }) => {
    await logIn(page, 'lettore');
    const editor = new IndicatorPage(page);
    await editor.open('kpiA1_01');
    await page.getByText('Il tuo ruolo consente di consultare questo indicatore ma non di modificarlo.').waitFor();
    expect(await editor.save.count()).toBe(0);
    expect(await editor.formula.getAttribute('readonly')).not.toBeNull();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });
});

describe('an edited target changes the scores shown', { timeout: SLOW_START }, () => {
  test('raising an indicator\'s target lowers its achievement and changes its status on the node page, as the API recomputes', async ({ page }) => {
    await logIn(page);
    const before = await apiGet<ScoresBody>(page, CURRENT_SCORES);
    const decimals = before.policy.rounding.decimals;
    // A scored indicator with a plain ">= number" target, fully achieved: four times its value cannot be.
    const chosen = before.indicators.find((item) => item.state === 'scored' && typeof item.value === 'number' && item.value > 0
      && /^>=\s*[\d.,]+\s*%?$/.test(item.target ?? '') && (item.rounded ?? 0) >= 100)!;
    expect(chosen).toBeDefined();
    const nodePath = `/obiettivi/${encodeURIComponent(chosen.nodeCode)}`;
    await page.goto(nodePath);
    const row = page.getByTestId('node-indicators').locator(`tr[data-code="${chosen.code}"]`);
    await row.waitFor();
    expect(await row.locator('td').nth(3).innerText()).toBe(percentIt(chosen.rounded!, decimals));
    expect(await row.locator('td').nth(4).innerText()).toContain(chosen.band!.label.it);

    await row.getByRole('link').click();
    const editor = new IndicatorPage(page);
    await editor.formula.waitFor();
    const stored = await apiGet<IndicatorBody>(page, `${PLAN}/indicators/${chosen.code}`);
    const raised = (chosen.target ?? '').replace(/[\d.,]+/, String(Math.ceil((chosen.value as number) * 4)));
    await editor.target(2026).fill(raised);
    await editor.saveAndWait(stored.version + 1);

    const after = await apiGet<ScoresBody>(page, CURRENT_SCORES);
    const rescored = after.indicators.find((item) => item.code === chosen.code)!;
    expect(rescored.target).toBe(raised);
    expect(rescored.rounded!).toBeLessThan(chosen.rounded!);
    expect(rescored.band?.key).not.toBe(chosen.band?.key);
    await page.goto(nodePath);
    await row.waitFor();
    expect(await row.locator('td').nth(0).innerText()).toBe(raised);
    expect(await row.locator('td').nth(3).innerText()).toBe(percentIt(rescored.rounded!, decimals));
    expect(await row.locator('td').nth(4).innerText()).toContain(rescored.band!.label.it);
    const node = after.nodes.find((item) => item.code === chosen.nodeCode)!;
    expect(node.rounded).not.toBe(before.nodes.find((item) => item.code === chosen.nodeCode)!.rounded);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });
});
