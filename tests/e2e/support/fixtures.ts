/**
 * Vitest fixtures of the browser journeys: one server and one browser per test file, a fresh browser
 * profile (cookies, localStorage) per test.
 */
import { test as base } from 'vitest';
import { launchChromium, newItalianContext } from './chromium.js';
import { startTestServer } from './test-server.js';

export const test = base
  .extend('server', { scope: 'file' }, async ({}, { onCleanup }) => {
    const server = await startTestServer();
    onCleanup(() => server.close());
    return server;
  })
  .extend('browser', { scope: 'file' }, async ({}, { onCleanup }) => {
    const browser = await launchChromium();
    onCleanup(() => browser.close());
    return browser;
  })
  .extend('page', async ({ browser, server }, { onCleanup }) => {
    const context = await newItalianContext(browser, server.baseUrl);
    onCleanup(() => context.close());
    return context.newPage();
  });

export { demo } from './demo-accounts.js';
