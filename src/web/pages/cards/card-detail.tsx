/**
 * One evaluation card as its people see it: who, role, year, evaluator, state; the numbers with their
 * explanations; the steps the caller may take now; the editor for the evaluator (while editable); the
 * history and, for auditors, the audit trail. Used by the card page and by La mia performance.
 */
import { Callout, CalloutText, CalloutTitle } from 'design-react-kit';
import { Link } from '@tanstack/react-router';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/api-client.js';
import { ExplanationProvider } from '../../components/explanation/explanation-context.js';
import { LoadFailure } from '../../components/score/workspace-plan.js';
import { CardEditor } from './card-editor.js';
import { CardExplanationProvider } from './card-explanation-dialog.js';
import { CardHistory } from './card-history.js';
import { cardQueryOptions, type CardItem } from './card-queries.js';
import { CardScoreSection } from './card-score-section.js';
import { CardWorkflowPanel } from './card-workflow-panel.js';

export function CardStateBadge({ state }: { state: CardItem['workflow']['state'] }) {
  const { t } = useTranslation();
  const colour = state === 'closed' ? 'bg-success' : state === 'appealed' ? 'bg-warning text-dark' : 'bg-primary';
  return <span className={`badge ${colour}`} data-testid="card-state">{t(`cards.states.${state}`)}</span>;
}

function CardHeader({ item, headingLevel }: { item: CardItem; headingLevel: 1 | 2 }) {
  const { t } = useTranslation();
  const { card } = item;
  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  return (
    <header className="mb-4">
      <Heading className={headingLevel === 1 ? undefined : 'h3'} data-testid="card-heading">{t('cards.card.title')}: {card.person.name}</Heading>
      <p className="lead mb-1">{t('cards.card.subtitle', { role: card.roleLabel ?? t(`cards.roles.${card.role}`), year: card.year })} · <code>{card.code}</code></p>
      <p className="mb-1">
        {card.evaluator ? `${t('cards.card.evaluatedBy', { name: card.evaluator.name ?? card.evaluator.code })} · ` : ''}
        {t('cards.common.state')}: <CardStateBadge state={item.workflow.state} />
      </p>
      {item.relations.length > 0 ? (
        <p className="small text-muted">{t('cards.card.yourRelation', { relations: item.relations.map((relation) => t(`cards.relations.${relation}`)).join(', ') })}</p>
      ) : null}
    </header>
  );
}

export function CardBody({ entityCode, planCode, item, headingLevel, editable }: { entityCode: string; planCode: string; item: CardItem; headingLevel: 1 | 2; editable: boolean }) {
  return (
    <ExplanationProvider>
      <CardExplanationProvider scope={{ entityCode, planCode, year: item.year }}>
        <article data-testid={`card-${item.code}`}>
          <CardHeader item={item} headingLevel={headingLevel} />
          <CardScoreSection entityCode={entityCode} item={item} />
          <CardWorkflowPanel entityCode={entityCode} item={item} />
          {editable && item.canEdit ? <CardEditor key={item.code} entityCode={entityCode} planCode={planCode} item={item} /> : null}
          <CardHistory entityCode={entityCode} item={item} />
        </article>
      </CardExplanationProvider>
    </ExplanationProvider>
  );
}

/** A card by code and year, with a clear page when the caller may not see it (403) or it does not exist (404). */
export function CardDetail({ entityCode, planCode, year, code }: { entityCode: string; planCode: string; year: number; code: string }) {
  const { t } = useTranslation();
  const query = useQuery(cardQueryOptions(entityCode, year, code));
  if (query.isPending) return <p role="status">{t('cards.common.loading')}</p>;
  if (query.isError) {
    const status = query.error instanceof ApiError ? query.error.status : 0;
    if (status === 403 || status === 404) {
      return (
        <div data-testid={status === 403 ? 'card-forbidden' : 'card-not-found'}><Callout color={status === 403 ? 'danger' : 'note'}>
          <CalloutTitle>{status === 403 ? t('cards.card.forbiddenTitle') : t('cards.card.notFoundTitle')}</CalloutTitle>
          <CalloutText>{status === 403 ? t('cards.card.forbiddenBody') : t('cards.card.notFoundBody', { code, year })}</CalloutText>
          <CalloutText><Link to="/la-mia-performance">{t('cards.card.backToMine')}</Link></CalloutText>
        </Callout></div>
      );
    }
    return <LoadFailure error={query.error} onRetry={() => void query.refetch()} />;
  }
  return <CardBody entityCode={entityCode} planCode={planCode} item={query.data} headingLevel={2} editable />;
}
