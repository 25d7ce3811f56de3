/**
 * The results dashboard in Chromium against the real server with the demo data: the entity's score
 * and components, units, statuses per area, years side by side and indicators at risk, each figure as
 * the API computes it; an explanation opened from the dashboard and followed down to an indicator's
 * inputs; English; axe on the page and on the dialog; screenshots in .tmp/screenshots.
 */
import { describe, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { DashboardPage } from './pages/dashboard-page.js';
import { LoginPage } from './pages/login-page.js';
import { seriousAccessibilityViolations } from './support/accessibility.js';
import { demo, test } from './support/fixtures.js';
import { apiGet, saveScreenshot } from './support/screenshot.js';

const PLAN = '/api/entities/DEMO/plans/2025-2027';
/** The first test of a file also waits for the server (migrations, demo data) and the build: allow for a busy machine. */
const SLOW_START = 180_000;

interface Scored { code: string; rounded: number | null; state: string; band: { key: string; label: { it: string; en: string } } | null }
interface ScoresBody {
  year: number; period: string | null; interim: boolean;
  entity: Scored & { name: string };
  units: (Scored & { name: string })[];
  indicators: (Scored & { name: string; nodeCode: string })[];
  nodes: (Scored & { title: string; section: string; parentCode: string | null })[];
}

const percentIt = (value: number) => `${value.toLocaleString('it-IT', { minimumFractionDigits: 2, maximumFractionDigits: 2, useGrouping: 'always' } as Intl.NumberFormatOptions)}%`;
const percentEn = (value: number) => `${value.toLocaleString('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}%`;

async function openYear2025(page: Page): Promise<DashboardPage> {
  const login = new LoginPage(page);
  await login.open();
  await login.logInAndWait(demo.stp.username, demo.stp.password);
  const dashboard = new DashboardPage(page);
  await dashboard.open('?periodo=anno');
  await page.getByTestId('workspace-year').selectOption('2025');
  await page.getByTestId('dashboard-policy').getByText('2025').waitFor();
  await dashboard.waitForResults();
  return dashboard;
}

describe('results dashboard', { timeout: SLOW_START }, () => {
  test('shows the entity, its components, the units, areas, years and risks as the API computes them, and passes axe', async ({ page }) => {
    const dashboard = await openYear2025(page);
    const scores = await apiGet<ScoresBody>(page, `${PLAN}/scores?year=2025&explain=none`);
    expect(scores.entity.rounded).not.toBeNull();
    expect(await dashboard.entityScore.innerText()).toContain(percentIt(scores.entity.rounded!));
    expect(await page.getByTestId('entity-score').innerText()).toContain(scores.entity.band!.label.it);

    const components = await dashboard.rowsOf(dashboard.components);
    expect(components.map((row) => row[0])).toEqual(['Obiettivi di ente', 'Unità organizzative']);
    // Units: only those with objectives, each with its published score and status text.
    const units = await dashboard.rowsOf(dashboard.units);
    const scoredUnits = scores.units.filter((unit) => unit.state !== 'no_target');
    expect(units.map((row) => row[0])).toEqual(scoredUnits.map((unit) => `${unit.code} ${unit.name}`));
    for (const [index, unit] of scoredUnits.entries()) {
      if (unit.rounded !== null) expect(units[index]![1]).toContain(percentIt(unit.rounded));
      if (unit.band) expect(units[index]![2]).toBe(unit.band.label.it);
    }

    // Areas: the table counts every indicator below each strategic area once (entity and unit objectives are not in an area).
    await dashboard.areaChart.waitFor();
    const areas = await dashboard.rowsOf(dashboard.areasTable);
    const roots = scores.nodes.filter((node) => node.section === 'tree' && node.parentCode === null);
    expect(areas.map((row) => row[0])).toEqual(roots.map((node) => `${node.code} ${node.title}`));
    const totals = areas.map((row) => Number(row.at(-1)!.replace(/\./g, '')));
    const byCode = new Map(scores.nodes.map((node) => [node.code, node]));
    const rootOf = (code: string): string => { const node = byCode.get(code)!; return node.parentCode === null ? node.code : rootOf(node.parentCode); };
    const inAreas = scores.indicators.filter((indicator) => byCode.get(rootOf(indicator.nodeCode))!.section === 'tree');
    expect(totals).toEqual(roots.map((root) => inAreas.filter((indicator) => rootOf(indicator.nodeCode) === root.code).length));

    // Years: 2025 column of the entity row is the year's result.
    const years = await dashboard.rowsOf(dashboard.years);
    expect(years[0]![0]).toBe('Ente');
    expect(years[0]![1]).toContain(percentIt(scores.entity.rounded!));

    // Risks at year end: the indicators not achieved.
    const notAchieved = scores.indicators.filter((indicator) => indicator.band?.key === 'non_raggiunto');
    if (notAchieved.length === 0) await dashboard.riskEmpty.waitFor();
    else expect((await dashboard.rowsOf(dashboard.risk)).map((row) => row[0]).sort()).toEqual(notAchieved.map((i) => `${i.code} ${i.name}`).sort());

    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, 'dashboard-2025-it-desktop');
  });

  test('opens the explanation of the entity\'s score and follows it down to an indicator\'s inputs, by keyboard too', async ({ page }) => {
    const dashboard = await openYear2025(page);
    const explanation = await dashboard.openEntityExplanation();
    const entity = await apiGet<{ value: { rounded: number }; weights: { code: string; normalised: number }[] }>(page, `${PLAN}/scores/explanation?year=2025&kind=entity&depth=1`);
    expect(await explanation.score.innerText()).toBe(percentIt(entity.value.rounded));
    const facts = new Map(await explanation.facts());
    expect(facts.get('Calcolo')).toBe('composizione delle componenti');
    const members = await explanation.members.locator('tbody tr').allInnerTexts();
    expect(members).toHaveLength(entity.weights.length);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, 'dashboard-explanation-it-desktop', { fullPage: false });

    // Component → an entity objective → one of its indicators, whose inputs say who entered them and when.
    await explanation.openMember(/Obiettivi di ente/);
    expect(await explanation.backButton.innerText()).toContain('Performance organizzativa dell’ente');
    await explanation.openMember(/ENTE\.1/);
    await explanation.openMember(/kpi/i);
    await explanation.inputs.waitFor();
    const input = (await explanation.inputs.locator('tbody tr').first().locator('th, td').allInnerTexts()).map((text) => text.trim());
    expect(input[4]).not.toBe('—'); // entered by
    expect(input[5]).toMatch(/^\d{2}\/\d{2}\/\d{4}, \d{2}:\d{2}$/); // entered at, gg/mm/aaaa hh:mm
    expect((await explanation.facts()).map(([term]) => term)).toEqual(expect.arrayContaining(['Regola', 'Target', 'Formula']));
    // Focus follows the content, so Escape closes the dialog and focus returns to the number that opened it.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('explanation-heading');
    await explanation.backButton.click();
    await explanation.close();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('entity-score-button');

    // By keyboard: Enter on the focused figure opens the dialog.
    await page.keyboard.press('Enter');
    await explanation.waitForContent();
    expect(await explanation.score.innerText()).toBe(percentIt(entity.value.rounded));
  });

  test('lists the indicators at risk of the latest monitoring period, each opening its explanation', async ({ page }) => {
    const login = new LoginPage(page);
    await login.open();
    await login.logInAndWait(demo.stp.username, demo.stp.password);
    const dashboard = new DashboardPage(page);
    await dashboard.open();
    const scores = await apiGet<ScoresBody>(page, `${PLAN}/scores?year=2026&period=current&explain=none`);
    expect(scores.interim).toBe(true);
    const atRisk = scores.indicators.filter((indicator) => indicator.band?.key === 'a_rischio');
    expect(atRisk.length).toBeGreaterThan(0);
    const rows = await dashboard.rowsOf(dashboard.risk);
    expect(rows.map((row) => row[0]).sort()).toEqual(atRisk.map((indicator) => `${indicator.code} ${indicator.name}`).sort());
    expect(rows.every((row) => row.at(-1) === 'A rischio')).toBe(true);
    const first = atRisk.sort((a, b) => (a.rounded ?? 0) - (b.rounded ?? 0))[0]!;
    await dashboard.risk.locator('tbody tr').first().getByRole('button').click();
    await dashboard.explanation.waitForContent();
    expect(await dashboard.explanation.root.getByTestId('explanation-heading').innerText()).toBe(`${first.code} ${first.name}`);
    expect(await dashboard.explanation.root.innerText()).toContain(`Anno 2026, periodo ${scores.period}`);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });

  test('speaks English with English number formats', async ({ page }) => {
    const dashboard = await openYear2025(page);
    await dashboard.header.switchLanguage('en');
    await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
    const scores = await apiGet<ScoresBody>(page, `${PLAN}/scores?year=2025&explain=none`);
    expect(await dashboard.entityScore.innerText()).toContain(percentEn(scores.entity.rounded!));
    expect(await page.getByTestId('entity-score').innerText()).toContain(scores.entity.band!.label.en);
    const explanation = await dashboard.openEntityExplanation();
    expect(new Map(await explanation.facts()).get('Computation')).toBe('composition of the components');
    await explanation.close();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, 'dashboard-2025-en-desktop');
  });
});
