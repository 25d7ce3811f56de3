/**
 * An error from the API shown in the current language, in an alert that screen readers announce
 * (role=alert). The title names what failed; the body is the server's own message.
 */
import type { ReactNode } from 'react';
import { Alert } from 'design-react-kit';
import { ApiError, clientProblems } from '../api/api-client.js';
import { useAppLanguage } from '../i18n/use-app-language.js';

interface ProblemAlertProps {
  title: string;
  error: unknown;
  children?: ReactNode;
}

export function problemMessage(error: unknown, language: 'it' | 'en'): string {
  if (error instanceof ApiError) return error.messageIn(language);
  return clientProblems.unexpectedStatus(0)[language];
}

export function ProblemAlert({ title, error, children }: ProblemAlertProps) {
  const { language } = useAppLanguage();
  return (
    <Alert color="danger" role="alert" fade={false} className="mb-5">
      <h2 className="h5 alert-heading">{title}</h2>
      <p className="mb-0" data-testid="problem-message">{problemMessage(error, language)}</p>
      {children}
    </Alert>
  );
}
