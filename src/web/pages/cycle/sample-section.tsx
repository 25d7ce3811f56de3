/**
 * The OIV's sample: size and seed (same seed, same sample), the values drawn with who entered and
 * validated them, and their evidence files to download and open.
 */
import { useEffect, useState } from 'react';
import { Button } from 'design-react-kit';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { LoadFailure, type WorkspacePlan } from '../../components/score/workspace-plan.js';
import { TextField } from '../../components/text-field.js';
import { formatNumber } from '../../i18n/format.js';
import { useAppLanguage } from '../../i18n/use-app-language.js';
import { attachmentUrl, sampleQueryOptions, type ValidationSample } from './cycle-queries.js';

const VALUE_STATES = ['draft', 'submitted', 'validated', 'rejected'] as const;

function SampleTable({ plan, sample }: { plan: WorkspacePlan; sample: ValidationSample }) {
  const { t } = useTranslation();
  const { locale } = useAppLanguage();
  if (sample.items.length === 0) return <p data-testid="sample-empty">{t('lifecycle.oiv.sampleEmpty')}</p>;
  const valueText = (value: number | boolean | string) => (typeof value === 'number' ? formatNumber(value, { locale }) : typeof value === 'boolean' ? t(value ? 'lifecycle.oiv.yes' : 'lifecycle.oiv.no') : value);
  const stateText = (state: string) => ((VALUE_STATES as readonly string[]).includes(state) ? t(`lifecycle.oiv.valueStates.${state as 'draft'}`) : state);
  const size = (bytes: number) => `${formatNumber(bytes / 1024, { decimals: 1, locale })} kB`;
  return (
    <div className="table-responsive">
      <table className="table table-sm" data-testid="sample-table">
        <caption>{t('lifecycle.oiv.sampleCaption', { count: sample.items.length, population: sample.population, seed: sample.seed })}</caption>
        <thead><tr>
          <th scope="col">{t('lifecycle.oiv.measure')}</th><th scope="col">{t('lifecycle.oiv.period')}</th><th scope="col" className="text-end">{t('lifecycle.oiv.value')}</th>
          <th scope="col">{t('lifecycle.oiv.state')}</th><th scope="col">{t('lifecycle.oiv.enteredBy')}</th><th scope="col">{t('lifecycle.oiv.reviewedBy')}</th>
          <th scope="col">{t('lifecycle.oiv.evidence')}</th>
        </tr></thead>
        <tbody>
          {sample.items.map(({ value, attachments }) => (
            <tr key={value.id} data-measure={value.measure}>
              <th scope="row"><code>{value.measure}</code></th>
              <td>{value.period === '' ? t('lifecycle.oiv.finalPeriod') : value.period}</td>
              <td className="text-end">{valueText(value.value)}</td>
              <td>{stateText(value.state)}</td>
              <td>{value.enteredBy ?? '—'}</td>
              <td>{value.reviewedBy ?? '—'}</td>
              <td>
                {attachments.length === 0 ? t('lifecycle.oiv.noEvidence') : (
                  <ul className="list-unstyled mb-0">
                    {attachments.map((file) => (
                      <li key={file.id}><a href={attachmentUrl(plan, file.id)} download={file.fileName}>{t('lifecycle.oiv.download', { name: file.fileName, size: size(file.sizeBytes) })}</a></li>
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function SampleSection({ plan, onDrawn }: { plan: WorkspacePlan; onDrawn: (sample: ValidationSample | null) => void }) {
  const { t } = useTranslation();
  const [size, setSize] = useState('10');
  const [seed, setSeed] = useState('1');
  const [drawn, setDrawn] = useState<{ size: number; seed: number } | null>(null);
  const query = useQuery({ ...sampleQueryOptions(plan, drawn?.size ?? 10, drawn?.seed ?? 1), enabled: drawn !== null });
  useEffect(() => { onDrawn(query.data ?? null); }, [query.data, onDrawn]);
  const sizeNumber = Number(size);
  const seedNumber = Number(seed);
  const sizeError = Number.isInteger(sizeNumber) && sizeNumber >= 1 && sizeNumber <= 200 ? undefined : '1–200';
  const seedError = Number.isInteger(seedNumber) && seedNumber >= 0 ? undefined : '≥ 0';
  return (
    <section aria-labelledby="oiv-sample" className="cycle-section">
      <h2 id="oiv-sample" className="h4">{t('lifecycle.oiv.sampleHeading')}</h2>
      <p>{t('lifecycle.oiv.sampleIntro')}</p>
      <form className="cycle-act-row" onSubmit={(event) => { event.preventDefault(); if (!sizeError && !seedError) setDrawn({ size: sizeNumber, seed: seedNumber }); }}>
        <TextField id="sample-size" label={t('lifecycle.oiv.size')} inputMode="numeric" value={size} onChange={(event) => setSize(event.target.value)} error={sizeError} />
        <TextField id="sample-seed" label={t('lifecycle.oiv.seed')} inputMode="numeric" value={seed} onChange={(event) => setSeed(event.target.value)} error={seedError} />
        <div className="form-group d-flex align-items-end">
          <Button type="submit" color="primary" outline disabled={query.isFetching} data-testid="sample-draw">
            {query.isFetching ? <span role="status">{t('lifecycle.oiv.drawing')}</span> : t('lifecycle.oiv.draw')}
          </Button>
        </div>
      </form>
      {query.isError ? <LoadFailure error={query.error} onRetry={() => void query.refetch()} /> : null}
      {query.data ? <SampleTable plan={plan} sample={query.data} /> : null}
    </section>
  );
}
