/** The indicator editor (/indicatori/:code): formula, targets, weight, rule, preview, save and conflicts. */
import type { Locator, Page } from 'playwright-core';

export class IndicatorPage {
  readonly heading: Locator;
  readonly formula: Locator;
  readonly formulaMessage: Locator;
  readonly errorMark: Locator;
  readonly suggestions: Locator;
  readonly weight: Locator;
  readonly rule: Locator;
  readonly save: Locator;
  readonly saveStatus: Locator;
  readonly previewValue: Locator;
  readonly previewResult: Locator;
  readonly conflict: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.formula = page.getByTestId('formula-input');
    this.formulaMessage = page.getByTestId('formula-message');
    this.errorMark = page.getByTestId('formula-error-mark');
    this.suggestions = page.getByTestId('formula-suggestions');
    this.weight = page.getByTestId('weight-input');
    this.rule = page.getByTestId('rule-select');
    this.save = page.getByTestId('indicator-save');
    this.saveStatus = page.getByTestId('indicator-save-status');
    this.previewValue = page.getByTestId('preview-value');
    this.previewResult = page.getByTestId('preview-result');
    this.conflict = page.getByTestId('conflict-dialog');
  }

  async open(code: string): Promise<void> {
    await this.page.goto(`/indicatori/${encodeURIComponent(code)}`);
    await this.formula.waitFor();
  }

  target(year: number): Locator {
    return this.page.getByTestId(`target-input-${year}`);
  }

  targetMessage(year: number): Locator {
    return this.page.getByTestId(`target-message-${year}`);
  }

  async typeFormula(text: string): Promise<void> {
    await this.formula.fill('');
    await this.formula.pressSequentially(text);
  }

  async saveAndWait(version: number): Promise<void> {
    await this.save.click();
    await this.saveStatus.getByText(`versione ${version}`).waitFor();
  }
}
