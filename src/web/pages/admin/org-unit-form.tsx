/**
 * Creating an org unit (code, name, kind, parent, valid from) or changing one (also valid until;
 * with the version read). A unit cannot be moved under itself or one of its own units.
 */
import { useState, type FormEvent } from 'react';
import { Button } from 'design-react-kit';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/api-client.js';
import { ProblemAlert } from '../../components/problem-alert.js';
import { TextField } from '../../components/text-field.js';
import { useAppLanguage } from '../../i18n/use-app-language.js';
import { createOrgUnit, UNIT_KINDS, updateOrgUnit, type OrgUnit } from './admin-queries.js';
import { orgUnitRows, unitAndDescendants } from './org-unit-tree.js';

interface OrgUnitFormProps {
  entityCode: string;
  units: OrgUnit[];
  unit?: OrgUnit;
  onDone: (unit: OrgUnit, created: boolean) => void;
  onConflict: () => void;
  onCancel: () => void;
}

export function OrgUnitForm({ entityCode, units, unit, onDone, onConflict, onCancel }: OrgUnitFormProps) {
  const { t } = useTranslation();
  const { language } = useAppLanguage();
  const [code, setCode] = useState(unit?.code ?? '');
  const [name, setName] = useState(unit?.name ?? '');
  const [kind, setKind] = useState(unit?.kind ?? 'office');
  const [parentId, setParentId] = useState(unit?.parentId ?? '');
  const [validFrom, setValidFrom] = useState(unit?.validFrom ?? '');
  const [validTo, setValidTo] = useState(unit?.validTo ?? '');
  const [missing, setMissing] = useState<Set<'code' | 'name'>>(new Set());
  const idPrefix = unit ? `unit-edit-${unit.id}` : 'unit-new';
  const excluded = unit ? unitAndDescendants(units, unit.id) : new Set<string>();
  const parents = orgUnitRows(units).filter(({ unit: candidate }) => !excluded.has(candidate.id));

  const mutation = useMutation({
    mutationFn: () => {
      const fields = { name: name.trim(), kind, parentId: parentId === '' ? null : parentId, validFrom: validFrom === '' ? null : validFrom };
      return unit
        ? updateOrgUnit(entityCode, unit.id, { ...fields, version: unit.version, validTo: validTo === '' ? null : validTo })
        : createOrgUnit(entityCode, { ...fields, code: code.trim() });
    },
    onSuccess: (saved) => onDone(saved, unit === undefined),
    onError: (error) => { if (error instanceof ApiError && error.code === 'version_conflict') onConflict(); },
  });
  const apiError = mutation.error instanceof ApiError ? mutation.error : null;
  const fieldError = (field: string) => (missing.has(field as 'code' | 'name') ? t('admin.page.required') : apiError?.fieldMessageIn(field, language));
  const title = unit ? t('admin.units.editTitle', { code: unit.code, name: unit.name }) : t('admin.units.createTitle');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const empty = new Set<'code' | 'name'>();
    if (!unit && code.trim() === '') empty.add('code');
    if (name.trim() === '') empty.add('name');
    setMissing(empty);
    if (empty.size === 0) mutation.mutate();
  };

  return (
    <form className="admin-form" noValidate onSubmit={submit} aria-labelledby={`${idPrefix}-title`} data-testid="unit-form">
      <h3 id={`${idPrefix}-title`} className="h5 mb-5">{title}</h3>
      {mutation.error && !(apiError && apiError.fieldProblems.length > 0) ? <ProblemAlert title={title} error={mutation.error} /> : null}
      <div className="row">
        <div className="col-md-4">
          {unit ? <p className="mb-5"><span className="fw-semibold">{t('admin.units.code')}:</span> <code>{unit.code}</code></p> : (
            <TextField id={`${idPrefix}-code`} label={t('admin.units.code')} value={code} onChange={(event) => setCode(event.target.value)} error={fieldError('code')} required />
          )}
        </div>
        <div className="col-md-8">
          <TextField id={`${idPrefix}-name`} label={t('admin.units.name')} value={name} onChange={(event) => setName(event.target.value)} error={fieldError('name')} required />
        </div>
        <div className="col-md-4">
          <div className="select-wrapper mb-4">
            <label htmlFor={`${idPrefix}-kind`}>{t('admin.units.kind')}</label>
            <select id={`${idPrefix}-kind`} value={kind} onChange={(event) => setKind(event.target.value)}>
              {UNIT_KINDS.map((value) => <option key={value} value={value}>{t(`admin.units.kinds.${value}`)}</option>)}
            </select>
          </div>
        </div>
        <div className="col-md-8">
          <div className="select-wrapper mb-4">
            <label htmlFor={`${idPrefix}-parent`}>{t('admin.units.parent')}</label>
            <select id={`${idPrefix}-parent`} value={parentId} onChange={(event) => setParentId(event.target.value)}>
              <option value="">{t('admin.units.noParent')}</option>
              {parents.map(({ unit: candidate, depth }) => (
                <option key={candidate.id} value={candidate.id}>{`${'\u00a0\u00a0'.repeat(depth)}${candidate.code} – ${candidate.name}`}</option>
              ))}
            </select>
          </div>
        </div>
        <div className="col-md-4">
          <TextField id={`${idPrefix}-validFrom`} type="date" label={t('admin.units.validFrom')} value={validFrom} onChange={(event) => setValidFrom(event.target.value)} error={fieldError('validFrom')} />
        </div>
        {unit ? (
          <div className="col-md-4">
            <TextField id={`${idPrefix}-validTo`} type="date" label={t('admin.units.validTo')} value={validTo} onChange={(event) => setValidTo(event.target.value)} error={fieldError('validTo')} />
          </div>
        ) : null}
      </div>
      <div className="admin-actions">
        <Button type="submit" color="primary" disabled={mutation.isPending} data-testid="unit-form-submit">{mutation.isPending ? t('admin.page.saving') : t('admin.page.save')}</Button>
        <Button type="button" color="secondary" outline onClick={onCancel}>{t('admin.page.cancel')}</Button>
      </div>
    </form>
  );
}
