/**
 * Indicators at risk: "a rischio" against the expected progress during the year, "non raggiunto" at
 * its end; worst first, with the objective (linked to its page), value, target, score and status.
 */
import { useMemo } from 'react';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ExplanationButton } from '../../components/explanation/explanation-button.js';
import type { ExplanationScope } from '../../components/explanation/explanation-queries.js';
import { plainValueText } from '../../components/explanation/explanation-words.js';
import { AchievementValue } from '../../components/score/achievement-value.js';
import type { PlanScores } from '../../components/score/score-queries.js';
import { StatusBadge } from '../../components/score/status-badge.js';
import { useAppLanguage } from '../../i18n/use-app-language.js';
import { indicatorsAtRisk } from './dashboard-data.js';

export function AtRiskSection({ scores, scope }: { scores: PlanScores; scope: ExplanationScope }) {
  const { t } = useTranslation();
  const { language, locale } = useAppLanguage();
  const rows = useMemo(() => indicatorsAtRisk(scores), [scores]);
  const decimals = scores.policy.rounding.decimals;
  return (
    <section className="dashboard-section" aria-labelledby="dashboard-risk">
      <h2 id="dashboard-risk" className="h3">{t('results.risk.heading')}</h2>
      <p>{scores.interim ? t('results.risk.introInterim') : t('results.risk.introFinal')}</p>
      {rows.length === 0 ? <p data-testid="risk-empty">{t('results.risk.empty')}</p> : (
        <div className="table-responsive">
          <table className="table table-sm" data-testid="risk-table">
            <caption>{t('results.risk.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('results.risk.indicator')}</th>
                <th scope="col">{t('results.risk.objective')}</th>
                <th scope="col" className="text-end">{t('results.risk.value')}</th>
                <th scope="col">{t('results.risk.target')}</th>
                <th scope="col" className="text-end">{t('results.risk.score')}</th>
                <th scope="col">{t('results.risk.status')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map(({ indicator, node }) => (
                <tr key={indicator.code}>
                  <th scope="row"><code>{indicator.code}</code> {indicator.name}</th>
                  <td>
                    <Link to="/obiettivi/$nodeCode" params={{ nodeCode: indicator.nodeCode }}>
                      <code>{indicator.nodeCode}</code> {node?.title}
                    </Link>
                  </td>
                  <td className="text-end">{plainValueText(indicator.value, language, locale) ?? '—'}</td>
                  <td>{indicator.target ?? '—'}</td>
                  <td className="text-end">
                    <ExplanationButton scope={scope} subject={{ kind: 'indicator', code: indicator.code }} label={`${indicator.code} ${indicator.name}`}>
                      <AchievementValue rounded={indicator.rounded} decimals={decimals} />
                    </ExplanationButton>
                  </td>
                  <td><StatusBadge band={indicator.band} state={indicator.state} /></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
