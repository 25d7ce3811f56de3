/**
 * /schede — the evaluation cards of the workspace year the caller may see (those they evaluate or whose
 * appeals they decide; every card for stp, sg and oiv), filtered by workflow state, each opening its page.
 */
import { Callout, CalloutText, CalloutTitle } from 'design-react-kit';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { CARD_STATES } from '../../../core/evaluation/card-workflow.js';
import { LoadFailure, PerformanceGate, usePlanRef } from '../../components/score/workspace-plan.js';
import { CardsSubnav } from './cards-subnav.js';
import { useDocumentTitle } from '../../components/use-document-title.js';
import { useAppLanguage } from '../../i18n/use-app-language.js';
import { CardStateBadge } from './card-detail.js';
import { pointsText } from './card-format.js';
import { cardListQueryOptions } from './card-queries.js';

function CardsTable() {
  const { t } = useTranslation();
  const { locale } = useAppLanguage();
  const plan = usePlanRef();
  const search = useSearch({ from: '/app/schede' });
  const navigate = useNavigate({ from: '/schede' });
  const query = useQuery(cardListQueryOptions(plan.entityCode, plan.year));
  if (query.isPending) return <p role="status">{t('cards.common.loading')}</p>;
  if (query.isError) return <LoadFailure error={query.error} onRetry={() => void query.refetch()} />;
  if (query.data.length === 0) {
    return (
      <div data-testid="cards-empty"><Callout color="note">
        <CalloutTitle>{t('cards.list.emptyTitle')}</CalloutTitle>
        <CalloutText>{t('cards.list.emptyBody', { year: plan.year })}</CalloutText>
      </Callout></div>
    );
  }
  const items = query.data.filter((item) => search.stato === undefined || item.workflow.state === search.stato);
  return (
    <>
      <div className="select-wrapper mb-4" style={{ maxWidth: '24rem' }}>
        <label htmlFor="cards-state-filter">{t('cards.list.filter')}</label>
        <select id="cards-state-filter" value={search.stato ?? ''} onChange={(event) => void navigate({ search: event.target.value === '' ? {} : { stato: event.target.value } })}>
          <option value="">{t('cards.list.allStates')}</option>
          {CARD_STATES.map((state) => <option key={state} value={state}>{t(`cards.states.${state}`)}</option>)}
        </select>
      </div>
      {items.length === 0 ? <p data-testid="cards-empty-filtered">{t('cards.list.emptyFiltered')}</p> : (
        <div className="table-responsive">
          <table className="table" data-testid="cards-table">
            <caption>{t('cards.list.caption', { year: plan.year, count: items.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('cards.common.person')}</th>
                <th scope="col">{t('cards.common.role')}</th>
                <th scope="col">{t('cards.common.unit')}</th>
                <th scope="col">{t('cards.common.evaluator')}</th>
                <th scope="col">{t('cards.common.state')}</th>
                <th scope="col" className="text-end">{t('cards.list.finalScore')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((item) => (
                <tr key={item.code} data-code={item.code}>
                  <th scope="row"><Link to="/schede/$cardCode" params={{ cardCode: item.code }} search={{ anno: item.year }}>{item.card.person.name}</Link> <code className="small">{item.code}</code></th>
                  <td>{item.card.roleLabel ?? t(`cards.roles.${item.card.role}`)}</td>
                  <td>{item.card.orgUnit ?? '—'}</td>
                  <td>{item.card.evaluator?.name ?? item.card.evaluator?.code ?? '—'}</td>
                  <td><CardStateBadge state={item.workflow.state} /></td>
                  <td className="text-end">{item.workflow.finalScore ? pointsText(item.workflow.finalScore.adjusted ?? item.workflow.finalScore.raw, locale) : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

export function CardsListPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('cards.list.title'));
  return (
    <>
      <h1>{t('cards.list.title')}</h1>
      <CardsSubnav />
      <PerformanceGate><CardsIntro /><CardsTable /></PerformanceGate>
    </>
  );
}

function CardsIntro() {
  const { t } = useTranslation();
  const plan = usePlanRef();
  return <p className="lead">{t('cards.list.intro', { year: plan.year })}</p>;
}
