/** The performance tree (/albero): period, filters, the virtualised table, the sunburst view. */
import type { Locator, Page } from 'playwright-core';
import { SiteHeader } from './site-header.js';

export class TreePage {
  readonly header: SiteHeader;
  readonly heading: Locator;
  readonly table: Locator;
  readonly summary: Locator;
  readonly period: Locator;
  readonly textFilter: Locator;
  readonly levelFilter: Locator;
  readonly unitFilter: Locator;
  readonly statusFilter: Locator;
  readonly expandAll: Locator;
  readonly collapseAll: Locator;
  readonly chartView: Locator;
  readonly tableView: Locator;
  readonly chart: Locator;
  readonly noMatches: Locator;

  constructor(readonly page: Page) {
    this.header = new SiteHeader(page);
    this.heading = page.getByRole('heading', { level: 1 });
    this.table = page.getByTestId('tree-table');
    this.summary = page.getByTestId('tree-summary');
    this.period = page.getByTestId('score-period');
    this.textFilter = page.getByTestId('tree-filter-text');
    this.levelFilter = page.getByTestId('tree-filter-level');
    this.unitFilter = page.getByTestId('tree-filter-unit');
    this.statusFilter = page.getByTestId('tree-filter-status');
    this.expandAll = page.getByTestId('tree-expand-all');
    this.collapseAll = page.getByTestId('tree-collapse-all');
    this.chartView = page.getByTestId('tree-view-chart');
    this.tableView = page.getByTestId('tree-view-table');
    this.chart = page.getByTestId('tree-sunburst');
    this.noMatches = page.getByTestId('tree-no-matches');
  }

  async open(search = ''): Promise<void> {
    await this.page.goto(`/albero${search}`);
    await this.table.locator('tbody tr[data-code]').first().waitFor();
  }

  row(code: string): Locator {
    return this.table.locator(`tbody tr[data-code="${code}"]`);
  }

  /** Codes of the rows in the page (the virtualised table renders only those in view). */
  async renderedCodes(): Promise<string[]> {
    return this.table.locator('tbody tr[data-code]').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-code') ?? ''));
  }

  async visibleRowCount(): Promise<number> {
    return Number(await this.table.getAttribute('data-visible-rows'));
  }

  async waitForVisibleRows(count: number): Promise<void> {
    await this.page.locator(`[data-testid="tree-table"][data-visible-rows="${count}"]`).waitFor();
  }

  async toggle(code: string): Promise<void> {
    await this.row(code).locator('button.tree-toggle').click();
  }

  /** Moves the focus with Tab, from the view switch onwards, until the chart has it (a keyboard user's way in). */
  async focusChartByTab(): Promise<void> {
    await this.chartView.focus();
    for (let step = 0; step < 30; step += 1) {
      await this.page.keyboard.press('Tab');
      if (await this.chart.evaluate((element) => element === document.activeElement)) return;
    }
    throw new Error('the sunburst cannot be reached with Tab');
  }

  /** Opens a node from its title link. */
  async openNode(code: string): Promise<void> {
    await this.row(code).locator('a.tree-title').click();
    await this.page.waitForURL((url) => url.pathname === `/obiettivi/${encodeURIComponent(code)}`);
  }
}
