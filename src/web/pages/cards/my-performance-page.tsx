/**
 * La mia performance: the caller's own cards of the workspace year — scores raw and adjusted with
 * their explanations, components and objectives, the workflow history, and the acknowledgement or
 * appeal buttons when it is their turn. Nobody else's card is listed (the API returns only one's own).
 */
import { Callout, CalloutText, CalloutTitle } from 'design-react-kit';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { LoadFailure, PerformanceGate, usePlanRef } from '../../components/score/workspace-plan.js';
import { useDocumentTitle } from '../../components/use-document-title.js';
import { CardBody } from './card-detail.js';
import { cardListQueryOptions } from './card-queries.js';

function MyCards() {
  const { t } = useTranslation();
  const plan = usePlanRef();
  const query = useQuery(cardListQueryOptions(plan.entityCode, plan.year, true));
  if (query.isPending) return <p role="status">{t('cards.common.loading')}</p>;
  if (query.isError) return <LoadFailure error={query.error} onRetry={() => void query.refetch()} />;
  if (query.data.length === 0) {
    return (
      <div data-testid="my-cards-empty"><Callout color="note">
        <CalloutTitle>{t('cards.mine.emptyTitle', { year: plan.year })}</CalloutTitle>
        <CalloutText>{t('cards.mine.emptyBody')}</CalloutText>
      </Callout></div>
    );
  }
  return (
    <>
      <p className="lead">{t('cards.mine.intro', { year: plan.year })}</p>
      {query.data.map((item) => (
        <div key={item.code} className="border-top pt-4 mt-4">
          {item.actions.length > 0 ? (
            <div className="alert alert-info" role="status" data-testid="my-turn">
              {t('cards.mine.yourTurn', { action: item.actions.map((action) => t(`cards.actions.${action}`)).join(', ') })}
            </div>
          ) : null}
          <CardBody entityCode={plan.entityCode} planCode={plan.planCode} item={item} headingLevel={2} editable={false} />
        </div>
      ))}
    </>
  );
}

export function MyPerformancePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('cards.mine.title'));
  return (
    <>
      <h1>{t('cards.mine.title')}</h1>
      <PerformanceGate><MyCards /></PerformanceGate>
    </>
  );
}
