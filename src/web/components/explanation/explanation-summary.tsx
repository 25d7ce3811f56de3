/**
 * The facts of one explanation as a description list: the published score (raw or with tolerance),
 * raw and adjusted achievement, status, how it was computed (rule or basis), target, formula,
 * reference value, expected progress, cap and tolerance applied, manual assessment, exclusion.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../i18n/format.js';
import { useAppLanguage } from '../../i18n/use-app-language.js';
import { ITEM_STATES, type ItemState } from '../score/score-queries.js';
import { StatusBadge } from '../score/status-badge.js';
import type { Explanation } from './explanation-queries.js';
import { actText, explanationWords, percentText, plainValueText, wordOf } from './explanation-words.js';

export function itemStateOf(state: string): ItemState {
  return (ITEM_STATES as readonly string[]).includes(state) ? (state as ItemState) : 'error';
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <>
      <dt className="col-sm-5">{term}</dt>
      <dd className="col-sm-7">{children}</dd>
    </>
  );
}

export function ExplanationSummary({ explanation }: { explanation: Explanation }) {
  const { t } = useTranslation();
  const { language, locale } = useAppLanguage();
  const words = explanationWords(language);
  const { value, target, formula, reference, adjustments, manual, exclusion } = explanation;
  const show = (v: number | boolean | string | null) => plainValueText(v, language, locale) ?? t('results.explanation.noValue');
  const output = value.output === 'raw' ? t('results.explanation.outputRaw') : t('results.explanation.outputAdjusted');
  return (
    <dl className="row explanation-summary" data-testid="explanation-summary">
      <Fact term={t('results.explanation.published')}>
        {value.rounded === null ? wordOf(words.states, explanation.state) : (
          <><strong data-testid="explanation-score">{percentText(value.rounded, locale, value.decimals)}</strong> ({output})</>
        )}
      </Fact>
      <Fact term={t('results.explanation.status')}><StatusBadge band={explanation.band} state={itemStateOf(explanation.state)} /></Fact>
      {value.raw !== null && value.adjusted !== null && value.raw !== value.adjusted ? (
        <>
          <Fact term={t('results.explanation.raw')}>{percentText(value.raw, locale)}</Fact>
          <Fact term={t('results.explanation.adjusted')}>{percentText(value.adjusted, locale)}</Fact>
        </>
      ) : null}
      {explanation.rule ? <Fact term={t('results.explanation.rule')}>{wordOf(words.rules, explanation.rule)}</Fact> : null}
      {explanation.basis && explanation.kind !== 'indicator' ? (
        <Fact term={t('results.explanation.basis')}>{wordOf(words.bases, explanation.basis)}</Fact>
      ) : null}
      {target ? (
        <Fact term={t('results.explanation.target')}>
          {target.text}
          {target.effective !== null ? ` (${t('results.explanation.effectiveTarget')}: ${show(target.effective)})` : ''}
          {target.met === null ? '' : ` — ${target.met ? t('results.explanation.met') : t('results.explanation.notMet')}`}
        </Fact>
      ) : null}
      {formula ? <Fact term={t('results.explanation.formula')}><code>{formula.source}</code> = {show(formula.value)}</Fact> : null}
      {reference ? <Fact term={t('results.explanation.reference', { year: reference.year })}>{show(reference.value)}</Fact> : null}
      {explanation.expectedProgress !== null ? (
        <Fact term={t('results.explanation.expectedProgress')}>{percentText(explanation.expectedProgress, locale, 2)}</Fact>
      ) : null}
      {adjustments.cap !== null ? <Fact term={t('results.explanation.cap')}>{percentText(adjustments.cap, locale)}</Fact> : null}
      {adjustments.tolerance !== null ? <Fact term={t('results.explanation.tolerance')}>{percentText(adjustments.tolerance, locale)}</Fact> : null}
      {manual ? (
        <Fact term={t('results.explanation.manual')}>
          {percentText(manual.achievement, locale)} — «{manual.justification}»
          {manual.by ? ` — ${t('results.explanation.manualBy', { who: manual.by })}` : ''}
          {manual.at ? ` (${formatDateTime(manual.at, locale)})` : ''}
        </Fact>
      ) : null}
      {exclusion ? (
        <Fact term={t('results.explanation.excluded')}>
          {wordOf(words.states, exclusion.state)}: {exclusion.reason[language]}
          {exclusion.act ? ` (${actText(exclusion.act, language, locale)})` : ''}
        </Fact>
      ) : null}
    </dl>
  );
}
