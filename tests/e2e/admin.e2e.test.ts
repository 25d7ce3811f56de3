/**
 * The administration in Chromium against the real server with the demo data: the stp creates a user
 * with a scoped role (who then logs in), disables the account after confirmation (login refused),
 * creates, changes and closes an org unit, renames the entity; readers are kept out; English; axe on
 * each section; screenshots in .tmp/screenshots.
 */
import { describe, expect } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { AdminPage } from './pages/admin-page.js';
import { LoginPage } from './pages/login-page.js';
import { seriousAccessibilityViolations } from './support/accessibility.js';
import { newItalianContext } from './support/chromium.js';
import { demo, test } from './support/fixtures.js';
import { apiGet, saveScreenshot } from './support/screenshot.js';

const SLOW_START = 180_000;

interface UnitBody { id: string; code: string; name: string; validTo: string | null }

async function openAdmin(page: Page, section: 'utenti' | 'unita' | 'ente', username: string = demo.stp.username): Promise<AdminPage> {
  const login = new LoginPage(page);
  await login.open();
  await login.logInAndWait(username, demo.stp.password);
  const admin = new AdminPage(page);
  await admin.open(section);
  return admin;
}

/** Tries to log in in a fresh browser profile: true when the dashboard opens. */
async function canLogIn(browser: Browser, baseUrl: string, username: string, password: string): Promise<boolean> {
  const context = await newItalianContext(browser, baseUrl);
  try {
    const login = new LoginPage(await context.newPage());
    await login.open();
    await login.logIn(username, password);
    await login.page.locator('main [role="alert"], [data-testid="home-entity-name"]').first().waitFor();
    return new URL(login.page.url()).pathname === '/cruscotto'; // the home, where login leads
  } finally {
    await context.close();
  }
}

describe('administration', { timeout: SLOW_START }, () => {
  test('the stp creates a user with a scoped role, who can log in; disabling the account keeps them out', async ({ page, browser, server }) => {
    const admin = await openAdmin(page, 'utenti');
    await admin.usersTable.waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    const units = await apiGet<{ items: UnitBody[] }>(page, '/api/entities/DEMO/org-units');
    const area2 = units.items.find((unit) => unit.code === 'A2')!;
    await admin.createUser({
      username: 'mario.rossi', displayName: 'Mario Rossi', email: 'mario.rossi@esempio.camcom.it', password: 'password-iniziale-1',
      roles: ['dirigente'], scope: { role: 'dirigente', units: [area2.id] },
    });
    await admin.notice.getByText('Utente mario.rossi creato.').waitFor();
    const row = admin.userRow('mario.rossi');
    expect(await row.innerText()).toContain('Dirigente — limitato a A2');
    expect(await row.innerText()).toContain('Attivo');
    const users = await apiGet<{ items: { username: string; roles: { role: string; scopeUnitIds: string[] }[] }[] }>(page, '/api/entities/DEMO/users');
    expect(users.items.find((user) => user.username === 'mario.rossi')!.roles).toEqual([{ role: 'dirigente', scopeUnitIds: [area2.id] }]);
    expect(await canLogIn(browser, server.baseUrl, 'mario.rossi', 'password-iniziale-1')).toBe(true);
    await saveScreenshot(page, 'admin-users-it-desktop');

    await row.getByRole('button', { name: 'Disattiva Mario Rossi' }).click();
    await page.getByRole('dialog').getByText('Disattivare l’account di Mario Rossi?').waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await admin.confirm();
    await admin.notice.getByText('Account di mario.rossi disattivato.').waitFor();
    await row.getByText('Disattivato').waitFor();
    expect(await canLogIn(browser, server.baseUrl, 'mario.rossi', 'password-iniziale-1')).toBe(false);
  });

  test('shows the server\'s field errors on the user form (username taken, short password)', async ({ page }) => {
    const admin = await openAdmin(page, 'utenti');
    await admin.usersTable.waitFor();
    await admin.createUser({ username: 'sg', displayName: 'Omonimo', email: 'omonimo@esempio.camcom.it', password: 'corta', roles: ['lettore'] });
    await page.locator('#user-new-password-error').waitFor();
    expect(await admin.userForm.locator('#user-new-password').getAttribute('aria-invalid')).toBe('true');
    await admin.userForm.locator('#user-new-password').fill('abbastanza-lunga');
    await admin.userForm.getByTestId('user-form-submit').click();
    await admin.userForm.getByText('Nome utente già in uso.').waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });

  test('creates an org unit under an area, changes it and closes it after confirmation', async ({ page }) => {
    const admin = await openAdmin(page, 'unita');
    await admin.unitsTable.waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.getByTestId('unit-create').click();
    await admin.unitForm.locator('#unit-new-code').fill('A2.S1.U3');
    await admin.unitForm.locator('#unit-new-name').fill('Ufficio Turismo e cultura');
    const units = await apiGet<{ items: UnitBody[] }>(page, '/api/entities/DEMO/org-units');
    await admin.unitForm.locator('#unit-new-parent').selectOption(units.items.find((unit) => unit.code === 'A2.S1')!.id);
    await admin.unitForm.locator('#unit-new-validFrom').fill('2026-03-01');
    await admin.unitForm.getByTestId('unit-form-submit').click();
    await admin.notice.getByText('Unità A2.S1.U3 creata.').waitFor();
    const row = admin.unitRow('A2.S1.U3');
    expect(await row.innerText()).toContain('dal 01/03/2026');
    // In the org chart it follows its parent's other offices.
    const order = await admin.unitsTable.locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-code')));
    expect(order.indexOf('A2.S1.U3')).toBe(order.indexOf('A2.S1.U2') + 1);

    await row.getByRole('button', { name: /^Modifica/ }).click();
    await admin.unitForm.locator('input[id$="-name"]').fill('Ufficio Turismo, cultura e attrattività');
    await admin.unitForm.getByTestId('unit-form-submit').click();
    await admin.notice.getByText('Unità A2.S1.U3 aggiornata.').waitFor();
    expect(await row.innerText()).toContain('Ufficio Turismo, cultura e attrattività');

    await row.getByRole('button', { name: /^Chiudi/ }).click();
    await page.locator('#unit-close-date').fill('2026-12-31');
    await admin.confirm();
    await admin.notice.getByText('Unità A2.S1.U3 chiusa.').waitFor();
    expect(await row.innerText()).toContain('dal 01/03/2026 al 31/12/2026');
    const closed = (await apiGet<{ items: UnitBody[] }>(page, '/api/entities/DEMO/org-units')).items.find((unit) => unit.code === 'A2.S1.U3')!;
    expect(closed).toMatchObject({ name: 'Ufficio Turismo, cultura e attrattività', validTo: '2026-12-31' });
    await saveScreenshot(page, 'admin-units-it-desktop');
  });

  test('renames the entity, in English', async ({ page }) => {
    const admin = await openAdmin(page, 'ente');
    await admin.header.switchLanguage('en');
    await page.getByRole('heading', { level: 2, name: 'Entity data' }).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.locator('#entity-name').fill('Camera di Commercio di Esempio e Dintorni');
    await page.getByTestId('entity-form-submit').click();
    await admin.notice.getByText('Entity data saved.').waitFor();
    expect((await apiGet<{ name: string }>(page, '/api/entities/DEMO')).name).toBe('Camera di Commercio di Esempio e Dintorni');
    await page.getByTestId('slim-entity-name').getByText('Camera di Commercio di Esempio e Dintorni').waitFor();
    await saveScreenshot(page, 'admin-entity-en-desktop');
  });

  test('is reserved: a reader sees why and no administration in the menu', async ({ page }) => {
    const admin = await openAdmin(page, 'utenti', 'lettore');
    await admin.forbidden.waitFor();
    expect(await admin.header.navigation.getByRole('link', { name: 'Amministrazione' }).count()).toBe(0);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });
});
