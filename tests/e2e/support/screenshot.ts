/** Screenshots the journeys take, to look at as a user would: written to .tmp/screenshots/. */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { repoRoot } from './web-build.js';

export const screenshotFolder = join(repoRoot, '.tmp/screenshots');

export async function saveScreenshot(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<void> {
  mkdirSync(screenshotFolder, { recursive: true });
  await page.screenshot({ path: join(screenshotFolder, `${name}.png`), fullPage: options.fullPage ?? true });
}

/** GET an API path in the page's session, as JSON. */
export function apiGet<T>(page: Page, path: string): Promise<T> {
  return page.evaluate(async (url) => {
    const response = await fetch(url, { headers: { accept: 'application/json' } });
    if (!response.ok) throw new Error(`${url}: ${response.status}`);
    return response.json();
  }, path) as Promise<T>;
}

/** PATCH an API path in the page's session (CSRF token from /api/me), returning the status. */
export function apiPatch(page: Page, path: string, body: unknown): Promise<number> {
  return page.evaluate(async ({ url, payload }) => {
    const me = await (await fetch('/api/me')).json() as { csrfToken: string };
    const response = await fetch(url, { method: 'PATCH', headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken }, body: JSON.stringify(payload) });
    return response.status;
  }, { url: path, payload: body });
}
