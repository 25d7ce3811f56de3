/**
 * /schede/:code — one evaluation card for the evaluator, the person evaluated, the appeal reviewer and
 * whoever reads every card: numbers with explanations, steps, editor, history. Someone else's card is
 * a clear "not allowed" page (the API answers 403).
 */
import { useParams, useSearch } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PerformanceGate, usePlanRef } from '../../components/score/workspace-plan.js';
import { useDocumentTitle } from '../../components/use-document-title.js';
import { CardDetail } from './card-detail.js';

function CardContent() {
  const plan = usePlanRef();
  const { cardCode } = useParams({ from: '/app/schede/$cardCode' });
  const search = useSearch({ from: '/app/schede/$cardCode' });
  return <CardDetail entityCode={plan.entityCode} planCode={plan.planCode} year={search.anno ?? plan.year} code={cardCode} />;
}

export function CardPage() {
  const { t } = useTranslation();
  const { cardCode } = useParams({ from: '/app/schede/$cardCode' });
  useDocumentTitle(`${t('cards.card.title')} ${cardCode}`);
  return (
    <>
      <h1>{t('cards.card.title')} <code>{cardCode}</code></h1>
      <PerformanceGate><CardContent /></PerformanceGate>
    </>
  );
}
