/** The individual-performance pages reachable from the cards list: cards, calibration, fund — each only when the caller may use it. */
import { Link, useRouterState } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useCardPagesAccess } from './card-access.js';

export function CardsSubnav() {
  const { t } = useTranslation();
  const access = useCardPagesAccess();
  const pathname = useRouterState({ select: (state) => state.location.pathname });
  const links = [
    { to: '/schede' as const, label: t('cards.nav.cards'), shown: access.cards },
    { to: '/calibrazione' as const, label: t('cards.nav.calibration'), shown: access.calibration },
    { to: '/fondo' as const, label: t('cards.nav.fund'), shown: access.fund },
  ].filter((link) => link.shown);
  if (links.length < 2) return null;
  return (
    <nav aria-label={t('cards.nav.section')} className="mb-4">
      <ul className="nav nav-tabs">
        {links.map((link) => (
          <li className="nav-item" key={link.to}>
            <Link to={link.to} className={pathname === link.to ? 'nav-link active' : 'nav-link'} {...(pathname === link.to ? { 'aria-current': 'page' as const } : {})}>{link.label}</Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
