/**
 * Change password: current password, new password twice. The client checks what it can (required,
 * the two new passwords match, new differs from current); the server's rules (length, strength) come
 * back as field errors and are shown next to the field, in the current language.
 */
import { useRef, useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button } from 'design-react-kit';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/api-client.js';
import { changePassword, meQueryKey } from '../api/session.js';
import { ProblemAlert } from '../components/problem-alert.js';
import { TextField } from '../components/text-field.js';
import { useDocumentTitle } from '../components/use-document-title.js';
import { useAppLanguage } from '../i18n/use-app-language.js';
import { passwordFormErrors, type PasswordForm, type PasswordFormErrors } from './password-form.js';

const fields = ['currentPassword', 'newPassword', 'confirmPassword'] as const;

export function ChangePasswordPage() {
  const { t } = useTranslation();
  const { language } = useAppLanguage();
  useDocumentTitle(t('changePassword.title'));
  const queryClient = useQueryClient();
  const [form, setForm] = useState<PasswordForm>({ currentPassword: '', newPassword: '', confirmPassword: '' });
  const [errors, setErrors] = useState<PasswordFormErrors>({});
  const [show, setShow] = useState(false);
  const inputs = useRef<Partial<Record<keyof PasswordForm, HTMLInputElement | null>>>({});

  const change = useMutation({
    mutationFn: changePassword, // a 401 here means the session ended: main.tsx sends the user to login
    onSuccess: async () => {
      setForm({ currentPassword: '', newPassword: '', confirmPassword: '' });
      await queryClient.invalidateQueries({ queryKey: meQueryKey });
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = passwordFormErrors(form);
    setErrors(found);
    const firstInvalid = fields.find((field) => found[field]);
    if (firstInvalid) return inputs.current[firstInvalid]?.focus();
    change.mutate({ currentPassword: form.currentPassword, newPassword: form.newPassword });
  };

  const serverError = change.error instanceof ApiError ? change.error : null;
  const errorOf = (field: keyof PasswordForm) => {
    const local = errors[field];
    if (local) return t(local);
    return serverError?.fieldMessageIn(field, language);
  };
  const bind = (field: keyof PasswordForm) => ({
    id: `password-${field}`,
    ref: (element: HTMLInputElement | null) => { inputs.current[field] = element; },
    type: show ? 'text' : 'password',
    value: form[field],
    required: true,
    onChange: (event: { target: { value: string } }) => setForm({ ...form, [field]: event.target.value }),
    error: errorOf(field),
  });

  return (
    <div className="row">
      <div className="col-lg-6">
        <h1>{t('changePassword.title')}</h1>
        <p className="mb-5">{t('changePassword.intro')}</p>
        {/* Plain markup: design-react-kit's Alert always renders role="alert"; success is a polite status. */}
        {change.isSuccess ? <div className="alert alert-success" role="status">{t('changePassword.success')}</div> : null}
        {change.isError ? <ProblemAlert title={t('changePassword.failedTitle')} error={change.error} /> : null}
        <form onSubmit={submit} noValidate aria-busy={change.isPending}>
          <TextField {...bind('currentPassword')} label={t('changePassword.current')} autoComplete="current-password" />
          <TextField {...bind('newPassword')} label={t('changePassword.new')} autoComplete="new-password" />
          <TextField {...bind('confirmPassword')} label={t('changePassword.confirm')} autoComplete="new-password" />
          <div className="form-check mb-4">
            <input id="password-show" type="checkbox" checked={show} onChange={(event) => setShow(event.target.checked)} />
            <label htmlFor="password-show">{t('changePassword.showPasswords')}</label>
          </div>
          <Button color="primary" type="submit" disabled={change.isPending}>
            {change.isPending ? t('changePassword.submitting') : t('changePassword.submit')}
          </Button>
        </form>
      </div>
    </div>
  );
}
