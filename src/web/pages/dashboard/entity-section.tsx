/**
 * The entity's organisational performance: its published score and status, and the components it is
 * composed of (weight given, normalised share, score, status), read from the entity's explanation.
 */
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useComponentLabel } from '../../components/explanation/component-labels.js';
import { ExplanationButton } from '../../components/explanation/explanation-button.js';
import { explanationQueryOptions, type ExplanationScope } from '../../components/explanation/explanation-queries.js';
import { itemStateOf } from '../../components/explanation/explanation-summary.js';
import { AchievementValue } from '../../components/score/achievement-value.js';
import type { PlanScores } from '../../components/score/score-queries.js';
import { StatusBadge } from '../../components/score/status-badge.js';
import { formatNumber } from '../../i18n/format.js';
import { useAppLanguage } from '../../i18n/use-app-language.js';

function ComponentsTable({ scope }: { scope: ExplanationScope }) {
  const { t } = useTranslation();
  const { locale } = useAppLanguage();
  const query = useQuery(explanationQueryOptions(scope, { kind: 'entity' }));
  const componentLabel = useComponentLabel(scope.entityCode, scope.year);
  if (query.isPending) return <p role="status">{t('results.dashboard.loading')}</p>;
  if (query.isError || !query.data) return null;
  const entity = query.data;
  const components = entity.children.filter((child) => child.kind === 'component');
  if (components.length === 0) return <p>{t('results.entity.noComponents')}</p>;
  const weightOf = (code: string) => entity.weights.find((weight) => weight.kind === 'component' && weight.code === code);
  return (
    <div className="table-responsive">
      <table className="table table-sm" data-testid="entity-components">
        <caption>{t('results.entity.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('results.entity.component')}</th>
            <th scope="col" className="text-end">{t('results.entity.weight')}</th>
            <th scope="col" className="text-end">{t('results.entity.share')}</th>
            <th scope="col" className="text-end">{t('results.entity.score')}</th>
            <th scope="col">{t('results.entity.status')}</th>
          </tr>
        </thead>
        <tbody>
          {components.map((component) => {
            const weight = weightOf(component.code);
            const label = componentLabel(component.code, component.label);
            return (
              <tr key={component.code}>
                <th scope="row">{label}</th>
                <td className="text-end">{weight?.given == null ? '—' : formatNumber(weight.given, { locale })}</td>
                <td className="text-end">{weight?.included && weight.normalised !== null ? formatNumber(weight.normalised, { locale, decimals: 2 }) : '—'}</td>
                <td className="text-end">
                  <ExplanationButton scope={scope} subject={{ kind: 'component', code: component.code }} label={label}>
                    <AchievementValue rounded={component.value.rounded} decimals={component.value.decimals} />
                  </ExplanationButton>
                </td>
                <td><StatusBadge band={component.band} state={itemStateOf(component.state)} /></td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

export function EntitySection({ scores, scope }: { scores: PlanScores; scope: ExplanationScope }) {
  const { t } = useTranslation();
  const { entity } = scores;
  return (
    <section className="dashboard-section" aria-labelledby="dashboard-entity">
      <h2 id="dashboard-entity" className="h3">{t('results.entity.heading')}</h2>
      <div className="dashboard-headline" data-testid="entity-score">
        <span className="dashboard-headline-name">{entity.name}</span>
        <ExplanationButton scope={scope} subject={{ kind: 'entity' }} label={t('results.entity.heading')} testId="entity-score-button">
          <span className="dashboard-headline-value"><AchievementValue rounded={entity.rounded} decimals={scores.policy.rounding.decimals} /></span>
        </ExplanationButton>
        <StatusBadge band={entity.band} state={entity.state} />
      </div>
      <h3 className="h5 mt-3">{t('results.entity.components')}</h3>
      <ComponentsTable scope={scope} />
    </section>
  );
}
