/**
 * The measure editor: name, description, unit, source, periodicity; renaming a measure that formulas
 * cite by name must be confirmed (those formulas would no longer find it); versioned save.
 */
import { useState, type FormEvent } from 'react';
import { Alert, Button } from 'design-react-kit';
import { useTranslation } from 'react-i18next';
import { LabelledSelect } from '../../components/score/labelled-select.js';
import { problemMessage } from '../../components/problem-alert.js';
import type { PlanRef } from '../../components/score/score-queries.js';
import { useAppLanguage } from '../../i18n/use-app-language.js';
import { MeasureConflictAlert } from './measure-conflict.js';
import { changedMeasureFields, formOf, type MeasureForm } from './measure-form.js';
import { MEASURE_UNITS, PERIODICITIES, useMeasureLabels } from './measure-labels.js';
import type { MeasureDetail } from './measure-queries.js';
import { useMeasureSave } from './use-measure-save.js';

function TextInput({ id, label, value, readOnly, onChange, error }: { id: string; label: string; value: string; readOnly: boolean; onChange: (value: string) => void; error?: string | undefined }) {
  return (
    <div className="form-group">
      <label htmlFor={id} className="active">{label}</label>
      <input id={id} type="text" className={error ? 'form-control is-invalid' : 'form-control'} value={value} readOnly={readOnly} aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined} onChange={(event) => onChange(event.target.value)} data-testid={id} />
      {error ? <div id={`${id}-error`} className="invalid-feedback d-block">{error}</div> : null}
    </div>
  );
}

export function MeasureEditor({ plan, measure }: { plan: PlanRef; measure: MeasureDetail }) {
  const { t } = useTranslation();
  const { language } = useAppLanguage();
  const labels = useMeasureLabels();
  const editor = useMeasureSave(plan, measure);
  const [renameConfirmed, setRenameConfirmed] = useState(false);
  const { form, setForm, status } = editor;
  const readOnly = !editor.base.abilities.includes('plan.update');
  const set = (field: keyof MeasureForm) => (value: string) => setForm({ ...form, [field]: value });
  const byName = editor.base.usedBy.filter((use) => use.by === 'name').length;
  const renaming = form.name.trim() !== editor.base.name && byName > 0;
  const nameMissing = form.name.trim() === '';
  const dirty = changedMeasureFields(formOf(editor.base), form).length > 0;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (nameMissing || (renaming && !renameConfirmed)) return;
    void editor.save();
  };

  return (
    <form onSubmit={onSubmit} noValidate data-testid="measure-editor">
      {readOnly ? <Alert color="info" fade={false}>{t('performance.measures.readOnly')}</Alert> : null}
      <TextInput id="measure-name" label={t('performance.measures.name')} value={form.name} readOnly={readOnly} onChange={set('name')} error={nameMissing ? t('performance.measures.required') : undefined} />
      {renaming ? (
        <Alert color="warning" fade={false} data-testid="measure-rename-warning">
          <p>{t('performance.measures.renameWarning', { count: byName })}</p>
          <div className="form-check">
            <input id="measure-rename-confirm" type="checkbox" checked={renameConfirmed} onChange={(event) => setRenameConfirmed(event.target.checked)} />
            <label htmlFor="measure-rename-confirm">{t('performance.measures.confirmRename')}</label>
          </div>
        </Alert>
      ) : null}
      <div className="form-group">
        <label htmlFor="measure-description" className="active">{t('performance.measures.description')}</label>
        <textarea id="measure-description" className="form-control" rows={3} value={form.description} readOnly={readOnly} onChange={(event) => set('description')(event.target.value)} />
      </div>
      <div className="row">
        <div className="col-md-4">
          <LabelledSelect id="measure-unit" label={t('performance.measures.unit')} value={form.unit} onChange={set('unit')}
            options={MEASURE_UNITS.map((unit) => ({ value: unit, label: labels.unit(unit) }))} />
        </div>
        <div className="col-md-4">
          <LabelledSelect id="measure-periodicity" label={t('performance.measures.periodicity')} value={form.periodicity} onChange={set('periodicity')}
            options={[{ value: '', label: t('performance.periodicity.none') }, ...PERIODICITIES.map((value) => ({ value, label: labels.periodicity(value) }))]} />
        </div>
        <div className="col-md-4">
          <TextInput id="measure-source" label={t('performance.measures.source')} value={form.source} readOnly={readOnly} onChange={set('source')} />
        </div>
      </div>
      {readOnly ? null : (
        <div className="d-flex gap-3 align-items-center">
          <Button type="submit" color="primary" disabled={editor.saving || !dirty || (renaming && !renameConfirmed)} data-testid="measure-save">
            {editor.saving ? t('performance.measures.saving') : t('performance.measures.save')}
          </Button>
          <span className="small">{t('performance.indicator.version', { version: editor.base.version })}</span>
        </div>
      )}
      <div role="status" className="mt-3" data-testid="measure-save-status">
        {status.kind === 'saved' ? <p className="text-success fw-semibold">{t('performance.measures.saved', { version: status.version })}</p> : null}
        {status.kind === 'no_changes' ? <p>{t('performance.measures.noChanges')}</p> : null}
      </div>
      {status.kind === 'failed' ? <Alert color="danger" role="alert" fade={false}>{problemMessage(status.error, language)}</Alert> : null}
      {editor.conflict ? <MeasureConflictAlert conflict={editor.conflict} busy={editor.saving} onKeepTheirs={editor.keepTheirs} onReapplyMine={editor.reapplyMine} onCancel={editor.cancelConflict} /> : null}
    </form>
  );
}
