/**
 * Entry point of the web application: styles, languages, the query cache and the router. When any
 * API call answers 401 (the session expired or was closed elsewhere) the user is sent to the login
 * page and brought back afterwards.
 */
import 'bootstrap-italia/dist/css/bootstrap-italia.min.css';
import './styles/fonts.css';
import './styles/app.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { ApiError } from './api/api-client.js';
import { meQueryKey } from './api/session.js';
import { initI18n } from './i18n/i18n.js';
import { createAppRouter } from './router.js';
import { safeRedirectPath } from './shell/redirect-path.js';

function isSessionLost(error: unknown): boolean {
  return error instanceof ApiError && error.status === 401;
}

/** Retry network and server failures twice; a 4xx answer will not change by asking again. */
function shouldRetry(failureCount: number, error: unknown): boolean {
  if (error instanceof ApiError && error.status >= 400 && error.status < 500) return false;
  return failureCount < 2;
}

function onSessionLost(error: unknown): void {
  if (!isSessionLost(error)) return;
  const here = router.state.location.href;
  if (router.state.location.pathname === '/accedi') return;
  queryClient.setQueryData(meQueryKey, null);
  void router.navigate({ to: '/accedi', search: { redirect: safeRedirectPath(here) } });
}

const queryClient: QueryClient = new QueryClient({
  defaultOptions: { queries: { retry: shouldRetry, refetchOnWindowFocus: false } },
  queryCache: new QueryCache({ onError: onSessionLost }),
  mutationCache: new MutationCache({
    // A login or password form shows its own 401 (wrong credentials): only other mutations redirect.
    onError: (error, _variables, _context, mutation) => {
      if (mutation.options.meta?.handlesUnauthorized) return;
      onSessionLost(error);
    },
  }),
});

const router = createAppRouter(queryClient);

declare module '@tanstack/react-query' {
  interface Register {
    mutationMeta: { handlesUnauthorized?: boolean };
  }
}

void initI18n().then(() => {
  const container = document.getElementById('root');
  if (!container) throw new Error('index.html lacks #root');
  createRoot(container).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </StrictMode>,
  );
});
