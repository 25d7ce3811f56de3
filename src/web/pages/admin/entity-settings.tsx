/**
 * The entity's own data: code (fixed), name and kind, saved with the version read (a stale save gets
 * 409: the current data is reloaded and the user told). The header shows the new name after saving.
 */
import { useState, type FormEvent } from 'react';
import { Alert, Button } from 'design-react-kit';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/api-client.js';
import { meQueryKey } from '../../api/session.js';
import { ProblemAlert } from '../../components/problem-alert.js';
import { LoadFailure } from '../../components/score/workspace-plan.js';
import { TextField } from '../../components/text-field.js';
import { useAppLanguage } from '../../i18n/use-app-language.js';
import { entityKey, entityQueryOptions, updateEntity, type EntityDetail } from './admin-queries.js';

function EntityForm({ entity, onSaved, onConflict }: { entity: EntityDetail; onSaved: () => void; onConflict: () => void }) {
  const { t } = useTranslation();
  const { language } = useAppLanguage();
  const [name, setName] = useState(entity.name);
  const [kind, setKind] = useState(entity.kind ?? '');
  const [missing, setMissing] = useState(false);
  const mutation = useMutation({
    mutationFn: () => updateEntity(entity.code, { version: entity.version, name: name.trim(), kind: kind.trim() === '' ? null : kind.trim() }),
    onSuccess: onSaved,
    onError: (error) => { if (error instanceof ApiError && error.code === 'version_conflict') onConflict(); },
  });
  const apiError = mutation.error instanceof ApiError ? mutation.error : null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setMissing(name.trim() === '');
    if (name.trim() !== '') mutation.mutate();
  };
  return (
    <form className="admin-form" noValidate onSubmit={submit} data-testid="entity-form" aria-labelledby="admin-entity-heading">
      {mutation.error && !(apiError && (apiError.fieldProblems.length > 0 || apiError.code === 'version_conflict'))
        ? <ProblemAlert title={t('admin.entity.heading')} error={mutation.error} /> : null}
      <p className="mb-5"><span className="fw-semibold">{t('admin.entity.code')}:</span> <code>{entity.code}</code></p>
      <TextField id="entity-name" label={t('admin.entity.name')} value={name} onChange={(event) => setName(event.target.value)} required
        error={missing ? t('admin.page.required') : apiError?.fieldMessageIn('name', language)} />
      <TextField id="entity-kind" label={t('admin.entity.kind')} hint={t('admin.entity.kindHint')} value={kind} onChange={(event) => setKind(event.target.value)}
        error={apiError?.fieldMessageIn('kind', language)} />
      <Button type="submit" color="primary" disabled={mutation.isPending} data-testid="entity-form-submit">{mutation.isPending ? t('admin.page.saving') : t('admin.page.save')}</Button>
    </form>
  );
}

export function EntitySettings({ entityCode }: { entityCode: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const query = useQuery(entityQueryOptions(entityCode));
  const [notice, setNotice] = useState<{ kind: 'success' | 'warning'; text: string } | null>(null);
  if (query.isPending) return <p role="status">{t('admin.page.loading')}</p>;
  if (query.isError) return <LoadFailure error={query.error} onRetry={() => void query.refetch()} />;
  const reload = async (next: { kind: 'success' | 'warning'; text: string }) => {
    setNotice(next);
    await queryClient.invalidateQueries({ queryKey: entityKey(entityCode) });
    // The entity's name is shown in the header and the workspace switch: both come from /api/me and the entity list.
    await queryClient.invalidateQueries({ queryKey: meQueryKey });
    await queryClient.invalidateQueries({ queryKey: ['entities'], exact: true });
  };
  return (
    <section aria-labelledby="admin-entity-heading">
      <h2 id="admin-entity-heading" className="h3">{t('admin.entity.heading')}</h2>
      {notice ? <Alert color={notice.kind} fade={false} role="status" data-testid="admin-notice">{notice.text}</Alert> : null}
      <EntityForm key={query.data.version} entity={query.data}
        onSaved={() => void reload({ kind: 'success', text: t('admin.entity.saved') })}
        onConflict={() => void reload({ kind: 'warning', text: t('admin.page.conflict') })} />
    </section>
  );
}
