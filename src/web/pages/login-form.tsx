import { useRef, useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { Button } from 'design-react-kit';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/api-client.js';
import { logIn, meQueryOptions } from '../api/session.js';
import { ProblemAlert } from '../components/problem-alert.js';
import { TextField } from '../components/text-field.js';
import { isAppLanguage } from '../i18n/format.js';
import { readStoredLanguage } from '../i18n/i18n.js';

const loginRoute = getRouteApi('/accedi');

type AlertTitleKey = 'login.lockedTitle' | 'login.tooManyTitle' | 'login.failedTitle';

function alertTitleKey(error: unknown): AlertTitleKey {
  if (error instanceof ApiError && error.code === 'account_locked') return 'login.lockedTitle';
  if (error instanceof ApiError && error.status === 429) return 'login.tooManyTitle';
  return 'login.failedTitle';
}

export function LoginForm() {
  const { t, i18n } = useTranslation();
  const search = loginRoute.useSearch();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [showPassword, setShowPassword] = useState(false);
  const [missing, setMissing] = useState({ username: false, password: false });
  const [attempt, setAttempt] = useState(0);
  const usernameInput = useRef<HTMLInputElement>(null);
  const passwordInput = useRef<HTMLInputElement>(null);

  const login = useMutation({
    mutationFn: logIn,
    meta: { handlesUnauthorized: true },
    onSuccess: async (user) => {
      if (!readStoredLanguage() && isAppLanguage(user.locale)) await i18n.changeLanguage(user.locale);
      await queryClient.fetchQuery({ ...meQueryOptions, staleTime: 0 });
      await navigate({ href: search.redirect ?? '/' });
    },
    onError: () => {
      setPassword('');
      passwordInput.current?.focus();
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const nowMissing = { username: username.trim() === '', password: password === '' };
    setMissing(nowMissing);
    if (nowMissing.username) return usernameInput.current?.focus();
    if (nowMissing.password) return passwordInput.current?.focus();
    setAttempt(attempt + 1);
    login.mutate({ username: username.trim(), password });
  };

  return (
    <form onSubmit={submit} noValidate aria-busy={login.isPending}>
      {login.isError ? <ProblemAlert key={attempt} title={t(alertTitleKey(login.error))} error={login.error} /> : null}
      <TextField
        ref={usernameInput}
        id="login-username"
        label={t('login.username')}
        autoComplete="username"
        autoCapitalize="none"
        spellCheck={false}
        required
        value={username}
        onChange={(event) => setUsername(event.target.value)}
        error={missing.username ? t('validation.required') : undefined}
      />
      <TextField
        ref={passwordInput}
        id="login-password"
        type={showPassword ? 'text' : 'password'}
        label={t('login.password')}
        autoComplete="current-password"
        required
        value={password}
        onChange={(event) => setPassword(event.target.value)}
        error={missing.password ? t('validation.required') : undefined}
      />
      <div className="form-check mb-4">
        <input id="login-show-password" type="checkbox" checked={showPassword} onChange={(event) => setShowPassword(event.target.checked)} />
        <label htmlFor="login-show-password">{t('login.showPassword')}</label>
      </div>
      <Button color="primary" type="submit" disabled={login.isPending} className="w-100">
        {login.isPending ? t('login.submitting') : t('login.submit')}
      </Button>
    </form>
  );
}
