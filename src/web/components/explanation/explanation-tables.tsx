/**
 * The tables of an explanation: the measured inputs with their provenance (state, who entered them,
 * when, source), the members of a mean with the weights given and normalised (each member opens its
 * own explanation), and the members left out with their reasons and acts.
 */
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatNumber } from '../../i18n/format.js';
import { useAppLanguage } from '../../i18n/use-app-language.js';
import { AchievementValue } from '../score/achievement-value.js';
import { StatusBadge } from '../score/status-badge.js';
import { useComponentLabel } from './component-labels.js';
import type { Explanation, ExplanationScope, ExplanationSubject } from './explanation-queries.js';
import { itemStateOf } from './explanation-summary.js';
import { actText, explanationWords, plainValueText, wordOf } from './explanation-words.js';

export function ExplanationInputs({ explanation }: { explanation: Explanation }) {
  const { t } = useTranslation();
  const { language, locale } = useAppLanguage();
  if (explanation.inputs.length === 0) return null;
  const words = explanationWords(language);
  return (
    <div className="table-responsive">
      <table className="table table-sm" data-testid="explanation-inputs">
        <caption>{t('results.explanation.inputs')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('results.explanation.measure')}</th>
            <th scope="col">{t('results.explanation.when')}</th>
            <th scope="col" className="text-end">{t('results.explanation.value')}</th>
            <th scope="col">{t('results.explanation.valueState')}</th>
            <th scope="col">{t('results.explanation.enteredBy')}</th>
            <th scope="col">{t('results.explanation.enteredAt')}</th>
            <th scope="col">{t('results.explanation.source')}</th>
          </tr>
        </thead>
        <tbody>
          {explanation.inputs.map((input) => (
            <tr key={`${input.measure}-${input.year}-${input.period ?? ''}`}>
              <th scope="row"><code>{input.measure}</code> {input.name}</th>
              <td>{input.period ? `${input.year} (${input.period})` : input.year}</td>
              <td className="text-end">{plainValueText(input.value, language, locale) ?? t('results.explanation.noValue')}</td>
              <td>{input.state ? wordOf(words.valueStates, input.state) : '—'}</td>
              <td>{input.enteredBy ?? '—'}</td>
              <td>{input.enteredAt ? formatDateTime(input.enteredAt, locale) : '—'}</td>
              <td>{input.source ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

interface MembersProps {
  explanation: Explanation;
  scope: ExplanationScope;
  onOpen: (subject: ExplanationSubject, label: string) => void;
}

export function ExplanationMembers({ explanation, scope, onOpen }: MembersProps) {
  const { t } = useTranslation();
  const { language, locale } = useAppLanguage();
  const componentLabel = useComponentLabel(scope.entityCode, scope.year);
  if (explanation.weights.length === 0) return null;
  const words = explanationWords(language);
  const children = new Map(explanation.children.map((child) => [`${child.kind}:${child.code}`, child]));
  return (
    <div className="table-responsive">
      <table className="table table-sm" data-testid="explanation-members">
        <caption>{t('results.explanation.members')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('results.explanation.member')}</th>
            <th scope="col" className="text-end">{t('results.explanation.weightGiven')}</th>
            <th scope="col" className="text-end">{t('results.explanation.weightNormalised')}</th>
            <th scope="col" className="text-end">{t('results.explanation.score')}</th>
            <th scope="col">{t('results.explanation.status')}</th>
          </tr>
        </thead>
        <tbody>
          {explanation.weights.map((weight) => {
            const child = children.get(`${weight.kind}:${weight.code}`);
            const label = weight.kind === 'component' ? componentLabel(weight.code, child?.label ?? weight.code) : child?.label ?? weight.code;
            const name = `${wordOf(words.kinds, weight.kind)} ${label}`;
            const subject: ExplanationSubject = weight.kind === 'entity' ? { kind: 'entity' } : { kind: weight.kind, code: weight.code };
            return (
              <tr key={`${weight.kind}-${weight.code}`}>
                <th scope="row">
                  <button type="button" className="btn btn-link p-0 text-start explanation-member" onClick={() => onOpen(subject, name)}>
                    {weight.kind === 'component' ? null : <code>{weight.code}</code>} {label}
                    <span className="visually-hidden"> — {t('results.explanation.openMember', { what: name })}</span>
                  </button>
                </th>
                <td className="text-end">{weight.given === null ? t('results.explanation.equalWeight') : formatNumber(weight.given, { locale })}</td>
                <td className="text-end">
                  {weight.included && weight.normalised !== null ? formatNumber(weight.normalised, { locale, decimals: 2 }) : t('results.explanation.notCounted')}
                </td>
                <td className="text-end"><AchievementValue rounded={child?.value.rounded ?? null} decimals={child?.value.decimals ?? explanation.value.decimals} /></td>
                <td><StatusBadge band={child?.band ?? null} state={itemStateOf(weight.state)} /></td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

export function ExplanationExclusions({ explanation }: { explanation: Explanation }) {
  const { t } = useTranslation();
  const { language, locale } = useAppLanguage();
  if (explanation.exclusions.length === 0) return null;
  const words = explanationWords(language);
  return (
    <section aria-labelledby="explanation-exclusions" data-testid="explanation-exclusions">
      <h3 id="explanation-exclusions" className="h6">{t('results.explanation.exclusions')}</h3>
      <ul>
        {explanation.exclusions.map((exclusion) => (
          <li key={`${exclusion.kind}-${exclusion.code}`}>
            <code>{exclusion.code}</code> — {wordOf(words.states, exclusion.state)}: {exclusion.reason[language]}
            {exclusion.act ? ` (${actText(exclusion.act, language, locale)})` : ''}
          </li>
        ))}
      </ul>
    </section>
  );
}
