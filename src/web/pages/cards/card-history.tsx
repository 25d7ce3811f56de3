/**
 * What happened on a card: the feedback note and the appeal (reason, outcome, decision), every
 * workflow step with who took it and when, and — for whoever reads the audit trail (stp, sg, oiv) —
 * the audit entries of the card's content and of its workflow.
 */
import { useQueries } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../i18n/format.js';
import { useAppLanguage } from '../../i18n/use-app-language.js';
import { useWorkspace } from '../../workspace/workspace-context.js';
import { canInEntity } from '../admin/admin-access.js';
import { pointsText } from './card-format.js';
import { cardAuditQueryOptions, type AuditItem, type CardItem } from './card-queries.js';

function Notes({ item }: { item: CardItem }) {
  const { t } = useTranslation();
  const { locale } = useAppLanguage();
  const { feedback, appeal } = item.workflow;
  if (!feedback && !appeal) return null;
  return (
    <dl className="row" data-testid="card-notes">
      {feedback ? (<><dt className="col-sm-4">{t('cards.card.feedback')}</dt><dd className="col-sm-8">{feedback}</dd></>) : null}
      {appeal ? (
        <>
          <dt className="col-sm-4">{t('cards.card.appealTitle')} — {t('cards.card.appealReason')}</dt>
          <dd className="col-sm-8">{appeal.reason} ({formatDateTime(appeal.filedAt, locale)})</dd>
          {appeal.outcome ? (
            <>
              <dt className="col-sm-4">{t('cards.card.appealOutcome')}</dt>
              <dd className="col-sm-8" data-testid="card-appeal-outcome">
                {t(`cards.card.appealOutcomes.${appeal.outcome}`)} — {appeal.decidedBy}: «{appeal.note}»
                {appeal.scoreBefore ? ` — ${t('cards.card.scoreBefore')}: ${pointsText(appeal.scoreBefore.adjusted ?? appeal.scoreBefore.raw, locale)}` : ''}
              </dd>
            </>
          ) : null}
        </>
      ) : null}
    </dl>
  );
}

function StepsTable({ item }: { item: CardItem }) {
  const { t } = useTranslation();
  const { locale } = useAppLanguage();
  const { history } = item.workflow;
  if (history.length === 0) return <p>{t('cards.history.empty')}</p>;
  return (
    <div className="table-responsive">
      <table className="table table-sm" data-testid="card-history">
        <caption>{t('cards.history.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('cards.history.when')}</th>
            <th scope="col">{t('cards.history.step')}</th>
            <th scope="col">{t('cards.history.who')}</th>
            <th scope="col">{t('cards.history.fromTo')}</th>
            <th scope="col">{t('cards.history.note')}</th>
          </tr>
        </thead>
        <tbody>
          {history.map((step) => (
            <tr key={`${step.at}-${step.action}`} data-action={step.action}>
              <td>{formatDateTime(step.at, locale)}</td>
              <th scope="row">{t(`cards.actions.${step.action}`)}</th>
              <td data-testid="card-history-user">{step.by}</td>
              <td>{t(`cards.states.${step.from}`)} → {t(`cards.states.${step.to}`)}</td>
              <td>{step.note ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function AuditTable({ entityCode, item }: { entityCode: string; item: CardItem }) {
  const { t } = useTranslation();
  const { locale } = useAppLanguage();
  const objects = [
    { type: 'evaluation_card', id: item.auditIds.card },
    ...(item.auditIds.workflow ? [{ type: 'evaluation_card_workflow', id: item.auditIds.workflow }] : []),
  ];
  const queries = useQueries({ queries: objects.map((object) => cardAuditQueryOptions(entityCode, object.type, object.id)) });
  if (queries.some((query) => query.isPending)) return <p role="status">{t('common.loading')}</p>;
  const entries: AuditItem[] = queries.flatMap((query) => query.data ?? []).sort((a, b) => a.at.localeCompare(b.at) || a.id - b.id);
  return (
    <div className="table-responsive">
      <table className="table table-sm" data-testid="card-audit">
        <caption>{t('cards.history.auditCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('cards.history.when')}</th>
            <th scope="col">{t('cards.history.auditAction')}</th>
            <th scope="col">{t('cards.history.auditObject')}</th>
            <th scope="col">{t('cards.history.who')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => {
            const action = entry.action.startsWith('workflow.')
              ? t(`cards.actions.${entry.action.slice('workflow.'.length)}` as 'cards.actions.assign', { defaultValue: entry.action })
              : t(`cards.history.auditActions.${entry.action}` as 'cards.history.auditActions.update', { defaultValue: entry.action });
            return (
              <tr key={entry.id} data-action={entry.action}>
                <td>{formatDateTime(entry.at, locale)}</td>
                <th scope="row">{action}</th>
                <td>{t(`cards.history.auditObjects.${entry.objectType}`, { defaultValue: entry.objectType })}</td>
                <td>{entry.username ?? '—'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

export function CardHistory({ entityCode, item }: { entityCode: string; item: CardItem }) {
  const { t } = useTranslation();
  const { me, entity } = useWorkspace();
  const readsAudit = canInEntity(me, entity, 'audit.read');
  return (
    <section aria-labelledby={`history-${item.code}`} className="mb-4">
      <h2 id={`history-${item.code}`} className="h4">{t('cards.history.title')}</h2>
      <Notes item={item} />
      <StepsTable item={item} />
      {readsAudit ? (
        <>
          <h3 className="h5 mt-3">{t('cards.history.auditTitle')}</h3>
          <AuditTable entityCode={entityCode} item={item} />
        </>
      ) : null}
    </section>
  );
}
