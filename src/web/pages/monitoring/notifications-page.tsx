/**
 * Notifiche: the caller's inbox, newest first — what happened, when, a link to where to act, and
 * "mark as read" (one or all). Unread ones are marked with text, not only with a colour bar.
 */
import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { Button, Callout, CalloutText } from 'design-react-kit';
import { useTranslation } from 'react-i18next';
import { LoadFailure } from '../../components/score/workspace-plan.js';
import { useDocumentTitle } from '../../components/use-document-title.js';
import { formatDateTime } from '../../i18n/format.js';
import { useAppLanguage } from '../../i18n/use-app-language.js';
import { inboxKey, inboxQueryOptions, markAllNotificationsRead, markNotificationRead, type Notification } from './monitoring-queries.js';
import { notificationTarget } from './notification-link.js';
import { MonitoringTabs } from './monitoring-parts.js';
import './monitoring.css';

function NotificationItem({ item, onRead, busy }: { item: Notification; onRead: () => void; busy: boolean }) {
  const { t } = useTranslation();
  const { language, locale } = useAppLanguage();
  const title = item.title[language];
  const target = notificationTarget(item.subject.type, item.kind, item.link);
  const unread = item.readAt === null;
  return (
    <li className={`card card-bg mb-3 p-3${unread ? ' notification-unread' : ''}`} data-kind={item.kind} data-unread={unread ? 'yes' : 'no'}>
      <h2 className="h5 mb-1">{title}</h2>
      <p className="small text-muted mb-2">
        <strong>{unread ? t('monitoring.notifications.unread') : t('monitoring.notifications.read')}</strong> · {t('monitoring.notifications.received', { when: formatDateTime(item.createdAt, locale) })}
      </p>
      <p className="mb-2" data-testid="notification-body">{item.body[language]}</p>
      <div className="d-flex gap-3 align-items-center">
        <Link to={target.to} search={target.search} aria-label={t('monitoring.notifications.openFor', { title })} onClick={() => { if (unread) onRead(); }}>
          {t('monitoring.notifications.open')}
        </Link>
        {unread ? (
          <Button color="primary" outline size="xs" onClick={onRead} disabled={busy} aria-label={t('monitoring.notifications.markReadFor', { title })}>
            {t('monitoring.notifications.markRead')}
          </Button>
        ) : null}
      </div>
    </li>
  );
}

export function NotificationsPage() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [unreadOnly, setUnreadOnly] = useState(false);
  const inbox = useQuery(inboxQueryOptions(unreadOnly));
  const refresh = () => queryClient.invalidateQueries({ queryKey: inboxKey });
  const markOne = useMutation({ mutationFn: markNotificationRead, onSettled: refresh });
  const markAll = useMutation({ mutationFn: markAllNotificationsRead, onSettled: refresh });
  useDocumentTitle(t('monitoring.notifications.title'));
  const items = inbox.data?.items ?? [];
  return (
    <>
      <MonitoringTabs />
      <h1>{t('monitoring.notifications.title')}</h1>
      <p className="lead">{t('monitoring.notifications.intro')}</p>
      <div className="d-flex flex-wrap gap-4 align-items-center mb-3">
        <div className="form-check m-0">
          <input id="notifications-unread" type="checkbox" checked={unreadOnly} onChange={(event) => setUnreadOnly(event.target.checked)} />
          <label htmlFor="notifications-unread">{t('monitoring.notifications.unreadOnly')}</label>
        </div>
        <Button color="primary" outline size="sm" onClick={() => markAll.mutate()} disabled={markAll.isPending || (inbox.data?.unread ?? 0) === 0}>
          {t('monitoring.notifications.markAll')}
        </Button>
        {inbox.data ? <p className="small mb-0" role="status">{t('monitoring.notifications.count', { count: items.length, unread: inbox.data.unread })}</p> : null}
      </div>
      {inbox.error ? <LoadFailure error={inbox.error} onRetry={() => void inbox.refetch()} /> : null}
      {!inbox.data && !inbox.error ? <p role="status">{t('monitoring.common.loading')}</p> : null}
      {inbox.data && items.length === 0 ? (
        <Callout color="note" testId="notifications-empty"><CalloutText>{unreadOnly ? t('monitoring.notifications.emptyUnread') : t('monitoring.notifications.empty')}</CalloutText></Callout>
      ) : null}
      {items.length > 0 ? (
        <ul className="list-unstyled" data-testid="notification-list">
          {items.map((item) => <NotificationItem key={item.id} item={item} busy={markOne.isPending} onRead={() => markOne.mutate(item.id)} />)}
        </ul>
      ) : null}
    </>
  );
}
