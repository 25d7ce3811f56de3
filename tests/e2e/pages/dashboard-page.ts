/** The results dashboard (/cruscotto): entity and components, units, statuses per area, years, indicators at risk. */
import type { Locator, Page } from 'playwright-core';
import { ExplanationDialog } from './explanation-dialog.js';
import { SiteHeader } from './site-header.js';

export class DashboardPage {
  readonly header: SiteHeader;
  readonly heading: Locator;
  readonly entityScore: Locator;
  readonly components: Locator;
  readonly units: Locator;
  readonly areasTable: Locator;
  readonly areaChart: Locator;
  readonly years: Locator;
  readonly risk: Locator;
  readonly riskEmpty: Locator;
  readonly period: Locator;
  readonly explanation: ExplanationDialog;

  constructor(readonly page: Page) {
    this.header = new SiteHeader(page);
    this.heading = page.getByRole('heading', { level: 1 });
    this.entityScore = page.getByTestId('entity-score-button');
    this.components = page.getByTestId('entity-components');
    this.units = page.getByTestId('units-table');
    this.areasTable = page.getByTestId('areas-table');
    this.areaChart = page.getByTestId('area-chart');
    this.years = page.getByTestId('years-table');
    this.risk = page.getByTestId('risk-table');
    this.riskEmpty = page.getByTestId('risk-empty');
    this.period = page.getByTestId('score-period');
    this.explanation = new ExplanationDialog(page);
  }

  async open(search = ''): Promise<void> {
    await this.page.goto(`/cruscotto${search}`);
    await this.waitForResults();
  }

  async waitForResults(): Promise<void> {
    await this.entityScore.waitFor();
    await this.components.waitFor();
  }

  async choosePeriod(value: string): Promise<void> {
    await this.period.selectOption(value);
    await this.page.waitForURL((url) => url.searchParams.get('periodo') === value);
    await this.waitForResults();
  }

  /** Opens the explanation of the entity's organisational performance. */
  async openEntityExplanation(): Promise<ExplanationDialog> {
    await this.entityScore.click();
    await this.explanation.waitForContent();
    return this.explanation;
  }

  /** The rows of a table as arrays of cell texts (row header first). */
  async rowsOf(table: Locator): Promise<string[][]> {
    return table.locator('tbody tr').evaluateAll((rows) => rows.map((row) =>
      [...row.querySelectorAll('th, td')].map((cell) => (cell as HTMLElement).innerText.trim())));
  }
}
