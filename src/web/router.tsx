/**
 * Code-based routes. Every page component is lazy (its own chunk), so the first route loads only the
 * shell code it needs. Authentication is checked in `beforeLoad` against GET /api/me (cached by
 * TanStack Query): signed-out users go to /accedi and come back to where they were after login.
 */
import type { QueryClient } from '@tanstack/react-query';
import {
  createRootRouteWithContext, createRoute, createRouter, lazyRouteComponent, redirect,
} from '@tanstack/react-router';
import { meQueryOptions } from './api/session.js';
import { RouteError } from './shell/route-error.js';
import { RoutePending } from './shell/route-pending.js';
import { safeRedirectPath } from './shell/redirect-path.js';

export interface RouterContext {
  queryClient: QueryClient;
}

const rootRoute = createRootRouteWithContext<RouterContext>()({
  notFoundComponent: lazyRouteComponent(() => import('./pages/not-found-page.js'), 'NotFoundPage'),
});

interface LoginSearch {
  redirect?: string;
}

const loginRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/accedi',
  validateSearch: (search: Record<string, unknown>): LoginSearch => {
    const path = safeRedirectPath(search.redirect);
    return path ? { redirect: path } : {};
  },
  beforeLoad: async ({ context, search }) => {
    // If the session cannot be checked (server unreachable), show the form: submitting it will say why.
    const me = await context.queryClient.ensureQueryData(meQueryOptions).catch(() => null);
    if (me) throw redirect({ href: search.redirect ?? '/' });
  },
  component: lazyRouteComponent(() => import('./pages/login-page.js'), 'LoginPage'),
});

/** English-speaking users and bookmarks may try /login: same page. */
const loginAliasRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/login',
  beforeLoad: () => {
    throw redirect({ to: '/accedi' });
  },
});

const appRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'app',
  beforeLoad: async ({ context, location }) => {
    const me = await context.queryClient.ensureQueryData(meQueryOptions);
    if (!me) throw redirect({ to: '/accedi', search: { redirect: location.href } });
    return { me };
  },
  component: lazyRouteComponent(() => import('./shell/app-layout.js'), 'AppLayout'),
});

const homeRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/',
  component: lazyRouteComponent(() => import('./pages/home-page.js'), 'HomePage'),
});

const changePasswordRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/profilo/password',
  component: lazyRouteComponent(() => import('./pages/change-password-page.js'), 'ChangePasswordPage'),
});

const routeTree = rootRoute.addChildren([
  loginRoute,
  loginAliasRoute,
  appRoute.addChildren([homeRoute, changePasswordRoute]),
]);

export function createAppRouter(queryClient: QueryClient) {
  return createRouter({
    routeTree,
    context: { queryClient },
    defaultErrorComponent: RouteError,
    defaultPendingComponent: RoutePending,
    defaultPreload: 'intent',
    scrollRestoration: true,
  });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
