/** Tolerance, which score each level publishes, missing data and the value states used, rounding. */
import { useTranslation } from 'react-i18next';
import { roundScore } from '../../../core/numbers/rounding.js';
import type { ScoringPolicy } from '../../../core/scoring/policy.schema.js';
import { formatNumber } from '../../i18n/format.js';
import { useAppLanguage } from '../../i18n/use-app-language.js';
import { ChoiceSetting, MultiChoiceSetting, NumberSetting } from './policy-fields.js';

const OUTPUTS = ['indicators', 'nodes', 'units', 'entity', 'cards'] as const;
const LEVELS = ['indicator', 'node', 'unit', 'entity'] as const;

export function PolicyToleranceSection() {
  const { t } = useTranslation();
  const outputOptions = (['raw', 'adjusted'] as const).map((value) => ({ value, label: t(`smvp.options.output.${value}`) }));
  return (
    <>
      <fieldset className="policy-section">
        <legend className="h4">{t('smvp.sections.tolerance')}</legend>
        <div className="row">
          <div className="col-md-6">
            <NumberSetting path={['tolerance', 'threshold']} label={t('smvp.fields.tolerance.threshold')} hint={t('smvp.fields.tolerance.thresholdHint')}
              min={0} max={100} step={0.5} nullable />
          </div>
        </div>
        <MultiChoiceSetting path={['tolerance', 'appliesTo']} label={t('smvp.fields.tolerance.appliesTo')}
          options={LEVELS.map((value) => ({ value, label: t(`smvp.options.levels.${value}`) }))} />
      </fieldset>
      <fieldset className="policy-section">
        <legend className="h4">{t('smvp.sections.outputs')}</legend>
        <p>{t('smvp.fields.outputsIntro')}</p>
        <div className="row">
          {OUTPUTS.map((output) => (
            <div className="col-md-4" key={output}>
              <ChoiceSetting path={['outputs', output]} label={t(`smvp.fields.outputs.${output}`)} options={outputOptions} />
            </div>
          ))}
        </div>
      </fieldset>
    </>
  );
}

export function PolicyDataSection() {
  const { t } = useTranslation();
  return (
    <fieldset className="policy-section">
      <legend className="h4">{t('smvp.sections.data')}</legend>
      <ChoiceSetting path={['missingData']} label={t('smvp.fields.missingData')} radio
        options={(['block', 'exclude', 'zero'] as const).map((value) => ({ value, label: t(`smvp.options.missing.${value}`) }))} />
      <MultiChoiceSetting path={['acceptedValueStates']} label={t('smvp.fields.acceptedValueStates')} hint={t('smvp.fields.acceptedValueStatesHint')}
        options={(['draft', 'submitted', 'validated'] as const).map((value) => ({ value, label: t(`smvp.options.valueStates.${value}`) }))} />
    </fieldset>
  );
}

export function PolicyRoundingSection({ draft }: { draft: ScoringPolicy }) {
  const { t } = useTranslation();
  const { locale } = useAppLanguage();
  const { decimals, mode } = draft.rounding;
  const valid = Number.isInteger(decimals) && decimals >= 0 && decimals <= 6;
  return (
    <fieldset className="policy-section">
      <legend className="h4">{t('smvp.sections.rounding')}</legend>
      <div className="row">
        <div className="col-md-3">
          <NumberSetting path={['rounding', 'decimals']} label={t('smvp.fields.rounding.decimals')} min={0} max={6} />
        </div>
        <div className="col-md-9">
          <ChoiceSetting path={['rounding', 'mode']} label={t('smvp.fields.rounding.mode')}
            options={(['half_up', 'truncate'] as const).map((value) => ({ value, label: t(`smvp.options.rounding.${value}`) }))} />
        </div>
      </div>
      {valid ? (
        <p className="small" data-testid="rounding-example">
          {t('smvp.fields.roundingExample', { value: formatNumber(roundScore(99.885, { decimals, mode }), { locale, decimals }) })}
        </p>
      ) : null}
    </fieldset>
  );
}
