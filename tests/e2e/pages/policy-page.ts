/** The scoring policy page (/smvp): the form, the what-if and the revision history. */
import type { Locator, Page } from 'playwright-core';
import { SiteHeader } from './site-header.js';

export class PolicyPage {
  readonly header: SiteHeader;
  readonly heading: Locator;
  readonly inForce: Locator;
  readonly form: Locator;
  readonly changed: Locator;
  readonly simulateButton: Locator;
  readonly saveButton: Locator;
  readonly saveDialog: Locator;
  readonly saved: Locator;
  readonly whatIfResult: Locator;
  readonly whatIfEntity: Locator;
  readonly whatIfTable: Locator;
  readonly whatIfSummary: Locator;
  readonly history: Locator;
  readonly errors: Locator;

  constructor(readonly page: Page) {
    this.header = new SiteHeader(page);
    this.heading = page.getByRole('heading', { level: 1 });
    this.inForce = page.getByTestId('policy-in-force');
    this.form = page.getByTestId('policy-form');
    this.changed = page.getByTestId('policy-changed');
    this.simulateButton = page.getByTestId('policy-simulate');
    this.saveButton = page.getByTestId('policy-save');
    this.saveDialog = page.getByTestId('policy-save-dialog');
    this.saved = page.getByTestId('policy-saved');
    this.whatIfResult = page.getByTestId('what-if-result');
    this.whatIfEntity = page.getByTestId('what-if-entity');
    this.whatIfTable = page.getByTestId('what-if-table');
    this.whatIfSummary = page.getByTestId('what-if-summary');
    this.history = page.getByTestId('policy-history');
    this.errors = page.getByTestId('policy-errors');
  }

  async open(): Promise<void> {
    await this.page.goto('/smvp');
    await this.form.waitFor();
  }

  field(path: string): Locator {
    return this.page.locator(`#policy-${path.replaceAll('.', '-')}`);
  }

  async setNumber(path: string, value: string): Promise<void> {
    await this.field(path).fill(value);
  }

  async choose(path: string, value: string): Promise<void> {
    await this.field(path).selectOption(value);
  }

  async simulate(): Promise<void> {
    await this.simulateButton.click();
    await this.whatIfResult.or(this.errors).first().waitFor();
  }

  /** The rows of the what-if table as { kind, code, cells }. */
  async changes(): Promise<Array<{ kind: string; code: string; cells: string[] }>> {
    return this.whatIfTable.locator('tbody tr').evaluateAll((rows) => rows.map((row) => ({
      kind: row.getAttribute('data-kind') ?? '',
      code: row.getAttribute('data-code') ?? '',
      cells: [...row.querySelectorAll('td')].map((cell) => (cell as HTMLElement).innerText.trim()),
    })));
  }

  async save(note: string): Promise<void> {
    await this.saveButton.click();
    await this.saveDialog.locator('#policy-save-note').fill(note);
    await this.saveDialog.getByTestId('policy-save-confirm').click();
    await this.saved.waitFor();
  }
}
