/**
 * "Anteprima del raggiungimento": the user types a trial value (and the previous year's value when
 * the target needs it) and sees the achievement the policy would give, computed in the browser.
 */
import { useId, useMemo, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { parseFormula } from '../../../core/formula/formula-parser.js';
import { isGrowthRate } from '../../../core/lint/formula-shape.js';
import type { IndicatorUnit } from '../../../core/plan/plan.schema.js';
import { parseTarget } from '../../../core/target/target-parser.js';
import { problemMessage } from '../../components/problem-alert.js';
import { formatPercent } from '../../i18n/format.js';
import { useAppLanguage } from '../../i18n/use-app-language.js';
import { needsReference, parseTrialValue, previewAchievement, type PreviewResult } from './achievement-preview.js';
import { policyQueryOptions } from './policy-queries.js';

interface PreviewPanelProps {
  entityCode: string;
  year: number;
  targetText: string;
  unit: IndicatorUnit | undefined;
  formula: string;
  scoringRule: string;
  baseline: number | undefined;
}

function ResultText({ result }: { result: PreviewResult }) {
  const { t } = useTranslation();
  const { locale, language } = useAppLanguage();
  switch (result.kind) {
    case 'achievement':
      return <>{t('performance.indicator.previewResult', { value: formatPercent(result.achievement, { locale, decimals: 2 }), rule: t(`performance.rules.${result.rule}`) })}</>;
    case 'manual': return <>{t('performance.indicator.previewManual')}</>;
    case 'invalid_value': return <>{t('performance.indicator.previewInvalidValue')}</>;
    case 'failed': return <>{t('performance.indicator.previewFailed', { message: result.message[language] })}</>;
    case 'no_target': return null;
  }
}

export function PreviewPanel({ entityCode, year, targetText, unit, formula, scoringRule, baseline }: PreviewPanelProps) {
  const { t } = useTranslation();
  const { language } = useAppLanguage();
  const id = useId();
  const [trial, setTrial] = useState('');
  const [reference, setReference] = useState('');
  const policy = useQuery(policyQueryOptions(entityCode, year));
  const target = targetText.trim() === '' ? null : parseTarget(targetText, { planYear: year, ...(unit ? { unit } : {}) });
  const rateFormula = useMemo(() => {
    const parsed = formula.trim() === '' ? null : parseFormula(formula);
    return parsed?.ok ? isGrowthRate(parsed.value) : false;
  }, [formula]);
  const askReference = target?.ok === true && needsReference(target.target, rateFormula);

  let result: PreviewResult | null = null;
  if (target?.ok && policy.data && trial.trim() !== '') {
    const value = parseTrialValue(trial);
    const previous = reference.trim() === '' ? undefined : parseTrialValue(reference);
    const usable = typeof previous === 'number' ? previous : scoringRule === 'linear_baseline' ? baseline : undefined;
    result = value === undefined
      ? { kind: 'invalid_value' }
      : previewAchievement({ target: target.target, trial: value, rateFormula, override: scoringRule || undefined, ...(usable !== undefined ? { reference: usable } : {}) }, policy.data);
  }
  let note: string | null = null;
  if (!target || !target.ok) note = t('performance.indicator.previewNeedsTarget', { year });
  else if (target.target.kind === 'none') note = t('performance.indicator.previewNoTarget', { year });

  return (
    <section className="preview-panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="h5">{t('performance.indicator.preview')}</h2>
      <p className="small">{t('performance.indicator.previewHelp', { year })}</p>
      {policy.isError ? <p role="alert">{problemMessage(policy.error, language)}</p> : null}
      {note ? <p data-testid="preview-note">{note}</p> : (
        <div className="row">
          <div className="col-sm-6 form-group">
            <label htmlFor={`${id}-trial`} className="active">{t('performance.indicator.previewValue')}</label>
            <input id={`${id}-trial`} type="text" className="form-control" value={trial} onChange={(event) => setTrial(event.target.value)} data-testid="preview-value" />
          </div>
          {askReference ? (
            <div className="col-sm-6 form-group">
              <label htmlFor={`${id}-reference`} className="active">{t('performance.indicator.previewReference')}</label>
              <input id={`${id}-reference`} type="text" className="form-control" value={reference} onChange={(event) => setReference(event.target.value)} data-testid="preview-reference" />
            </div>
          ) : null}
        </div>
      )}
      <p role="status" aria-live="polite" className="fw-semibold mb-0" data-testid="preview-result">{result ? <ResultText result={result} /> : null}</p>
    </section>
  );
}
