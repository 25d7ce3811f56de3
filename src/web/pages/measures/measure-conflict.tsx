/** A stale save of a measure: both versions of the fields in question, and the three ways on. */
import { Alert, Button } from 'design-react-kit';
import { useTranslation } from 'react-i18next';
import { changedMeasureFields, formOf } from './measure-form.js';
import type { MeasureConflict } from './use-measure-save.js';

interface MeasureConflictAlertProps {
  conflict: MeasureConflict;
  busy: boolean;
  onKeepTheirs: () => void;
  onReapplyMine: () => void;
  onCancel: () => void;
}

export function MeasureConflictAlert({ conflict, busy, onKeepTheirs, onReapplyMine, onCancel }: MeasureConflictAlertProps) {
  const { t } = useTranslation();
  const theirs = formOf(conflict.theirs);
  const fields = [...new Set([...changedMeasureFields(conflict.base, conflict.mine), ...changedMeasureFields(conflict.base, theirs)])];
  const show = (text: string) => (text.trim() === '' ? <em>{t('performance.conflict.empty')}</em> : text);
  return (
    <Alert color="warning" role="alert" fade={false} data-testid="measure-conflict">
      <h2 className="h5 alert-heading">{t('performance.measures.conflictTitle')}</h2>
      <p>{t('performance.measures.conflictBody', { version: conflict.theirs.version })}</p>
      <table className="table table-sm">
        <thead><tr><th scope="col">{t('performance.conflict.field')}</th><th scope="col">{t('performance.conflict.yours')}</th><th scope="col">{t('performance.conflict.theirs')}</th></tr></thead>
        <tbody>
          {fields.map((field) => (
            <tr key={field}><th scope="row">{t(`performance.fields.${field === 'name' ? 'name' : field}`)}</th><td>{show(conflict.mine[field])}</td><td>{show(theirs[field])}</td></tr>
          ))}
        </tbody>
      </table>
      <div className="d-flex flex-wrap gap-2">
        <Button color="primary" size="sm" disabled={busy} onClick={onReapplyMine}>{t('performance.conflict.reapplyMine')}</Button>
        <Button color="primary" outline size="sm" disabled={busy} onClick={onKeepTheirs}>{t('performance.conflict.keepTheirs')}</Button>
        <Button color="secondary" outline size="sm" disabled={busy} onClick={onCancel}>{t('performance.conflict.cancel')}</Button>
      </div>
    </Alert>
  );
}
