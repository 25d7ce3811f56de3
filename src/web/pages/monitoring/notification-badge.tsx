/**
 * The header's link to the inbox with the unread count (polled every minute). The count is part of the
 * link's accessible name, so screen readers hear "Notifiche, 3 non lette".
 */
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { Icon } from 'design-react-kit';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../i18n/format.js';
import { useAppLanguage } from '../../i18n/use-app-language.js';
import { inboxQueryOptions } from './monitoring-queries.js';
import './monitoring.css';

export function NotificationBadge() {
  const { t } = useTranslation();
  const { locale } = useAppLanguage();
  const inbox = useQuery({ ...inboxQueryOptions(true), select: (data) => data.unread });
  const unread = inbox.data ?? 0;
  const label = unread > 0 ? t('monitoring.notifications.badgeUnread', { count: unread }) : t('monitoring.notifications.badge');
  return (
    <Link to="/notifiche" className="notification-badge" aria-label={label} data-testid="notification-badge" data-unread={unread}>
      <Icon icon="it-mail" size="sm" aria-hidden="true" />
      <span className="d-none d-lg-inline" aria-hidden="true">{t('monitoring.notifications.badge')}</span>
      {unread > 0 ? <span className="badge bg-danger" aria-hidden="true">{formatNumber(unread, { locale })}</span> : null}
    </Link>
  );
}
