/**
 * The frame of every signed-in page: skip links, header with navigation and workspace switches, the
 * page in <main>, footer. After each navigation focus moves to <main> so keyboard and screen-reader
 * users start reading the new page, not the header again.
 */
import { useEffect, useRef } from 'react';
import { useMutation, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { Outlet, useNavigate, useRouterState } from '@tanstack/react-router';
import i18next from 'i18next';
import { useTranslation } from 'react-i18next';
import { registerFeatureTexts } from '../i18n/feature-texts.js';
import { meQueryKey, meQueryOptions, logOut, type Me } from '../api/session.js';
import { WorkspaceProvider, useWorkspace } from '../workspace/workspace-context.js';
import { NotificationBadge } from '../pages/monitoring/notification-badge.js';
import { LanguageSwitch } from './language-switch.js';
import { MainNavigation } from './main-navigation.js';
import { SiteFooter } from './site-footer.js';
import { SiteHeader } from './site-header.js';
import { SkipLinks } from './skip-links.js';
import { UserMenu } from './user-menu.js';
import { WorkspaceBar } from './workspace-bar.js';

// The signed-in pages' texts come with this frame, not with the login page.
registerFeatureTexts(i18next);

function useFocusMainOnNavigation() {
  const main = useRef<HTMLElement>(null);
  const pathname = useRouterState({ select: (state) => state.location.pathname });
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    main.current?.focus();
  }, [pathname]);
  return main;
}

function SignedInFrame({ me }: { me: Me }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { entity } = useWorkspace();
  const main = useFocusMainOnNavigation();
  const logout = useMutation({
    mutationFn: logOut,
    meta: { handlesUnauthorized: true },
    onSettled: async () => {
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== meQueryKey[0] });
      queryClient.setQueryData(meQueryKey, null);
      await navigate({ to: '/accedi' });
    },
  });

  const slimRight = (
    <div className="d-flex align-items-center">
      <NotificationBadge />
      <LanguageSwitch />
      <UserMenu
        displayName={me.user.displayName}
        isSystemAdmin={me.user.isSystemAdmin}
        onLogout={() => logout.mutate()}
        loggingOut={logout.isPending}
      />
    </div>
  );

  return (
    <>
      <SkipLinks withNavigation />
      <SiteHeader
        slimTitle={entity?.name ?? t('app.tagline')}
        slimRight={slimRight}
        navigation={<MainNavigation />}
        workspace={<WorkspaceBar />}
      />
      <main id="main-content" ref={main} tabIndex={-1} className="container-xxl shell-content py-4">
        <Outlet />
      </main>
      <SiteFooter />
    </>
  );
}

export function AppLayout() {
  const { data: me } = useSuspenseQuery(meQueryOptions);
  // No session any more: whoever cleared it (logout, or a 401 seen by main.tsx) is navigating to login.
  if (!me) return null;
  return (
    <WorkspaceProvider me={me}>
      <SignedInFrame me={me} />
    </WorkspaceProvider>
  );
}
