/** A node of the tree (/obiettivi/:code): details, result and explanation, indicators, children, lint, history. */
import type { Locator, Page } from 'playwright-core';

export class NodePage {
  readonly heading: Locator;
  readonly details: Locator;
  readonly description: Locator;
  readonly result: Locator;
  readonly explanation: Locator;
  readonly indicators: Locator;
  readonly children: Locator;
  readonly budget: Locator;
  readonly audit: Locator;
  readonly lint: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.details = page.getByTestId('node-details');
    this.description = page.getByTestId('rich-text');
    this.result = page.getByTestId('score-result');
    this.explanation = page.getByTestId('score-explanation');
    this.indicators = page.getByTestId('node-indicators');
    this.children = page.getByTestId('node-children');
    this.budget = page.getByTestId('node-budget');
    this.audit = page.getByTestId('node-audit');
    this.lint = page.locator('section[aria-labelledby="node-lint-heading"]');
  }

  async open(code: string, search = ''): Promise<void> {
    await this.page.goto(`/obiettivi/${encodeURIComponent(code)}${search}`);
    await this.details.waitFor();
  }

  async showExplanation(): Promise<void> {
    await this.page.getByTestId('score-explanation-toggle').click();
    await this.explanation.waitFor();
  }
}
