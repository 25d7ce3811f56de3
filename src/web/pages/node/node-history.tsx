/**
 * The node's history: events recorded in the plan (introduced, modified, eliminated, with the
 * approving act) and the changes recorded in the audit trail (who, when, which fields). The audit
 * trail is readable by some roles only; others are told so.
 */
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/api-client.js';
import { problemMessage } from '../../components/problem-alert.js';
import { formatDate, formatDateTime } from '../../i18n/format.js';
import { useAppLanguage } from '../../i18n/use-app-language.js';
import { auditHistoryQueryOptions, type AuditEntryItem, type PlanNodeItem } from './node-queries.js';

const CHANGE_KEYS = ['introduced', 'modified', 'eliminated'] as const;
const IGNORED = new Set(['version', 'updatedAt', 'updated_at', 'createdAt']);

/** The fields whose value differs between before and after. */
export function changedFields(entry: Pick<AuditEntryItem, 'before' | 'after'>): string[] {
  const before = (entry.before ?? {}) as Record<string, unknown>;
  const after = (entry.after ?? {}) as Record<string, unknown>;
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].filter((key) => !IGNORED.has(key) && JSON.stringify(before[key]) !== JSON.stringify(after[key])).sort();
}

function PlanHistory({ node }: { node: PlanNodeItem }) {
  const { t } = useTranslation();
  const { locale } = useAppLanguage();
  if (node.history.length === 0) return <p>{t('performance.node.noPlanHistory')}</p>;
  return (
    <ul className="list-unstyled">
      {node.history.map((event, i) => {
        const change = (CHANGE_KEYS as readonly string[]).includes(event.change) ? t(`performance.node.change.${event.change as (typeof CHANGE_KEYS)[number]}`) : event.change;
        const act = event.act ? t('performance.node.actNumber', { body: event.act.body ?? event.act.kind, number: event.act.number, date: event.act.date ? formatDate(event.act.date, locale) : '' }) : '';
        return <li key={i}><strong>{event.year}</strong> · {change}{act ? ` · ${act}` : ''}{event.note ? ` – ${event.note}` : ''}</li>;
      })}
    </ul>
  );
}

function AuditTrail({ entityCode, node }: { entityCode: string; node: PlanNodeItem }) {
  const { t } = useTranslation();
  const { locale, language } = useAppLanguage();
  const audit = useQuery(auditHistoryQueryOptions(entityCode, 'node', node.id));
  if (audit.isPending) return <p role="status">{t('common.loading')}</p>;
  if (audit.isError) {
    const forbidden = audit.error instanceof ApiError && audit.error.status === 403;
    return <p data-testid="node-audit-unavailable">{forbidden ? t('performance.node.auditForbidden') : problemMessage(audit.error, language)}</p>;
  }
  if (audit.data.length === 0) return <p>{t('performance.node.auditNone')}</p>;
  return (
    <div className="table-responsive position-relative">
      <table className="table table-sm" data-testid="node-audit">
        <caption>{t('performance.node.auditCaption')}</caption>
        <thead><tr><th scope="col">{t('performance.node.auditWhen')}</th><th scope="col">{t('performance.node.auditWho')}</th><th scope="col">{t('performance.node.auditWhat')}</th></tr></thead>
        <tbody>
          {audit.data.map((entry) => (
            <tr key={entry.id}>
              <td>{formatDateTime(entry.at, locale)}</td>
              <td>{entry.username ?? '—'}</td>
              <td>{changedFields(entry).join(', ') || entry.action}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function NodeHistory({ entityCode, node }: { entityCode: string; node: PlanNodeItem }) {
  const { t } = useTranslation();
  return (
    <>
      <h3 className="h5">{t('performance.node.planHistory')}</h3>
      <PlanHistory node={node} />
      <h3 className="h5">{t('performance.node.auditTrail')}</h3>
      <AuditTrail entityCode={entityCode} node={node} />
    </>
  );
}
