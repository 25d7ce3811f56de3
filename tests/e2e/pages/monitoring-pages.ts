/**
 * The data-collection pages: Inserimento dati (/inserimento-dati), Validazione (/validazione),
 * Rilevazioni (/rilevazioni), Scostamenti (/scostamenti), Notifiche (/notifiche). Rows are found by
 * their measure code; controls by the names a user reads.
 */
import type { Locator, Page } from 'playwright-core';
import { SiteHeader } from './site-header.js';

export class EntryPage {
  readonly header: SiteHeader;
  readonly heading: Locator;
  readonly grid: Locator;

  constructor(readonly page: Page) {
    this.header = new SiteHeader(page);
    this.heading = page.getByRole('heading', { level: 1 });
    this.grid = page.getByTestId('entry-grid');
  }

  async open(search = ''): Promise<void> {
    await this.page.goto(`/inserimento-dati${search}`);
    await this.page.locator('[data-testid="entry-grid"], [data-testid="entry-empty"], [data-testid="measure-not-mine"]').first().waitFor();
  }

  row(measure: string): Locator {
    return this.grid.locator(`tr[data-measure="${measure}"]`);
  }

  valueInput(measure: string): Locator {
    return this.row(measure).getByTestId('entry-value');
  }

  notice(measure: string): Locator {
    return this.row(measure).getByTestId('row-notice');
  }

  async stateOf(measure: string): Promise<string | null> {
    return this.row(measure).getAttribute('data-state');
  }

  /** Waits until the row shows the given state (after the grid refreshed). */
  async waitForState(measure: string, state: string): Promise<void> {
    await this.grid.locator(`tr[data-measure="${measure}"][data-state="${state}"]`).waitFor();
  }

  button(measure: string, name: 'Salva bozza' | 'Invia per la validazione' | 'Ritira l’invio' | 'Note ed evidenze'): Locator {
    return this.row(measure).getByRole('button', { name: `${name} (${measure})` });
  }

  /** Opens the row's notes and evidence; returns the evidence panel. */
  async openDetails(measure: string): Promise<Locator> {
    await this.button(measure, 'Note ed evidenze').click();
    const panel = this.page.locator(`tr[data-measure="${measure}"] + tr.entry-details`).getByTestId('evidence-panel');
    await panel.waitFor();
    return panel;
  }
}

export class ValidationPage {
  readonly heading: Locator;
  readonly table: Locator;
  readonly status: Locator;
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.table = page.getByTestId('validation-table');
    this.status = page.getByTestId('validation-status');
    this.dialog = page.getByTestId('monitoring-dialog');
  }

  async open(search = ''): Promise<void> {
    await this.page.goto(`/validazione${search}`);
    await this.page.locator('[data-testid="validation-table"], [data-testid="validation-empty"]').first().waitFor();
  }

  row(measure: string): Locator {
    return this.table.locator(`tr[data-measure="${measure}"]`);
  }

  async reject(measure: string, reason: string): Promise<void> {
    await this.row(measure).getByRole('button', { name: `Respingi (${measure})` }).click();
    await this.dialog.getByLabel('Motivo del respingimento').fill(reason);
    await this.dialog.getByRole('button', { name: 'Respingi il valore' }).click();
    await this.dialog.waitFor({ state: 'detached' });
  }

  async validateAllSelected(): Promise<void> {
    await this.page.locator('label[for="select-all"]').click();
    await this.page.getByTestId('validate-selected').click();
  }
}
