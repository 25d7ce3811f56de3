/**
 * The performance tree and the node page in Chromium against the real server with the demo data:
 * the tree with its scores, filters, expand all, the sunburst, opening a node, its sections, the
 * explanation, a sanitised description; axe on each screen; screenshots in .tmp/screenshots.
 */
import { describe, expect } from 'vitest';
import { LoginPage } from './pages/login-page.js';
import { NodePage } from './pages/node-page.js';
import { TreePage } from './pages/tree-page.js';
import { seriousAccessibilityViolations } from './support/accessibility.js';
import { demo, test } from './support/fixtures.js';
import { apiGet, apiPatch, saveScreenshot } from './support/screenshot.js';

const PLAN = '/api/entities/DEMO/plans/2025-2027';
/** The first test of a file also waits for the server (migrations, demo data) and runs axe: allow for a busy machine. */
const SLOW_START = 180_000;

interface ScoresBody { period: string | null; nodes: { code: string; title: string; rounded: number | null; band: { key: string; label: { it: string } } | null; state: string }[] }

async function logIn(page: import('playwright-core').Page) {
  const login = new LoginPage(page);
  await login.open();
  await login.logInAndWait(demo.stp.username, demo.stp.password);
}

describe('performance tree', { timeout: SLOW_START }, () => {
  test('shows the tree with the scores of the latest period, expands all, and passes axe', async ({ page }) => {
    await logIn(page);
    const tree = new TreePage(page);
    await tree.open();
    expect(await tree.heading.innerText()).toBe('Albero della performance');
    const scores = await apiGet<ScoresBody>(page, `${PLAN}/scores?year=2026&period=current&explain=none`);
    expect(await tree.period.inputValue()).toBe(scores.period ?? 'anno');
    // Roots are expanded: areas and their strategic objectives are shown, in natural code order.
    const codes = await tree.renderedCodes();
    expect(codes.slice(0, 4)).toEqual(['A', 'A.1', 'A.2', 'B']);
    const a1 = scores.nodes.find((node) => node.code === 'A.1')!;
    const statusText = await tree.row('A.1').locator('td').nth(6).innerText();
    expect(statusText).toBe(a1.band ? a1.band.label.it : expect.any(String));
    expect(await tree.row('A.1').locator('.status-badge svg, .status-badge .icon').count()).toBeGreaterThan(0);
    if (a1.rounded !== null) expect(await tree.row('A.1').locator('td').nth(5).innerText()).toMatch(/^\d{1,3}(,\d+)?\s?%$/);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, 'tree-it-desktop', { fullPage: false });

    const nodes = await apiGet<{ items: unknown[] }>(page, `${PLAN}/nodes`);
    await tree.expandAll.click();
    await tree.waitForVisibleRows(nodes.items.length);
    expect(await tree.summary.innerText()).toContain(`${nodes.items.length} righe mostrate su ${nodes.items.length} obiettivi`);
    await tree.collapseAll.click();
    await tree.waitForVisibleRows((await apiGet<{ items: { parentCode: string | null }[] }>(page, `${PLAN}/nodes`)).items.filter((n) => !n.parentCode).length);
    // One row by keyboard: the toggle is a button with its state.
    const toggle = tree.row('B').locator('button.tree-toggle');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await toggle.focus();
    await page.keyboard.press('Enter');
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    await tree.row('B.1').waitFor();
  });

  test('filters by text, level, unit and status, keeping ancestors as context, in the address', async ({ page }) => {
    await logIn(page);
    const tree = new TreePage(page);
    await tree.open();
    await tree.textFilter.fill('digitale');
    await page.waitForURL((url) => url.searchParams.get('testo') === 'digitale');
    await tree.summary.getByText(/obiettivi corrispondono ai filtri/).waitFor();
    const codes = await tree.renderedCodes();
    expect(codes[0]).toBe('A');
    expect(await tree.row('A').getAttribute('class')).toContain('tree-context');
    for (const code of codes) {
      const row = tree.row(code);
      if ((await row.getAttribute('class'))?.includes('tree-context')) continue;
      expect((await row.locator('a.tree-title').innerText()).toLowerCase()).toContain('digital');
    }
    await tree.textFilter.fill('');
    await tree.levelFilter.selectOption('action');
    await page.waitForURL((url) => url.searchParams.get('livello') === 'action');
    await tree.summary.getByText(/obiettivi corrispondono ai filtri/).waitFor();
    expect(await tree.row('A.1.1.1').count()).toBe(1);
    expect(await tree.row('A.1.1').getAttribute('class')).toContain('tree-context');
    await tree.unitFilter.selectOption('A1.S1.U1');
    await tree.summary.getByText(/obiettivi corrispondono ai filtri/).waitFor();
    expect(await tree.row('A.1.1.1').count()).toBe(0);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, 'tree-filtered-it-desktop', { fullPage: false });
    await tree.statusFilter.selectOption({ index: 1 });
    await page.getByRole('button', { name: 'Azzera i filtri' }).first().click();
    await page.waitForURL((url) => !url.searchParams.has('livello') && !url.searchParams.has('unita'));
    expect((await tree.renderedCodes()).slice(0, 2)).toEqual(['A', 'A.1']);
  });

  test('draws the sunburst lazily; a sector opens its node', async ({ page }) => {
    await logIn(page);
    const tree = new TreePage(page);
    await tree.open();
    await tree.chartView.click();
    await tree.chart.locator('canvas').waitFor();
    await page.waitForURL((url) => url.searchParams.get('vista') === 'grafico');
    expect(await tree.chart.getAttribute('aria-label')).toMatch(/Grafico a raggiera dell’albero: \d+ obiettivi/);
    expect(await page.locator('ul[aria-label="Legenda"] li').count()).toBeGreaterThan(1);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, 'tree-sunburst-it-desktop');
    const box = (await tree.chart.boundingBox())!;
    const radius = Math.min(box.width, box.height) / 2;
    await tree.chart.click({ position: { x: box.width / 2 + radius * 0.2, y: box.height / 2 - 4 } });
    await page.waitForURL((url) => url.pathname.startsWith('/obiettivi/'));
    await new NodePage(page).details.waitFor();
  });

  test('the sunburst is usable with the keyboard: arrows move across sectors, announced with their score; Enter opens the node', async ({ page }) => {
    await logIn(page);
    const tree = new TreePage(page);
    await page.goto('/albero?vista=grafico');
    await tree.chart.locator('canvas').waitFor();
    const current = page.getByTestId('tree-sunburst-current');
    const scores = await apiGet<ScoresBody>(page, `${PLAN}/scores?year=2026&period=current&explain=none`);
    const a = scores.nodes.find((node) => node.code === 'A')!;
    // Reached with Tab like any control; the instructions are its description.
    await tree.focusChartByTab();
    expect(await tree.chart.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await tree.chart.getAttribute('aria-describedby')).toBeTruthy();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => current.innerText()).toMatch(/^A – .+: raggiungimento .+, .+\. Spicchio 1 di \d+ del suo anello; sotto-obiettivi: \d+\.$/);
    expect(await current.innerText()).toContain(a.band ? a.band.label.it : '');
    await tree.chart.getByText(a.title).waitFor(); // the sector's tooltip, as a pointer would show it
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => current.innerText()).toMatch(/^B – .+Spicchio 2 di/);
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => current.innerText()).toMatch(/^A\.1 – /);
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => current.innerText()).toMatch(/^A – /);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => current.innerText()).toMatch(/^A\.2 – /);
    await saveScreenshot(page, 'tree-sunburst-keyboard-it-desktop');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === '/obiettivi/A.2');
    await new NodePage(page).details.waitFor();
  });
});

describe('tree and node page in English and on a phone', { timeout: SLOW_START }, () => {
  test('speak English after the switch, keep Italian number formats out, and fit a phone screen', async ({ page }) => {
    await logIn(page);
    const tree = new TreePage(page);
    await tree.open();
    await tree.header.switchLanguage('en');
    expect(await tree.heading.innerText()).toBe('Performance tree');
    expect(await tree.summary.innerText()).toMatch(/rows shown of \d+ objectives/);
    expect(await tree.row('A').locator('td').nth(5).innerText()).toMatch(/^(\d{1,3}\.\d{2}%|—)$/);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, 'tree-en-desktop', { fullPage: false });
    const node = new NodePage(page);
    await node.open('B.1.1');
    expect(await page.getByRole('heading', { name: 'Objective details' }).count()).toBe(1);
    await saveScreenshot(page, 'node-en-desktop');
    await tree.header.switchLanguage('it');
    await page.setViewportSize({ width: 390, height: 844 });
    await tree.open();
    await saveScreenshot(page, 'tree-it-phone');
    const scrolls = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
    expect(scrolls, 'the page itself does not scroll sideways; the table scrolls in its frame').toBe(false);
    await node.open('B.1');
    await saveScreenshot(page, 'node-it-phone');
    expect(await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth)).toBe(false);
  });
});

describe('node page', { timeout: SLOW_START }, () => {
  test('opens from the tree with details, result and its explanation, indicators, children, lint and history', async ({ page }) => {
    await logIn(page);
    const tree = new TreePage(page);
    await tree.open();
    await tree.openNode('B.1');
    const node = new NodePage(page);
    await node.details.waitFor();
    expect(await node.heading.innerText()).toMatch(/^B\.1\s/);
    await node.indicators.waitFor();
    expect(await node.indicators.locator('tbody tr').count()).toBeGreaterThan(0);
    expect(await node.children.locator('tbody tr').first().innerText()).toContain('B.1.P');
    await node.showExplanation();
    expect(await node.explanation.innerText()).toContain('Elementi che compongono il punteggio');
    await node.audit.or(page.getByText('Nessuna modifica dopo il caricamento del piano.')).first().waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, 'node-it-desktop');
  });

  test('renders a description safely: no script runs, no handler survives, links are kept', async ({ page }) => {
    await logIn(page);
    const current = await apiGet<{ version: number }>(page, `${PLAN}/nodes/C.1`);
    const html = '<p>Testo <strong>importante</strong> <a href="https://www.example.it/trasparenza">link</a> <a href="javascript:alert(1)">cattivo</a></p><img src="x" onerror="window.__xss = 1"><script>window.__xss = 2</script>';
    expect(await apiPatch(page, `${PLAN}/nodes/C.1`, { version: current.version, description: html })).toBe(200);
    const node = new NodePage(page);
    await node.open('C.1');
    await node.description.waitFor();
    expect(await node.description.locator('strong').innerText()).toBe('importante');
    expect(await node.description.locator('a[href="https://www.example.it/trasparenza"]').count()).toBe(1);
    expect(await node.description.locator('a').count()).toBe(1);
    expect(await node.description.locator('img, script').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    // The change is in the audit trail shown on the page.
    await node.audit.waitFor();
    expect(await node.audit.locator('tbody tr').first().innerText()).toContain('description');
  });

  test('shows the lint findings of the node and its indicators as the API lists them, after a change that breaks a weight sum', async ({ page }) => {
    await logIn(page);
    interface IndicatorItem { code: string; nodeCode: string; weight?: number; version: number }
    const indicators = (await apiGet<{ items: IndicatorItem[] }>(page, `${PLAN}/indicators`)).items;
    const weighted = indicators.find((item) => item.weight !== undefined)!;
    const current = await apiGet<{ version: number }>(page, `${PLAN}/indicators/${weighted.code}`);
    expect(await apiPatch(page, `${PLAN}/indicators/${weighted.code}`, { version: current.version, weight: weighted.weight! + 7 })).toBe(200);
    const lint = (await apiGet<{ items: { location: { code?: string }; message: { it: string } }[] }>(page, `${PLAN}/lint`)).items;
    const codes = new Set([weighted.nodeCode, ...indicators.filter((item) => item.nodeCode === weighted.nodeCode).map((item) => item.code)]);
    const expected = lint.filter((finding) => finding.location.code !== undefined && codes.has(finding.location.code));
    expect(expected.length).toBeGreaterThan(0);
    const node = new NodePage(page);
    await node.open(weighted.nodeCode);
    const list = node.lint.getByTestId('lint-list');
    await list.waitFor();
    expect(await list.locator('li').count()).toBe(expected.length);
    for (const finding of expected) expect(await list.innerText()).toContain(finding.message.it);
  });
});
