/**
 * Size budget of the first route (the login page) in the production build: route-level code splitting
 * keeps the shell small; a library pulled into the entry by mistake (all of ECharts, say) fails here.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { measureRouteBundle } from './support/route-bundle.js';
import { ensureWebBuild } from './support/web-build.js';

const FIRST_ROUTE_JS_GZIP_BUDGET = 150 * 1024;

describe('first route bundle', () => {
  beforeAll(() => ensureWebBuild());

  it('keeps the login route JavaScript under budget (gzipped)', () => {
    const bundle = measureRouteBundle(['pages/login-page.tsx']);
    expect(bundle.jsGzipBytes, bundle.files.join(', ')).toBeLessThan(FIRST_ROUTE_JS_GZIP_BUDGET);
  });

  it('does not load the signed-in pages or ECharts before login', () => {
    const bundle = measureRouteBundle(['pages/login-page.tsx']);
    expect(bundle.chunkKeys.filter((key) => /app-layout|home-page|change-password-page/.test(key))).toEqual([]);
    expect(bundle.jsText).not.toContain('_echarts_instance_');
  });
});
