/**
 * The navigation bar. Only sections that exist are listed; on small screens the bar collapses behind
 * a menu button (design-react-kit's Collapse handles focus, Escape and the overlay).
 */
import { useState } from 'react';
import { Collapse, Header, HeaderContent, HeaderToggler, Icon, Nav, NavItem } from 'design-react-kit';
import { Link, useRouterState } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useCanAdminister } from '../pages/admin/admin-access.js';
import { isMonitoringPath, monitoringHome, useMonitoringAbilities } from '../pages/monitoring/monitoring-access.js';
import { useCardPagesAccess, type CardPagesAccess } from '../pages/cards/card-access.js';

const sections = [
  { to: '/cruscotto', label: 'nav.home' },
  { to: '/albero', label: 'performance.nav.tree' },
  { to: '/misure', label: 'performance.nav.measures' },
  { to: '/importa', label: 'imports.nav' },
  { to: '/smvp', label: 'smvp.nav' },
  // The data-collection pages (rilevazioni, inserimento, validazione, scostamenti): one entry leading to
  // the role's first page; the pages link to each other.
  { to: 'monitoring', label: 'monitoring.nav.section', monitoring: true },
  { to: '/ciclo', label: 'lifecycle.nav' },
  // Individual performance: one's own cards; the cards list (calibration and fund link from it).
  { to: '/la-mia-performance', label: 'cards.nav.mine', cards: 'mine' },
  { to: '/schede', label: 'cards.nav.cards', cards: 'cards' },
  { to: '/documenti', label: 'documents.nav' },
  { to: '/amministrazione', label: 'admin.nav', adminOnly: true },
] as const satisfies ReadonlyArray<{ to: string; label: string; adminOnly?: true; monitoring?: true; cards?: keyof CardPagesAccess }>;

export function MainNavigation() {
  const { t } = useTranslation();
  const [isOpen, setOpen] = useState(false);
  const pathname = useRouterState({ select: (state) => state.location.pathname });
  const canAdminister = useCanAdminister();
  const monitoringTo = monitoringHome(useMonitoringAbilities());
  const cardAccess: CardPagesAccess = useCardPagesAccess();
  const shown = (section: (typeof sections)[number]) =>
    ('adminOnly' in section ? canAdminister : true) && ('monitoring' in section ? monitoringTo !== null : true)
    && ('cards' in section ? cardAccess[section.cards] : true);
  const targetOf = (section: (typeof sections)[number]) => ('monitoring' in section ? monitoringTo ?? '/cruscotto' : section.to);
  const isActive = (section: (typeof sections)[number]) => ('monitoring' in section ? isMonitoringPath(pathname)
    : section.to === '/schede' ? ['/schede', '/calibrazione', '/fondo'].some((path) => pathname.startsWith(path)) : pathname === section.to);
  return (
    <Header type="navbar" theme="">
      <HeaderContent expand="lg" megamenu aria-label={t('header.mainNavigation')} id="main-navigation" tabIndex={-1}>
        <HeaderToggler
          onClick={() => setOpen(!isOpen)}
          aria-controls="main-navigation-menu"
          isOpen={isOpen}
          aria-label={t('header.openMenu')}
        >
          <Icon icon="it-burger" aria-hidden="true" />
        </HeaderToggler>
        <Collapse
          id="main-navigation-menu"
          isOpen={isOpen}
          navbar
          header
          onOverlayClick={() => setOpen(false)}
          closeSrText={t('header.closeMenu')}
          aria-label={isOpen ? t('header.mainNavigation') : undefined}
        >
          <div className="menu-wrapper">
            <Nav navbar>
              {sections.filter(shown).map((section) => {
                const active = isActive(section);
                return (
                  <NavItem key={section.to} active={active}>
                    <Link to={targetOf(section)} {...('monitoring' in section && active ? { 'aria-current': 'page' as const } : {})} className={active ? 'nav-link active' : 'nav-link'} onClick={() => setOpen(false)}>
                      <span>{t(section.label)}</span>
                    </Link>
                  </NavItem>
                );
              })}
            </Nav>
          </div>
        </Collapse>
      </HeaderContent>
    </Header>
  );
}
