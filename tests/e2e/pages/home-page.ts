/** The dashboard, the home page (/cruscotto, where / leads): the selected entity, the user's roles, the plan and its years. */
import type { Locator, Page } from 'playwright-core';
import { SiteHeader } from './site-header.js';

export class HomePage {
  readonly header: SiteHeader;
  readonly heading: Locator;
  readonly entityName: Locator;
  readonly roles: Locator;
  readonly planTitle: Locator;
  readonly planYears: Locator;
  readonly noPlans: Locator;

  constructor(readonly page: Page) {
    this.header = new SiteHeader(page);
    this.heading = page.getByRole('heading', { level: 1 });
    this.entityName = page.getByTestId('home-entity-name');
    this.roles = page.getByTestId('home-roles');
    this.planTitle = page.getByTestId('plan-title');
    this.planYears = page.getByTestId('plan-years');
    this.noPlans = page.getByTestId('no-plans');
  }

  async open(): Promise<void> {
    await this.page.goto('/');
    await this.entityName.waitFor();
  }

  /** Waits until the plans request has settled: a plan, the empty state, or an error is shown. */
  async waitForPlans(): Promise<void> {
    await this.page.locator('[data-testid="plan-title"], [data-testid="no-plans"], main [role="alert"]').first().waitFor();
  }

  /** The rows of the plan-years table as [year, status] texts. */
  async planYearRows(): Promise<Array<[string, string]>> {
    const rows = this.planYears.locator('tbody tr');
    const count = await rows.count();
    const result: Array<[string, string]> = [];
    for (let index = 0; index < count; index += 1) {
      const row = rows.nth(index);
      result.push([(await row.locator('th').innerText()).trim(), (await row.locator('td').first().innerText()).trim()]);
    }
    return result;
  }
}
