/** How one indicator's achievement is computed, by target kind, and the cap on it. */
import { useTranslation } from 'react-i18next';
import type { ScoringPolicy } from '../../../core/scoring/policy.schema.js';
import { ChoiceSetting, NumberSetting } from './policy-fields.js';

export function PolicyRulesSection({ draft }: { draft: ScoringPolicy }) {
  const { t } = useTranslation();
  const rules = draft.rules;
  return (
    <fieldset className="policy-section">
      <legend className="h4">{t('smvp.sections.rules')}</legend>
      <div className="row">
        <div className="col-md-6">
          <NumberSetting path={['cap']} label={t('smvp.fields.cap')} hint={t('smvp.fields.capHint')} min={100} max={1000} />
        </div>
      </div>
      <ChoiceSetting path={['rules', 'growth']} label={t('smvp.fields.rules.growth')} hint={t('smvp.fields.rules.growthHint')} radio
        options={(['literal', 'level'] as const).map((value) => ({ value, label: t(`smvp.options.growth.${value}`) }))} />
      <div className="row">
        <div className="col-md-6">
          <ChoiceSetting path={['rules', 'atLeast']} label={t('smvp.fields.rules.atLeast')}
            options={(['ratio', 'linear_baseline'] as const).map((value) => ({ value, label: t(`smvp.options.atLeast.${value}`) }))} />
        </div>
        <div className="col-md-6">
          <ChoiceSetting path={['rules', 'atMost']} label={t('smvp.fields.rules.atMost')}
            options={(['inverse_ratio', 'linear_decrease', 'linear_baseline'] as const).map((value) => ({ value, label: t(`smvp.options.atMost.${value}`) }))} />
          {rules.atMost === 'linear_decrease' ? (
            <NumberSetting path={['rules', 'linearDecreaseZeroAt']} label={t('smvp.fields.rules.linearDecreaseZeroAt')} min={1} max={1000} />
          ) : null}
        </div>
      </div>
      <div className="row">
        <div className="col-md-6">
          <ChoiceSetting path={['rules', 'nonPositiveTarget', 'mode']} label={t('smvp.fields.rules.nonPositiveTarget.mode')}
            options={(['binary', 'tolerance_band'] as const).map((value) => ({ value, label: t(`smvp.options.nonPositive.${value}`) }))} />
          {rules.nonPositiveTarget.mode === 'tolerance_band' ? (
            <NumberSetting path={['rules', 'nonPositiveTarget', 'band']} label={t('smvp.fields.rules.nonPositiveTarget.band')} min={0} step={0.01} />
          ) : null}
        </div>
        <div className="col-md-6">
          <ChoiceSetting path={['rules', 'range']} label={t('smvp.fields.rules.range')}
            options={(['graded', 'binary'] as const).map((value) => ({ value, label: t(`smvp.options.range.${value}`) }))} />
        </div>
      </div>
      <div className="row">
        <div className="col-md-6">
          <ChoiceSetting path={['rules', 'deadline', 'mode']} label={t('smvp.fields.rules.deadline.mode')}
            options={(['binary', 'reduction'] as const).map((value) => ({ value, label: t(`smvp.options.deadline.${value}`) }))} />
        </div>
        {rules.deadline.mode === 'reduction' ? (
          <>
            <div className="col-md-3">
              <NumberSetting path={['rules', 'deadline', 'reduction']} label={t('smvp.fields.rules.deadline.reduction')} min={0} max={100} step={0.5} />
            </div>
            <div className="col-md-3">
              <ChoiceSetting path={['rules', 'deadline', 'per']} label={t('smvp.fields.rules.deadline.per')}
                options={(['day', 'month'] as const).map((value) => ({ value, label: t(`smvp.options.per.${value}`) }))} />
            </div>
          </>
        ) : null}
      </div>
    </fieldset>
  );
}
