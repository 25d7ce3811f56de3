/**
 * Targets per plan year, each parsed as the user types (the core target parser runs in the browser):
 * a valid target is read back in words, an error is shown with its position.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { IndicatorUnit } from '../../../core/plan/plan.schema.js';
import { formatTarget, parseTarget } from '../../../core/target/target-parser.js';
import { useAppLanguage } from '../../i18n/use-app-language.js';

interface TargetFieldProps {
  year: string;
  value: string;
  unit: IndicatorUnit | undefined;
  readOnly: boolean;
  serverError: string | undefined;
  onChange: (value: string) => void;
}

function TargetField({ year, value, unit, readOnly, serverError, onChange }: TargetFieldProps) {
  const { t } = useTranslation();
  const { language } = useAppLanguage();
  const id = useId();
  const parsed = value.trim() === '' ? null : parseTarget(value, { planYear: Number(year), ...(unit ? { unit } : {}) });
  const error = parsed && !parsed.ok ? parsed.errors[0] : undefined;
  const message = serverError ?? (error ? t('performance.indicator.targetError', { message: error.message[language] }) : undefined);
  const warnings = parsed?.ok ? parsed.warnings.map((warning) => t('performance.indicator.targetWarning', { message: warning.message[language] })) : [];
  const ok = parsed?.ok ? [t('performance.indicator.targetOk', { formatted: formatTarget(parsed.target, language) }), ...warnings].join(' ') : '';
  return (
    <div className="form-group target-field">
      <label htmlFor={id} className="active">{t('performance.indicator.targetYear', { year })}</label>
      <input id={id} type="text" className={message ? 'form-control is-invalid' : 'form-control'} value={value} readOnly={readOnly}
        aria-invalid={message ? true : undefined} aria-describedby={`${id}-message`} onChange={(event) => onChange(event.target.value)}
        data-testid={`target-input-${year}`} />
      <div id={`${id}-message`} role="status" className={message ? 'invalid-feedback d-block' : warnings.length > 0 ? 'form-text target-warning' : 'form-text'} data-testid={`target-message-${year}`}>
        {message ?? ok}
      </div>
    </div>
  );
}

interface TargetFieldsProps {
  targets: Record<string, string>;
  unit: IndicatorUnit | undefined;
  readOnly: boolean;
  serverError: (year: string) => string | undefined;
  onChange: (year: string, value: string) => void;
}

export function TargetFields({ targets, unit, readOnly, serverError, onChange }: TargetFieldsProps) {
  const { t } = useTranslation();
  const years = Object.keys(targets).sort();
  return (
    <fieldset className="target-fields">
      <legend className="h5">{t('performance.indicator.targets')}</legend>
      <p className="small">{t('performance.indicator.targetHelp', { year: years[0] ?? '' })}</p>
      <div className="row">
        {years.map((year) => (
          <div key={year} className="col-md-4">
            <TargetField year={year} value={targets[year] ?? ''} unit={unit} readOnly={readOnly} serverError={serverError(year)} onChange={(value) => onChange(year, value)} />
          </div>
        ))}
      </div>
    </fieldset>
  );
}
