/** Roll-up of nodes, the entity's composition and its components' weights, the status bands, the description. */
import { useTranslation } from 'react-i18next';
import type { ScoringPolicy } from '../../../core/scoring/policy.schema.js';
import { useAppLanguage } from '../../i18n/use-app-language.js';
import { ChoiceSetting, fieldId, NumberSetting, TextSetting } from './policy-fields.js';

export function PolicyRollupSection({ draft }: { draft: ScoringPolicy }) {
  const { t } = useTranslation();
  const { language } = useAppLanguage();
  return (
    <fieldset className="policy-section">
      <legend className="h4">{t('smvp.sections.rollup')}</legend>
      <div className="row">
        <div className="col-md-8">
          <ChoiceSetting path={['rollup', 'mixedNodes']} label={t('smvp.fields.rollup.mixedNodes')}
            options={(['own_indicators', 'pooled', 'share'] as const).map((value) => ({ value, label: t(`smvp.options.mixedNodes.${value}`) }))} />
        </div>
        {draft.rollup.mixedNodes === 'share' ? (
          <div className="col-md-4">
            <NumberSetting path={['rollup', 'indicatorShare']} label={t('smvp.fields.rollup.indicatorShare')} min={0} max={100} />
          </div>
        ) : null}
      </div>
      <ChoiceSetting path={['entity', 'mode']} label={t('smvp.fields.entity.mode')}
        options={(['weighted', 'pooled'] as const).map((value) => ({ value, label: t(`smvp.options.entityMode.${value}`) }))} />
      {draft.entity.mode === 'weighted' ? (
        <div className="row" role="group" aria-label={t('smvp.fields.entity.components')}>
          {draft.entity.components.map((component, index) => (
            <div className="col-md-4" key={component.key}>
              <NumberSetting path={['entity', 'components', index, 'weight']} min={0} step={0.01}
                label={t('smvp.fields.componentWeight', { label: component.label?.[language] ?? component.key })} />
            </div>
          ))}
        </div>
      ) : null}
    </fieldset>
  );
}

export function PolicyBandsSection({ draft }: { draft: ScoringPolicy }) {
  const { t } = useTranslation();
  const { language } = useAppLanguage();
  return (
    <fieldset className="policy-section">
      <legend className="h4">{t('smvp.sections.bands')}</legend>
      {(['final', 'interim'] as const).map((kind) => (
        <div className="policy-bands" role="group" aria-labelledby={`policy-bands-${kind}`} key={kind} id={fieldId(['bands', kind])} tabIndex={-1}>
          <p className="fw-semibold mb-5" id={`policy-bands-${kind}`}>{t(`smvp.fields.bands.${kind}`)}</p>
          <div className="row">
            {draft.bands[kind].map((band, index) => (
              <div className="col-md-4" key={band.key}>
                <NumberSetting path={['bands', kind, index, 'min']} min={0} max={1000} step={0.5}
                  label={t('smvp.fields.bandMin', { label: `${band.symbol} ${band.label[language]}` })} />
              </div>
            ))}
          </div>
        </div>
      ))}
    </fieldset>
  );
}

export function PolicyMetaSection() {
  const { t } = useTranslation();
  return (
    <fieldset className="policy-section">
      <legend className="h4">{t('smvp.sections.meta')}</legend>
      <TextSetting path={['meta', 'title']} label={t('smvp.fields.meta.title')} />
      <TextSetting path={['meta', 'notes']} label={t('smvp.fields.meta.notes')} multiline />
    </fieldset>
  );
}
