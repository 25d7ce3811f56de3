/** The plan cycle pages (/ciclo, /ciclo/rimodulazioni/:n, /ciclo/validazione-oiv, /sterilizzazioni). */
import type { Locator, Page } from 'playwright-core';

export class CyclePage {
  readonly stepper: Locator;
  readonly state: Locator;
  readonly done: Locator;
  readonly trail: Locator;

  constructor(readonly page: Page) {
    this.stepper = page.getByTestId('cycle-stepper');
    this.state = page.getByTestId('cycle-state');
    this.done = page.getByTestId('cycle-done');
    this.trail = page.getByTestId('cycle-trail');
  }

  async open(): Promise<void> {
    await this.page.goto('/ciclo');
    await this.stepper.waitFor();
  }

  /** The step the stepper marks as current (aria-current="step"). */
  currentStep(): Promise<string | null> {
    return this.stepper.locator('[aria-current="step"]').getAttribute('data-state');
  }

  step(state: string): Locator {
    return this.stepper.locator(`li[data-state="${state}"]`);
  }

  dialog(kind: string): Locator {
    return this.page.getByTestId(`cycle-dialog-${kind}`);
  }

  /** Clicks a transition's button and confirms its dialog; waits for the success message. */
  async run(kind: 'start_monitoring' | 'close' | 'freeze'): Promise<void> {
    await this.page.getByTestId(`cycle-action-${kind}`).click();
    await this.dialog(kind).getByTestId(`cycle-dialog-${kind}-confirm`).click();
    await this.done.waitFor();
    await this.dialog(kind).waitFor({ state: 'detached' });
  }

  /** Fills an act's fields (prefix approve, revision or suspension). */
  async fillAct(prefix: string, act: { kind: string; number: string; date: string; body?: string }): Promise<void> {
    await this.page.locator(`#${prefix}-kind`).selectOption(act.kind);
    await this.page.locator(`#${prefix}-number`).fill(act.number);
    await this.page.locator(`#${prefix}-date`).fill(act.date);
    if (act.body) await this.page.locator(`#${prefix}-body`).fill(act.body);
  }

  /** The trail's rows as [action, user]. */
  async trailRows(): Promise<string[][]> {
    return this.trail.locator('tbody tr').evaluateAll((rows) => rows.map((row) => [row.getAttribute('data-action') ?? '', row.querySelector('[data-testid="trail-user"]')?.textContent ?? '']));
  }
}
