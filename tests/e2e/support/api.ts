/** Calls the API in a page's session (cookie and CSRF token), for the steps a journey does not drive through a page. */
import type { Page } from 'playwright-core';

export interface ApiAnswer<T = unknown> { status: number; body: T }

export function apiCall<T = unknown>(page: Page, method: string, path: string, body?: unknown): Promise<ApiAnswer<T>> {
  return page.evaluate(async ({ method: verb, url, payload }) => {
    const me = await (await fetch('/api/me')).json() as { csrfToken: string };
    const response = await fetch(url, {
      method: verb,
      headers: { accept: 'application/json', ...(payload === undefined ? {} : { 'content-type': 'application/json' }), 'x-csrf-token': me.csrfToken },
      body: payload === undefined ? undefined : JSON.stringify(payload),
    });
    const text = await response.text();
    return { status: response.status, body: text === '' ? null : JSON.parse(text) };
  }, { method, url: path, payload: body }) as Promise<ApiAnswer<T>>;
}
