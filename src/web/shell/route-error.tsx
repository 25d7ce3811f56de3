/**
 * What a page shows when its code or data could not be loaded: the problem in the current language
 * and a retry button. Kept free of design-react-kit so it is cheap in the first chunk.
 */
import { useRouter, type ErrorComponentProps } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ApiError, clientProblems } from '../api/api-client.js';
import { useAppLanguage } from '../i18n/use-app-language.js';

export function RouteError({ error, reset }: ErrorComponentProps) {
  const { t } = useTranslation();
  const { language } = useAppLanguage();
  const router = useRouter();
  const message = error instanceof ApiError ? error.messageIn(language) : clientProblems.network[language];
  const retry = () => {
    reset();
    void router.invalidate();
  };
  return (
    <main className="container-xxl shell-content py-5" id="main-content" tabIndex={-1}>
      <div className="alert alert-danger" role="alert">
        <h1 className="h4 alert-heading">{t('errors.unexpectedTitle')}</h1>
        <p>{message}</p>
        <button type="button" className="btn btn-primary" onClick={retry}>{t('errors.retry')}</button>
      </div>
    </main>
  );
}
