/**
 * The diff of a revision, readable: for objectives and indicators, what was added, removed or changed
 * (icon and word, never colour alone), every changed field with the original and the revised value side
 * by side; then every indicator's original and revised target for the year.
 */
import { Icon } from 'design-react-kit';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../i18n/format.js';
import { useAppLanguage } from '../../i18n/use-app-language.js';
import type { FieldChange, ItemChange, RevisionDetail } from './cycle-queries.js';

const CHANGE_ICONS = { added: 'it-plus-circle', removed: 'it-minus-circle', changed: 'it-pencil' } as const;

function useValueText(): (value: unknown) => string {
  const { t } = useTranslation();
  const { locale } = useAppLanguage();
  const text = (value: unknown): string => {
    if (value === null || value === undefined || value === '') return t('lifecycle.revision.empty');
    if (typeof value === 'number') return formatNumber(value, { locale });
    if (typeof value === 'string') return value;
    if (typeof value === 'boolean') return value ? t('lifecycle.oiv.yes') : t('lifecycle.oiv.no');
    if (Array.isArray(value)) return value.length === 0 ? t('lifecycle.revision.empty') : value.map(text).join(', ');
    return JSON.stringify(value);
  };
  return text;
}

function useFieldName(): (field: string) => string {
  const { t } = useTranslation();
  return (field) => {
    if (field.startsWith('targets.')) return t('lifecycle.revision.fields.target', { year: field.slice('targets.'.length) });
    if (field === 'units.responsible') return t('lifecycle.revision.fields.unitsResponsible');
    if (field === 'units.involved') return t('lifecycle.revision.fields.unitsInvolved');
    return t(`lifecycle.revision.fields.${field as 'title'}`, { defaultValue: field });
  };
}

function ChangeLabel({ change }: { change: ItemChange['change'] }) {
  const { t } = useTranslation();
  return (
    <span className={`cycle-change cycle-change-${change}`} data-change={change}>
      <Icon icon={CHANGE_ICONS[change]} size="sm" color={change === 'removed' ? 'danger' : 'primary'} aria-hidden="true" />
      {t(`lifecycle.revision.changes.${change}`)}
    </span>
  );
}

function ItemRows({ item }: { item: ItemChange }) {
  const value = useValueText();
  const fieldName = useFieldName();
  const fields: (FieldChange | null)[] = item.fields.length > 0 ? item.fields : [null];
  return (
    <>
      {fields.map((field, index) => (
        <tr key={field?.field ?? 'item'} data-code={item.code} data-change={item.change} data-field={field?.field}>
          {index === 0 ? (
            <>
              <th scope="row" rowSpan={fields.length}><code>{item.code}</code> {item.label}</th>
              <td rowSpan={fields.length}><ChangeLabel change={item.change} /></td>
            </>
          ) : null}
          <td>{field ? fieldName(field.field) : '—'}</td>
          <td className="cycle-value-before">{field ? value(field.before) : '—'}</td>
          <td className="cycle-value-after">{field ? value(field.after) : '—'}</td>
        </tr>
      ))}
    </>
  );
}

function DiffTable({ items, caption, testId }: { items: ItemChange[]; caption: string; testId: string }) {
  const { t } = useTranslation();
  if (items.length === 0) return <p data-testid={`${testId}-empty`}>{t('lifecycle.revision.noItemChanges')}</p>;
  return (
    <div className="table-responsive">
      <table className="table table-sm table-bordered" data-testid={testId}>
        <caption>{caption}</caption>
        <thead><tr>
          <th scope="col">{t('lifecycle.revision.name')}</th><th scope="col">{t('lifecycle.revision.change')}</th>
          <th scope="col">{t('lifecycle.revision.field')}</th><th scope="col">{t('lifecycle.revision.before')}</th><th scope="col">{t('lifecycle.revision.after')}</th>
        </tr></thead>
        <tbody>{items.map((item) => <ItemRows key={`${item.kind}-${item.code}`} item={item} />)}</tbody>
      </table>
    </div>
  );
}

function TargetsTable({ pairs, year, testId }: { pairs: RevisionDetail['targets']; year: number; testId: string }) {
  const { t } = useTranslation();
  return (
    <div className="table-responsive">
      <table className="table table-sm" data-testid={testId}>
        <caption>{t('lifecycle.revision.targetsCaption', { year })}</caption>
        <thead><tr>
          <th scope="col">{t('lifecycle.revision.name')}</th><th scope="col">{t('lifecycle.revision.before')}</th>
          <th scope="col">{t('lifecycle.revision.after')}</th><th scope="col">{t('lifecycle.revision.change')}</th>
        </tr></thead>
        <tbody>
          {pairs.map((pair) => (
            <tr key={pair.indicator} data-indicator={pair.indicator}>
              <th scope="row"><code>{pair.indicator}</code> {pair.name}</th>
              <td>{pair.original ?? '—'}</td>
              <td>{pair.revised ?? '—'}</td>
              <td>{pair.original === pair.revised ? t('lifecycle.revision.targetSame') : <strong>{t('lifecycle.revision.targetChanged')}</strong>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function RevisionDiff({ revision, year }: { revision: RevisionDetail; year: number }) {
  const { t } = useTranslation();
  const { summary } = revision.diff;
  const nothing = summary.added + summary.removed + summary.changed === 0;
  const changedTargets = revision.targets.filter((pair) => pair.original !== pair.revised);
  return (
    <>
      <p data-testid="revision-summary">
        {nothing ? t('lifecycle.revision.noChanges') : t('lifecycle.revision.summary', {
          added: summary.added, removed: summary.removed, changed: summary.changed, targets: summary.targetChanges, weights: summary.weightChanges,
        })}
      </p>
      <h2 className="h4">{t('lifecycle.revision.objectives')}</h2>
      <DiffTable items={revision.diff.nodes} caption={t('lifecycle.revision.objectivesCaption')} testId="diff-objectives" />
      <h2 className="h4">{t('lifecycle.revision.indicators')}</h2>
      <DiffTable items={revision.diff.indicators} caption={t('lifecycle.revision.indicatorsCaption')} testId="diff-indicators" />
      <h2 className="h4">{t('lifecycle.revision.targetsHeading', { year })}</h2>
      {changedTargets.length === 0 ? <p>{t('lifecycle.revision.noTargetChanges')}</p> : <TargetsTable pairs={changedTargets} year={year} testId="revision-targets" />}
      <details className="mb-4">
        <summary>{t('lifecycle.revision.allTargets', { count: revision.targets.length })}</summary>
        <TargetsTable pairs={revision.targets} year={year} testId="revision-targets-all" />
      </details>
    </>
  );
}
