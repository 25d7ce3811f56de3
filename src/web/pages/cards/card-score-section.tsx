/**
 * The card's numbers: the final evaluation (frozen at the proposal, changed only by an appeal), the
 * score computed now (raw and adjusted), each component and each objective with its weight and
 * achievement. Every number opens its explanation; the problems say why a card has no score yet.
 */
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { CardExplanation } from '../../../core/evaluation/card-explanation.js';
import { ProblemAlert } from '../../components/problem-alert.js';
import { formatDateTime } from '../../i18n/format.js';
import { useAppLanguage } from '../../i18n/use-app-language.js';
import { CardNumber } from './card-explanation-dialog.js';
import { pointsText, weightText } from './card-format.js';
import { cardScoreQueryOptions, type CardItem, type CardScore } from './card-queries.js';

function FinalScore({ item, root }: { item: CardItem; root: CardExplanation | undefined }) {
  const { t } = useTranslation();
  const { locale } = useAppLanguage();
  const { finalScore, appeal } = item.workflow;
  if (!finalScore) return null;
  const decided = appeal?.outcome === 'accepted';
  const label = t('cards.card.finalFrozen');
  return (
    <div className="col-md-6 mb-3">
      <div className="card card-bg h-100"><div className="card-body">
        <h3 className="h6">{label}</h3>
        <p className="display-6 mb-1" data-testid="card-final-score">
          {decided ? <span>{pointsText(finalScore.adjusted ?? finalScore.raw, locale)}</span>
            : <CardNumber node={root} label={label} value={pointsText(finalScore.adjusted ?? finalScore.raw, locale)} />}
        </p>
        <p className="small mb-1">{t('cards.common.raw')}: <span data-testid="card-final-raw">{pointsText(finalScore.raw, locale)}</span></p>
        {decided && appeal ? (
          <p className="small mb-0" data-testid="card-final-appeal">
            {t('cards.card.appealOutcomes.accepted')} — {appeal.decidedBy} {appeal.decidedAt ? `(${formatDateTime(appeal.decidedAt, locale)})` : ''}: «{appeal.note}».{' '}
            {t('cards.card.scoreBefore')}: {pointsText(appeal.scoreBefore?.adjusted ?? appeal.scoreBefore?.raw ?? null, locale)}
          </p>
        ) : <p className="small text-muted mb-0">{t('cards.card.finalFrozenHelp')}</p>}
      </div></div>
    </div>
  );
}

function LiveScore({ score }: { score: CardScore }) {
  const { t } = useTranslation();
  const { locale } = useAppLanguage();
  const label = t('cards.card.live');
  return (
    <div className="col-md-6 mb-3">
      <div className="card card-bg h-100"><div className="card-body">
        <h3 className="h6">{label}</h3>
        <p className="display-6 mb-1">
          {score.rounded.adjusted === null ? t('cards.common.noScore')
            : <CardNumber node={score.explanation} label={`${label} (${t('cards.common.adjusted')})`} value={pointsText(score.rounded.adjusted, locale)} testId="card-live-adjusted" />}
        </p>
        <p className="small mb-1">
          {t('cards.common.raw')}:{' '}
          <CardNumber node={score.explanation} label={`${label} (${t('cards.common.raw')})`} value={pointsText(score.raw, locale, 4)} testId="card-live-raw" />
        </p>
        <p className="small text-muted mb-0">{t('cards.card.liveHelp')}</p>
      </div></div>
    </div>
  );
}

function ScoreTable({ caption, rows, testId }: { caption: string; testId: string; rows: { key: string; code?: string; label: string; weight: number | null; node: CardExplanation }[] }) {
  const { t } = useTranslation();
  const { locale } = useAppLanguage();
  if (rows.length === 0) return null;
  return (
    <div className="table-responsive">
      <table className="table table-sm" data-testid={testId}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{caption}</th>
            <th scope="col" className="text-end">{t('cards.common.weight')}</th>
            <th scope="col" className="text-end">{t('cards.common.achievement')} ({t('cards.common.raw').toLowerCase()})</th>
            <th scope="col" className="text-end">{t('cards.common.adjusted')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.code ? <code className="me-1">{row.code}</code> : null}{row.label}</th>
              <td className="text-end">{weightText(row.weight, locale)}</td>
              <td className="text-end"><CardNumber node={row.node} label={row.label} value={pointsText(row.node.raw, locale, 4)} /></td>
              <td className="text-end"><CardNumber node={row.node} label={row.label} value={pointsText(row.node.adjusted, locale, 4)} /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function CardScoreSection({ entityCode, item }: { entityCode: string; item: CardItem }) {
  const { t } = useTranslation();
  const { language } = useAppLanguage();
  const query = useQuery(cardScoreQueryOptions(entityCode, item.year, item.code));
  if (query.isPending) return <p role="status">{t('cards.common.loading')}</p>;
  if (query.isError) return <ProblemAlert title={t('cards.common.loadFailed')} error={query.error} />;
  const score = query.data;
  const components = score.explanation.children.filter((child) => child.kind === 'component');
  const objectives = components.find((child) => child.code === 'objectives')?.children ?? [];
  const behaviours = components.find((child) => child.code === 'behaviours')?.children ?? [];
  const weightOf = (node: CardExplanation) => node.weight?.given ?? null;
  return (
    <section aria-labelledby={`score-${item.code}`} className="mb-4">
      <h2 id={`score-${item.code}`} className="h4">{t('cards.card.scoreTitle')}</h2>
      <div className="row">
        <FinalScore item={item} root={score.explanation} />
        <LiveScore score={score} />
      </div>
      {score.problems.length > 0 ? (
        <div className="alert alert-warning" role="status" data-testid="card-problems">
          <h3 className="h6">{t('cards.card.problemsTitle')}</h3>
          <ul className="mb-0">{score.problems.map((problem) => <li key={problem.code + problem.path}>{problem.message[language]} <code>{problem.path}</code></li>)}</ul>
        </div>
      ) : null}
      <ScoreTable caption={t('cards.card.componentsTitle')} testId="card-components"
        rows={components.map((node) => ({ key: node.code, label: t(`cards.components.${node.code}`, { defaultValue: node.label[language] }), weight: weightOf(node), node }))} />
      <ScoreTable caption={t('cards.card.objectivesTitle')} testId="card-objectives"
        rows={objectives.map((node) => ({ key: node.code, code: node.code, label: node.label[language], weight: weightOf(node), node }))} />
      <ScoreTable caption={t('cards.card.behavioursTitle')} testId="card-behaviours"
        rows={behaviours.map((node) => ({ key: node.code, code: node.code, label: node.label[language], weight: weightOf(node), node }))} />
    </section>
  );
}
