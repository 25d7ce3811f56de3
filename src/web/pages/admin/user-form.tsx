/**
 * Creating a user (username, name, email, initial password, roles with unit scopes) or changing one
 * (name, email, roles; with the version read). Errors from the server are shown next to their field.
 */
import { useState, type FormEvent } from 'react';
import { Button } from 'design-react-kit';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/api-client.js';
import { ProblemAlert } from '../../components/problem-alert.js';
import { TextField } from '../../components/text-field.js';
import { useAppLanguage } from '../../i18n/use-app-language.js';
import { createUser, updateUser, type EntityUser, type OrgUnit, type RoleGrant } from './admin-queries.js';
import { RoleEditor } from './role-editor.js';

interface UserFormProps {
  entityCode: string;
  units: OrgUnit[];
  /** The user to change; absent to create one. */
  user?: EntityUser;
  onDone: (user: EntityUser, created: boolean) => void;
  onConflict: () => void;
  onCancel: () => void;
}

type Field = 'username' | 'displayName' | 'password' | 'roles';

export function UserForm({ entityCode, units, user, onDone, onConflict, onCancel }: UserFormProps) {
  const { t } = useTranslation();
  const { language } = useAppLanguage();
  const [username, setUsername] = useState(user?.username ?? '');
  const [displayName, setDisplayName] = useState(user?.displayName ?? '');
  const [email, setEmail] = useState(user?.email ?? '');
  const [password, setPassword] = useState('');
  const [roles, setRoles] = useState<RoleGrant[]>(user?.roles ?? []);
  const [missing, setMissing] = useState<Set<Field>>(new Set());
  const idPrefix = user ? `user-edit-${user.id}` : 'user-new';

  const mutation = useMutation({
    mutationFn: () => {
      const mail = email.trim() === '' ? null : email.trim();
      return user
        ? updateUser(entityCode, user.id, { version: user.version, displayName: displayName.trim(), email: mail, roles })
        : createUser(entityCode, { username: username.trim().toLowerCase(), displayName: displayName.trim(), email: mail, password, roles });
    },
    onSuccess: (saved) => onDone(saved, user === undefined),
    onError: (error) => { if (error instanceof ApiError && error.code === 'version_conflict') onConflict(); },
  });
  const apiError = mutation.error instanceof ApiError ? mutation.error : null;
  const fieldError = (field: Field | 'email'): string | undefined =>
    (field !== 'email' && missing.has(field) ? t('admin.page.required') : undefined) ?? apiError?.fieldMessageIn(field, language);
  const general = mutation.error && !(apiError && apiError.fieldProblems.length > 0) ? mutation.error : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const empty = new Set<Field>();
    if (!user && username.trim() === '') empty.add('username');
    if (displayName.trim() === '') empty.add('displayName');
    if (!user && password === '') empty.add('password');
    if (!user && roles.length === 0) empty.add('roles');
    setMissing(empty);
    if (empty.size === 0) mutation.mutate();
  };

  return (
    <form className="admin-form" noValidate onSubmit={submit} aria-labelledby={`${idPrefix}-title`} data-testid="user-form">
      <h3 id={`${idPrefix}-title`} className="h5 mb-5">{user ? t('admin.users.editTitle', { name: user.displayName }) : t('admin.users.createTitle')}</h3>
      {general ? <ProblemAlert title={user ? t('admin.users.editTitle', { name: user.displayName }) : t('admin.users.createTitle')} error={general} /> : null}
      <div className="row">
        <div className="col-md-6">
          {user ? (
            <p className="mb-5"><span className="fw-semibold">{t('admin.users.username')}:</span> <code>{user.username}</code></p>
          ) : (
            <TextField id={`${idPrefix}-username`} label={t('admin.users.username')} value={username} autoComplete="off"
              onChange={(event) => setUsername(event.target.value)} error={fieldError('username')} required />
          )}
        </div>
        <div className="col-md-6">
          <TextField id={`${idPrefix}-displayName`} label={t('admin.users.displayName')} value={displayName}
            onChange={(event) => setDisplayName(event.target.value)} error={fieldError('displayName')} required />
        </div>
        <div className="col-md-6">
          <TextField id={`${idPrefix}-email`} type="email" label={t('admin.users.email')} value={email}
            onChange={(event) => setEmail(event.target.value)} error={fieldError('email')} />
        </div>
        {user ? null : (
          <div className="col-md-6">
            <TextField id={`${idPrefix}-password`} type="password" label={t('admin.users.password')} hint={t('admin.users.passwordHint')} value={password}
              autoComplete="new-password" onChange={(event) => setPassword(event.target.value)} error={fieldError('password')} required />
          </div>
        )}
      </div>
      <RoleEditor idPrefix={idPrefix} roles={roles} units={units} error={fieldError('roles')} onChange={setRoles} />
      <div className="admin-actions">
        <Button type="submit" color="primary" disabled={mutation.isPending} data-testid="user-form-submit">
          {mutation.isPending ? t('admin.page.saving') : t('admin.page.save')}
        </Button>
        <Button type="button" color="secondary" outline onClick={onCancel}>{t('admin.page.cancel')}</Button>
      </div>
    </form>
  );
}
