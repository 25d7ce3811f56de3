/** The explanation dialog opened by any number of the results pages. */
import type { Locator, Page } from 'playwright-core';

export class ExplanationDialog {
  readonly root: Locator;
  readonly title: Locator;
  readonly summary: Locator;
  readonly score: Locator;
  readonly inputs: Locator;
  readonly members: Locator;
  readonly backButton: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByRole('dialog');
    this.title = this.root.locator('#explanation-title');
    this.summary = this.root.getByTestId('explanation-summary');
    this.score = this.root.getByTestId('explanation-score');
    this.inputs = this.root.getByTestId('explanation-inputs');
    this.members = this.root.getByTestId('explanation-members');
    this.backButton = this.root.getByTestId('explanation-back');
  }

  async waitForContent(): Promise<void> {
    await this.root.getByTestId('explanation-content').waitFor();
  }

  /** Opens the explanation of a member listed in the current one (by its code or label). */
  async openMember(name: string | RegExp): Promise<void> {
    await this.members.getByRole('button', { name }).first().click();
    await this.backButton.waitFor();
    await this.waitForContent();
  }

  /** The facts of the summary as [term, description] texts. */
  async facts(): Promise<Array<[string, string]>> {
    const terms = await this.summary.locator('dt').allInnerTexts();
    const values = await this.summary.locator('dd').allInnerTexts();
    return terms.map((term, index) => [term.trim(), (values[index] ?? '').trim()]);
  }

  async close(): Promise<void> {
    await this.page.keyboard.press('Escape');
    await this.root.waitFor({ state: 'hidden' });
  }
}
