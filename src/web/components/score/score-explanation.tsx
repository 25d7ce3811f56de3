/**
 * How a score was computed, from the API's explanation: value raw and adjusted, rule, target, the
 * formula's value and its inputs (with provenance), the members' weights (given and normalised) and
 * why items were left out. Members are listed one level down; each can be opened on its own page.
 */
import { useTranslation } from 'react-i18next';
import { formatNumber, formatPercent } from '../../i18n/format.js';
import { useAppLanguage } from '../../i18n/use-app-language.js';
import { AchievementValue } from './achievement-value.js';
import type { ScoreExplanation } from './score-queries.js';
import { StatusBadge } from './status-badge.js';

function plainValue(value: number | boolean | string | null, locale: string, yes: string, no: string): string {
  if (value === null) return '—';
  if (typeof value === 'boolean') return value ? yes : no;
  if (typeof value === 'number') return formatNumber(value, { locale });
  return value;
}

function ExplanationFacts({ explanation }: { explanation: ScoreExplanation }) {
  const { t } = useTranslation();
  const { locale, language } = useAppLanguage();
  const { value, target, formula, rule, adjustments, manual } = explanation;
  const show = (v: number | boolean | string | null) => plainValue(v, locale, t('performance.common.yes'), t('performance.common.no'));
  return (
    <dl className="row mb-2 explanation-facts">
      <dt className="col-sm-4">{t('performance.explanation.raw')}</dt>
      <dd className="col-sm-8">{value.raw === null ? '—' : formatPercent(value.raw, { locale, decimals: value.decimals })}</dd>
      {value.adjusted !== null && value.adjusted !== value.raw ? (
        <>
          <dt className="col-sm-4">{t('performance.explanation.adjusted')}</dt>
          <dd className="col-sm-8">{formatPercent(value.adjusted, { locale, decimals: value.decimals })}</dd>
        </>
      ) : null}
      {rule ? (<><dt className="col-sm-4">{t('performance.explanation.rule')}</dt><dd className="col-sm-8">{t(`performance.rules.${rule}`, { defaultValue: rule })}</dd></>) : null}
      {target ? (<><dt className="col-sm-4">{t('performance.explanation.target')}</dt><dd className="col-sm-8">{target.text}</dd></>) : null}
      {formula ? (<><dt className="col-sm-4">{t('performance.explanation.formulaValue')}</dt><dd className="col-sm-8"><code>{formula.source}</code> = {show(formula.value)}</dd></>) : null}
      {adjustments.cap !== null ? (<><dt className="col-sm-4">{t('performance.explanation.cap')}</dt><dd className="col-sm-8">{formatPercent(adjustments.cap, { locale })}</dd></>) : null}
      {adjustments.tolerance !== null ? (<><dt className="col-sm-4">{t('performance.explanation.tolerance')}</dt><dd className="col-sm-8">{formatPercent(adjustments.tolerance, { locale })}</dd></>) : null}
      {manual ? (<><dt className="col-sm-4">{t('performance.explanation.manual')}</dt><dd className="col-sm-8">{formatPercent(manual.achievement, { locale })} – {manual.justification}</dd></>) : null}
      {explanation.exclusion ? (<><dt className="col-sm-4">{t('performance.explanation.excluded')}</dt><dd className="col-sm-8">{explanation.exclusion.reason[language]}</dd></>) : null}
    </dl>
  );
}

function ExplanationInputs({ explanation }: { explanation: ScoreExplanation }) {
  const { t } = useTranslation();
  const { locale } = useAppLanguage();
  if (explanation.inputs.length === 0) return null;
  return (
    <div className="table-responsive position-relative"><table className="table table-sm">
      <caption>{t('performance.explanation.inputs')}</caption>
      <thead><tr><th scope="col">{t('performance.explanation.measure')}</th><th scope="col">{t('performance.explanation.value')}</th><th scope="col">{t('performance.explanation.source')}</th></tr></thead>
      <tbody>
        {explanation.inputs.map((input) => (
          <tr key={`${input.measure}-${input.year}-${input.period ?? ''}`}>
            <th scope="row"><code>{input.measure}</code> {input.name} ({input.period ?? input.year})</th>
            <td>{input.value === null ? t('performance.explanation.noValue') : plainValue(input.value, locale, t('performance.common.yes'), t('performance.common.no'))}</td>
            <td>{[input.source, input.enteredBy, input.state ? t(`performance.valueStates.${input.state}`, { defaultValue: input.state }) : undefined].filter(Boolean).join(' · ')}</td>
          </tr>
        ))}
      </tbody>
    </table></div>
  );
}

function ExplanationMembers({ explanation }: { explanation: ScoreExplanation }) {
  const { t } = useTranslation();
  const { locale, language } = useAppLanguage();
  if (explanation.weights.length === 0) return null;
  const children = new Map(explanation.children.map((child) => [child.code, child]));
  return (
    <div className="table-responsive position-relative"><table className="table table-sm">
      <caption>{t('performance.explanation.members')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('performance.explanation.member')}</th>
          <th scope="col" className="text-end">{t('performance.explanation.weightGiven')}</th>
          <th scope="col" className="text-end">{t('performance.explanation.weightUsed')}</th>
          <th scope="col" className="text-end">{t('performance.explanation.achievement')}</th>
          <th scope="col">{t('performance.explanation.status')}</th>
        </tr>
      </thead>
      <tbody>
        {explanation.weights.map((weight) => {
          const child = children.get(weight.code);
          return (
            <tr key={`${weight.kind}-${weight.code}`}>
              <th scope="row"><code>{weight.code}</code> {child?.label}</th>
              <td className="text-end">{weight.given === null ? '—' : formatNumber(weight.given, { locale })}</td>
              <td className="text-end">{weight.included && weight.normalised !== null ? formatNumber(weight.normalised, { locale, decimals: 2 }) : t('performance.explanation.notCounted')}</td>
              <td className="text-end"><AchievementValue rounded={child?.value.rounded ?? null} decimals={child?.value.decimals ?? 2} /></td>
              <td>
                <StatusBadge band={child?.band ?? null} state={weight.state} />
                {child?.exclusion ? <div className="small">{child.exclusion.reason[language]}</div> : null}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table></div>
  );
}

export function ScoreExplanationView({ explanation }: { explanation: ScoreExplanation }) {
  const { language } = useAppLanguage();
  return (
    <div className="score-explanation" data-testid="score-explanation">
      <ExplanationFacts explanation={explanation} />
      <ExplanationInputs explanation={explanation} />
      <ExplanationMembers explanation={explanation} />
      {explanation.messages.length > 0 ? (
        <ul className="small">{explanation.messages.map((m) => <li key={m.code + m.it}>{m[language]}</li>)}</ul>
      ) : null}
    </div>
  );
}
