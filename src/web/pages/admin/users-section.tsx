/**
 * Users and roles: the users holding a role in the entity (roles with their unit scopes, active or
 * disabled, as text and icon), a form to create one or change one, and disabling or re-enabling an
 * account after confirmation.
 */
import { useState } from 'react';
import { Alert, Button, Icon } from 'design-react-kit';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/api-client.js';
import { LoadFailure } from '../../components/score/workspace-plan.js';
import { useWorkspace } from '../../workspace/workspace-context.js';
import { orgUnitsQueryOptions, setUserDisabled, usersKey, usersQueryOptions, type EntityUser, type OrgUnit } from './admin-queries.js';
import { ConfirmDialog } from '../../components/confirm-dialog.js';
import { UserForm } from './user-form.js';

function RolesCell({ user, units }: { user: EntityUser; units: OrgUnit[] }) {
  const { t } = useTranslation();
  const codeOf = (id: string) => units.find((unit) => unit.id === id)?.code ?? id;
  return (
    <ul className="list-unstyled mb-0">
      {user.roles.map((grant) => (
        <li key={grant.role}>
          {t(`roles.${grant.role}` as 'roles.stp', { defaultValue: grant.role })}
          {grant.scopeUnitIds.length > 0 ? <span className="small"> — {t('admin.users.scopeOf', { units: grant.scopeUnitIds.map(codeOf).join(', ') })}</span> : null}
        </li>
      ))}
    </ul>
  );
}

function StatusCell({ user }: { user: EntityUser }) {
  const { t } = useTranslation();
  return (
    <span className="admin-status" data-status={user.disabled ? 'disabled' : 'active'}>
      <Icon icon={user.disabled ? 'it-locked' : 'it-check-circle'} size="sm" aria-hidden="true" />
      {user.disabled ? t('admin.users.disabled') : t('admin.users.active')}
    </span>
  );
}

type Editing = { mode: 'create' } | { mode: 'edit'; user: EntityUser } | null;

export function UsersSection({ entityCode }: { entityCode: string }) {
  const { t } = useTranslation();
  const { me } = useWorkspace();
  const queryClient = useQueryClient();
  const users = useQuery(usersQueryOptions(entityCode));
  const units = useQuery(orgUnitsQueryOptions(entityCode));
  const [editing, setEditing] = useState<Editing>(null);
  const [notice, setNotice] = useState<{ kind: 'success' | 'warning'; text: string } | null>(null);
  const [toggling, setToggling] = useState<EntityUser | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: usersKey(entityCode) });
  const status = useMutation({
    mutationFn: (user: EntityUser) => setUserDisabled(entityCode, user.id, { version: user.version, disabled: !user.disabled }),
    onSuccess: async (user) => {
      setToggling(null);
      setNotice({ kind: 'success', text: t(user.disabled ? 'admin.users.disabledDone' : 'admin.users.enabledDone', { username: user.username }) });
      await refresh();
    },
    onError: async (error) => {
      if (error instanceof ApiError && error.code === 'version_conflict') {
        setToggling(null);
        setNotice({ kind: 'warning', text: t('admin.page.conflict') });
        await refresh();
      }
    },
  });

  if (users.isPending || units.isPending) return <p role="status">{t('admin.page.loading')}</p>;
  if (users.isError) return <LoadFailure error={users.error} onRetry={() => void users.refetch()} />;
  if (units.isError) return <LoadFailure error={units.error} onRetry={() => void units.refetch()} />;
  const onConflict = async () => { setEditing(null); setNotice({ kind: 'warning', text: t('admin.page.conflict') }); await refresh(); };

  return (
    <section aria-labelledby="admin-users-heading">
      <h2 id="admin-users-heading" className="h3">{t('admin.users.heading')}</h2>
      {notice ? <Alert color={notice.kind} fade={false} role="status" data-testid="admin-notice">{notice.text}</Alert> : null}
      {editing === null ? (
        <Button color="primary" className="mb-3" onClick={() => { setNotice(null); setEditing({ mode: 'create' }); }} data-testid="user-create">
          <Icon icon="it-plus" size="sm" color="white" aria-hidden="true" className="me-1" />{t('admin.users.create')}
        </Button>
      ) : (
        <UserForm key={editing.mode === 'edit' ? editing.user.id : 'new'} entityCode={entityCode} units={units.data}
          user={editing.mode === 'edit' ? editing.user : undefined} onCancel={() => setEditing(null)} onConflict={() => void onConflict()}
          onDone={(user, created) => {
            setEditing(null);
            setNotice({ kind: 'success', text: t(created ? 'admin.users.created' : 'admin.users.updated', { username: user.username }) });
            void refresh();
          }} />
      )}
      {users.data.length === 0 ? <p>{t('admin.users.empty')}</p> : (
        <div className="table-responsive">
          <table className="table table-sm" data-testid="users-table">
            <caption>{t('admin.users.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('admin.users.username')}</th>
                <th scope="col">{t('admin.users.displayName')}</th>
                <th scope="col">{t('admin.users.email')}</th>
                <th scope="col">{t('admin.users.roles')}</th>
                <th scope="col">{t('admin.users.status')}</th>
                <th scope="col">{t('admin.users.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {users.data.map((user) => (
                <tr key={user.id} data-username={user.username}>
                  <th scope="row"><code>{user.username}</code>{user.id === me.user.id ? <span className="small"> {t('admin.users.you')}</span> : null}</th>
                  <td>{user.displayName}</td>
                  <td>{user.email ?? '—'}</td>
                  <td><RolesCell user={user} units={units.data} /></td>
                  <td><StatusCell user={user} /></td>
                  <td>
                    <div className="admin-actions">
                      <Button color="primary" outline size="xs" aria-label={t('admin.users.editLabel', { name: user.displayName })}
                        onClick={() => { setNotice(null); setEditing({ mode: 'edit', user }); }}>{t('admin.users.edit')}</Button>
                      {user.id === me.user.id ? null : (
                        <Button color={user.disabled ? 'primary' : 'danger'} outline size="xs" onClick={() => { status.reset(); setToggling(user); }}
                          aria-label={t(user.disabled ? 'admin.users.enableLabel' : 'admin.users.disableLabel', { name: user.displayName })}>
                          {user.disabled ? t('admin.users.enable') : t('admin.users.disable')}
                        </Button>
                      )}
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <ConfirmDialog confirmTestId="admin-confirm" isOpen={toggling !== null} busy={status.isPending} error={status.error} testId="user-status-dialog"
        title={toggling ? t(toggling.disabled ? 'admin.users.enableTitle' : 'admin.users.disableTitle', { name: toggling.displayName }) : ''}
        confirmLabel={toggling?.disabled ? t('admin.users.enable') : t('admin.users.disable')}
        onConfirm={() => { if (toggling) status.mutate(toggling); }} onCancel={() => setToggling(null)}>
        <p>{toggling?.disabled ? t('admin.users.enableBody') : t('admin.users.disableBody')}</p>
      </ConfirmDialog>
    </section>
  );
}
