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
import { validateMeasuresSearch, validatePeriodSearch, validateTreeSearch } from './pages/tree/tree-search.js';
import { validateAdminSearch } from './pages/admin/admin-search.js';
import { validateSuspensionSearch } from './pages/cycle/suspension-search.js';
import { validateMonitoringSearch } from './pages/monitoring/monitoring-search.js';
import { prefetchForWorkspace } from './workspace/workspace-prefetch.js';
import { validateCardSearch, validateCardsListSearch } from './pages/cards/card-search.js';

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
    prefetchForWorkspace(context.queryClient, me, async () => undefined); // the plans, while the page's code loads
    return { me };
  },
  component: lazyRouteComponent(() => import('./shell/app-layout.js'), 'AppLayout'),
});

/** The home is the dashboard: `/` (the logo, bookmarks, the way back after login) leads there. */
const homeRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/',
  beforeLoad: () => {
    throw redirect({ to: '/cruscotto', replace: true });
  },
});

const changePasswordRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/profilo/password',
  component: lazyRouteComponent(() => import('./pages/change-password-page.js'), 'ChangePasswordPage'),
});

const treeRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/albero',
  validateSearch: validateTreeSearch,
  loaderDeps: ({ search }) => ({ periodo: search.periodo }),
  loader: ({ context, deps }) => {
    void import('./pages/tree/tree-prefetch.js').then(({ prefetchTree }) => prefetchTree(context.queryClient, context.me, deps.periodo));
  },
  component: lazyRouteComponent(() => import('./pages/tree/tree-page.js'), 'TreePage'),
});

const nodeRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/obiettivi/$nodeCode',
  validateSearch: validatePeriodSearch,
  component: lazyRouteComponent(() => import('./pages/node/node-page.js'), 'NodePage'),
});

const indicatorRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/indicatori/$indicatorCode',
  component: lazyRouteComponent(() => import('./pages/indicator/indicator-page.js'), 'IndicatorPage'),
});

const measuresRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/misure',
  validateSearch: validateMeasuresSearch,
  component: lazyRouteComponent(() => import('./pages/measures/measures-page.js'), 'MeasuresPage'),
});

const measureRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/misure/$measureCode',
  component: lazyRouteComponent(() => import('./pages/measures/measure-page.js'), 'MeasurePage'),
});

const importRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/importa',
  component: lazyRouteComponent(() => import('./pages/import/import-page.js'), 'ImportPage'),
});

const dashboardRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/cruscotto',
  validateSearch: validatePeriodSearch,
  component: lazyRouteComponent(() => import('./pages/dashboard/dashboard-page.js'), 'DashboardPage'),
});

const policyRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/smvp',
  component: lazyRouteComponent(() => import('./pages/policy/policy-page.js'), 'PolicyPage'),
});

const documentsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/documenti',
  component: lazyRouteComponent(() => import('./pages/documents/documents-page.js'), 'DocumentsPage'),
});

const adminRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/amministrazione',
  validateSearch: validateAdminSearch,
  component: lazyRouteComponent(() => import('./pages/admin/admin-page.js'), 'AdminPage'),
});

const campaignsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/rilevazioni',
  validateSearch: validateMonitoringSearch,
  component: lazyRouteComponent(() => import('./pages/monitoring/campaigns-page.js'), 'CampaignsPage'),
});

const entryRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/inserimento-dati',
  validateSearch: validateMonitoringSearch,
  component: lazyRouteComponent(() => import('./pages/monitoring/entry-page.js'), 'EntryPage'),
});

const validationRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/validazione',
  validateSearch: validateMonitoringSearch,
  component: lazyRouteComponent(() => import('./pages/monitoring/validation-page.js'), 'ValidationPage'),
});

const deviationsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/scostamenti',
  validateSearch: validateMonitoringSearch,
  component: lazyRouteComponent(() => import('./pages/monitoring/deviations-page.js'), 'DeviationsPage'),
});

const notificationsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/notifiche',
  component: lazyRouteComponent(() => import('./pages/monitoring/notifications-page.js'), 'NotificationsPage'),
});

const cycleRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/ciclo',
  component: lazyRouteComponent(() => import('./pages/cycle/cycle-page.js'), 'CyclePage'),
});

const revisionRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/ciclo/rimodulazioni/$number',
  component: lazyRouteComponent(() => import('./pages/cycle/revision-page.js'), 'RevisionPage'),
});

const oivRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/ciclo/validazione-oiv',
  component: lazyRouteComponent(() => import('./pages/cycle/oiv-page.js'), 'OivPage'),
});

const suspensionsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/sterilizzazioni',
  validateSearch: validateSuspensionSearch,
  component: lazyRouteComponent(() => import('./pages/cycle/suspensions-page.js'), 'SuspensionsPage'),
});

const myPerformanceRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/la-mia-performance',
  component: lazyRouteComponent(() => import('./pages/cards/my-performance-page.js'), 'MyPerformancePage'),
});

const cardsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/schede',
  validateSearch: validateCardsListSearch,
  component: lazyRouteComponent(() => import('./pages/cards/cards-list-page.js'), 'CardsListPage'),
});

const cardRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/schede/$cardCode',
  validateSearch: validateCardSearch,
  component: lazyRouteComponent(() => import('./pages/cards/card-page.js'), 'CardPage'),
});

const calibrationRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/calibrazione',
  component: lazyRouteComponent(() => import('./pages/cards/calibration-page.js'), 'CalibrationPage'),
});

const fundRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/fondo',
  component: lazyRouteComponent(() => import('./pages/cards/fund-page.js'), 'FundPage'),
});

const routeTree = rootRoute.addChildren([
  loginRoute,
  loginAliasRoute,
  appRoute.addChildren([homeRoute, changePasswordRoute, treeRoute, nodeRoute, indicatorRoute, measuresRoute, measureRoute, importRoute,
    dashboardRoute, policyRoute, documentsRoute, adminRoute, campaignsRoute, entryRoute, validationRoute, deviationsRoute, notificationsRoute,
    cycleRoute, revisionRoute, oivRoute, suspensionsRoute,
    myPerformanceRoute, cardsRoute, cardRoute, calibrationRoute, fundRoute]),
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
