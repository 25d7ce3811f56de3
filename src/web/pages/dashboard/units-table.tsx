/** Each org unit's performance (the mean of the objectives assigned to it), with status and explanation. */
import { useTranslation } from 'react-i18next';
import { ExplanationButton } from '../../components/explanation/explanation-button.js';
import type { ExplanationScope } from '../../components/explanation/explanation-queries.js';
import { AchievementValue } from '../../components/score/achievement-value.js';
import type { PlanScores } from '../../components/score/score-queries.js';
import { StatusBadge } from '../../components/score/status-badge.js';

export function UnitsSection({ scores, scope }: { scores: PlanScores; scope: ExplanationScope }) {
  const { t } = useTranslation();
  const decimals = scores.policy.rounding.decimals;
  // Units with no objective assigned have nothing to show: they are counted, not listed.
  const units = scores.units.filter((unit) => unit.state !== 'no_target');
  const hidden = scores.units.length - units.length;
  return (
    <section className="dashboard-section" aria-labelledby="dashboard-units">
      <h2 id="dashboard-units" className="h3">{t('results.units.heading')}</h2>
      {units.length === 0 ? <p data-testid="units-empty">{t('results.units.empty')}</p> : (
        <div className="table-responsive">
          <table className="table table-sm" data-testid="units-table">
            <caption>{t('results.units.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('results.units.unit')}</th>
                <th scope="col" className="text-end">{t('results.units.score')}</th>
                <th scope="col">{t('results.units.status')}</th>
              </tr>
            </thead>
            <tbody>
              {units.map((unit) => (
                <tr key={unit.code}>
                  <th scope="row"><code>{unit.code}</code> {unit.name}</th>
                  <td className="text-end">
                    <ExplanationButton scope={scope} subject={{ kind: 'unit', code: unit.code }} label={`${unit.code} ${unit.name}`}>
                      <AchievementValue rounded={unit.rounded} decimals={decimals} />
                    </ExplanationButton>
                  </td>
                  <td><StatusBadge band={unit.band} state={unit.state} /></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {hidden > 0 ? <p className="small" data-testid="units-hidden">{t('results.units.hidden', { count: hidden })}</p> : null}
    </section>
  );
}
