/**
 * The result of a what-if: the entity's performance before and after, how many items of each kind
 * change (and change status), and the table of the items that change, filterable by kind and to
 * status changes only.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber, formatPercent } from '../../i18n/format.js';
import { useAppLanguage } from '../../i18n/use-app-language.js';
import { WHAT_IF_KINDS, type WhatIfChange, type WhatIfResult } from './policy-queries.js';
import { WhatIfTable } from './what-if-table.js';

function figure(side: WhatIfChange['before'], locale: string, language: 'it' | 'en'): string {
  const value = side.rounded === null ? '—' : formatPercent(side.rounded, { locale, decimals: 2 });
  return side.band ? `${value} ${side.band.symbol} ${side.band.label[language]}` : value;
}

function WhatIfSummary({ result }: { result: WhatIfResult }) {
  const { t } = useTranslation();
  const { locale } = useAppLanguage();
  const kinds = WHAT_IF_KINDS.filter((kind) => kind !== 'entity' && (result.summary[kind]?.compared ?? 0) > 0);
  return (
    <div className="table-responsive">
      <table className="table table-sm" data-testid="what-if-summary">
        <caption>{t('smvp.whatIf.summaryCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('smvp.whatIf.kind')}</th>
            {(['compared', 'changed', 'statusChanged', 'improved', 'worsened'] as const).map((key) => (
              <th key={key} scope="col" className="text-end">{t(`smvp.whatIf.${key}`)}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {kinds.map((kind) => {
            const row = result.summary[kind]!;
            return (
              <tr key={kind} data-kind={kind}>
                <th scope="row">{t(`smvp.whatIf.kinds.${kind}`)}</th>
                {([row.compared, row.changed, row.statusChanged, row.improved, row.worsened]).map((value, index) => (
                  <td key={index} className="text-end">{formatNumber(value, { locale })}</td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

export function WhatIfPanel({ result }: { result: WhatIfResult }) {
  const { t } = useTranslation();
  const { language, locale } = useAppLanguage();
  const [onlyStatus, setOnlyStatus] = useState(false);
  const [kind, setKind] = useState<string>('');
  const shown = result.changes.filter((change) => (!onlyStatus || change.statusChanged) && (kind === '' || change.kind === kind));
  const kindsPresent = WHAT_IF_KINDS.filter((candidate) => result.changes.some((change) => change.kind === candidate));
  return (
    <div data-testid="what-if-result" aria-live="polite">
      <p className="lead" data-testid="what-if-entity">
        {t('smvp.whatIf.entityLine', { before: figure(result.entity.before, locale, language), after: figure(result.entity.after, locale, language) })}
      </p>
      <WhatIfSummary result={result} />
      {!result.cardsCompared ? <p className="small">{t('smvp.whatIf.cardsNotCompared')}</p> : null}
      {result.changes.length === 0 ? <p data-testid="what-if-none">{t('smvp.whatIf.noChanges')}</p> : (
        <>
          <div className="what-if-filters">
            <div className="form-check">
              <input id="what-if-only-status" type="checkbox" checked={onlyStatus} onChange={(event) => setOnlyStatus(event.target.checked)} />
              <label htmlFor="what-if-only-status">{t('smvp.whatIf.onlyStatus')}</label>
            </div>
            <div className="select-wrapper">
              <label htmlFor="what-if-kind">{t('smvp.whatIf.kindFilter')}</label>
              <select id="what-if-kind" value={kind} onChange={(event) => setKind(event.target.value)}>
                <option value="">{t('smvp.whatIf.allKinds')}</option>
                {kindsPresent.map((candidate) => <option key={candidate} value={candidate}>{t(`smvp.whatIf.kinds.${candidate}`)}</option>)}
              </select>
            </div>
          </div>
          <p className="small" role="status">{t('smvp.whatIf.rowsShown', { shown: formatNumber(shown.length, { locale }), total: formatNumber(result.changes.length, { locale }) })}</p>
          <WhatIfTable changes={shown} />
        </>
      )}
    </div>
  );
}
