/**
 * A number that opens its explanation: a button showing the figure (and its status, when given),
 * whose accessible name also says what it explains, e.g. "98,00% — Come è calcolato: Obiettivo A.1.1".
 */
import type { ReactNode } from 'react';
import './explanation.css';
import { useTranslation } from 'react-i18next';
import { useOpenExplanation } from './explanation-context.js';
import type { ExplanationStep } from './explanation-dialog.js';

interface ExplanationButtonProps extends ExplanationStep {
  children: ReactNode;
  testId?: string;
}

export function ExplanationButton({ scope, subject, label, children, testId }: ExplanationButtonProps) {
  const { t } = useTranslation();
  const open = useOpenExplanation();
  return (
    <button type="button" className="btn btn-link p-0 explanation-button" aria-haspopup="dialog" data-testid={testId}
      onClick={() => open({ scope, subject, label })}>
      {children}
      <span className="visually-hidden"> — {t('results.explanation.open', { what: label })}</span>
    </button>
  );
}
