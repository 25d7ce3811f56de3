/**
 * Org units: the org chart as an indented table with kind, validity (gg/mm/aaaa) and state (open or
 * closed, as text and icon), a form to create or change a unit, and closing a unit after confirmation
 * (its last valid day; the row stays, as past plans refer to it).
 */
import { useState } from 'react';
import { Alert, Button, Icon } from 'design-react-kit';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/api-client.js';
import { LoadFailure } from '../../components/score/workspace-plan.js';
import { TextField } from '../../components/text-field.js';
import { formatDate } from '../../i18n/format.js';
import { useAppLanguage } from '../../i18n/use-app-language.js';
import { closeOrgUnit, orgUnitsKey, orgUnitsQueryOptions, type OrgUnit } from './admin-queries.js';
import { ConfirmDialog } from '../../components/confirm-dialog.js';
import { OrgUnitForm } from './org-unit-form.js';
import { isUnitOpen, orgUnitRows } from './org-unit-tree.js';

/** Today in Rome, the bodies' legal time zone, as yyyy-mm-dd. */
export function todayInRome(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Rome', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

function Validity({ unit }: { unit: OrgUnit }) {
  const { t } = useTranslation();
  const { locale } = useAppLanguage();
  if (unit.validFrom === null && unit.validTo === null) return <>{t('admin.units.always')}</>;
  const from = unit.validFrom ? formatDate(unit.validFrom, locale) : '…';
  return <>{unit.validTo ? t('admin.units.fromTo', { from, to: formatDate(unit.validTo, locale) }) : t('admin.units.fromOnly', { from })}</>;
}

type Editing = { mode: 'create' } | { mode: 'edit'; unit: OrgUnit } | null;

export function OrgUnitsSection({ entityCode }: { entityCode: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const units = useQuery(orgUnitsQueryOptions(entityCode));
  const [editing, setEditing] = useState<Editing>(null);
  const [closing, setClosing] = useState<OrgUnit | null>(null);
  const [closeDate, setCloseDate] = useState(todayInRome());
  const [notice, setNotice] = useState<{ kind: 'success' | 'warning'; text: string } | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: orgUnitsKey(entityCode) });
  const close = useMutation({
    mutationFn: (unit: OrgUnit) => closeOrgUnit(entityCode, unit.id, unit.version, closeDate),
    onSuccess: async (unit) => { setClosing(null); setNotice({ kind: 'success', text: t('admin.units.closedDone', { code: unit.code }) }); await refresh(); },
    onError: async (error) => {
      if (error instanceof ApiError && error.code === 'version_conflict') { setClosing(null); setNotice({ kind: 'warning', text: t('admin.page.conflict') }); await refresh(); }
    },
  });

  if (units.isPending) return <p role="status">{t('admin.page.loading')}</p>;
  if (units.isError) return <LoadFailure error={units.error} onRetry={() => void units.refetch()} />;
  const today = todayInRome();
  const rows = orgUnitRows(units.data);
  const onConflict = async () => { setEditing(null); setNotice({ kind: 'warning', text: t('admin.page.conflict') }); await refresh(); };

  return (
    <section aria-labelledby="admin-units-heading">
      <h2 id="admin-units-heading" className="h3">{t('admin.units.heading')}</h2>
      {notice ? <Alert color={notice.kind} fade={false} role="status" data-testid="admin-notice">{notice.text}</Alert> : null}
      {editing === null ? (
        <Button color="primary" className="mb-3" onClick={() => { setNotice(null); setEditing({ mode: 'create' }); }} data-testid="unit-create">
          <Icon icon="it-plus" size="sm" color="white" aria-hidden="true" className="me-1" />{t('admin.units.create')}
        </Button>
      ) : (
        <OrgUnitForm key={editing.mode === 'edit' ? editing.unit.id : 'new'} entityCode={entityCode} units={units.data}
          unit={editing.mode === 'edit' ? editing.unit : undefined} onCancel={() => setEditing(null)} onConflict={() => void onConflict()}
          onDone={(unit, created) => {
            setEditing(null);
            setNotice({ kind: 'success', text: t(created ? 'admin.units.created' : 'admin.units.updated', { code: unit.code }) });
            void refresh();
          }} />
      )}
      {rows.length === 0 ? <p>{t('admin.units.empty')}</p> : (
        <div className="table-responsive">
          <table className="table table-sm" data-testid="units-admin-table">
            <caption>{t('admin.units.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('admin.units.code')}</th>
                <th scope="col">{t('admin.units.name')}</th>
                <th scope="col">{t('admin.units.kind')}</th>
                <th scope="col">{t('admin.units.validity')}</th>
                <th scope="col">{t('admin.units.status')}</th>
                <th scope="col">{t('admin.units.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map(({ unit, depth }) => {
                const open = isUnitOpen(unit, today);
                return (
                  <tr key={unit.id} data-code={unit.code}>
                    <th scope="row"><span style={{ paddingInlineStart: `${depth * 1.25}rem` }}><code>{unit.code}</code></span></th>
                    <td>{unit.name}</td>
                    <td>{t(`admin.units.kinds.${unit.kind}` as 'admin.units.kinds.office', { defaultValue: unit.kind })}</td>
                    <td><Validity unit={unit} /></td>
                    <td>
                      <span className="admin-status" data-status={open ? 'open' : 'closed'}>
                        <Icon icon={open ? 'it-check-circle' : 'it-minus-circle'} size="sm" aria-hidden="true" />{open ? t('admin.units.open') : t('admin.units.closed')}
                      </span>
                    </td>
                    <td>
                      <div className="admin-actions">
                        <Button color="primary" outline size="xs" aria-label={t('admin.units.editLabel', { name: `${unit.code} ${unit.name}` })}
                          onClick={() => { setNotice(null); setEditing({ mode: 'edit', unit }); }}>{t('admin.units.edit')}</Button>
                        {unit.validTo === null ? (
                          <Button color="danger" outline size="xs" aria-label={t('admin.units.closeLabel', { name: `${unit.code} ${unit.name}` })}
                            onClick={() => { close.reset(); setCloseDate(todayInRome()); setClosing(unit); }}>{t('admin.units.close')}</Button>
                        ) : null}
                      </div>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <ConfirmDialog confirmTestId="admin-confirm" isOpen={closing !== null} busy={close.isPending} error={close.error} testId="unit-close-dialog"
        title={closing ? t('admin.units.closeTitle', { code: closing.code, name: closing.name }) : ''} confirmLabel={t('admin.units.close')}
        onConfirm={() => { if (closing) close.mutate(closing); }} onCancel={() => setClosing(null)}>
        <p>{t('admin.units.closeBody')}</p>
        <TextField id="unit-close-date" type="date" label={t('admin.units.closeDate')} value={closeDate} onChange={(event) => setCloseDate(event.target.value)} required />
      </ConfirmDialog>
    </section>
  );
}
