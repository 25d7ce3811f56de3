/**
 * The confirmation asked before an action that takes something away or cannot be undone (disable an
 * account, approve with an act, reject a value, freeze a year…): what will happen, the fields the action
 * needs, the server's refusal if any, confirm or cancel. Focus returns to the button that opened it; while
 * the action runs the dialog cannot be dismissed.
 */
import { useId, type ReactNode } from 'react';
import { Button, Modal, ModalBody, ModalFooter, ModalHeader } from 'design-react-kit';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from './problem-alert.js';

export interface ConfirmDialogProps {
  isOpen: boolean;
  title: string;
  confirmLabel: string;
  busy: boolean;
  error: unknown;
  onConfirm: () => void;
  onCancel: () => void;
  children?: ReactNode;
  tone?: 'danger' | 'primary';
  size?: 'lg';
  /** data-testid of the dialog and of its confirm button (tests find them by these). */
  testId?: string;
  confirmTestId?: string;
}

export function ConfirmDialog({
  isOpen, title, confirmLabel, busy, error, onConfirm, onCancel, children, tone = 'danger', size, testId, confirmTestId,
}: ConfirmDialogProps) {
  const { t } = useTranslation();
  const titleId = `${useId()}-title`;
  const dismiss = busy ? undefined : onCancel;
  return (
    <Modal fade={false} isOpen={isOpen} toggle={dismiss} labelledBy={titleId} returnFocusAfterClose size={size} data-testid={testId}>
      <ModalHeader id={titleId} tag="h2" className="h4" toggle={dismiss} closeAriaLabel={t('common.close')}>{title}</ModalHeader>
      <ModalBody>
        {error ? <ProblemAlert title={title} error={error} /> : null}
        {children}
      </ModalBody>
      <ModalFooter>
        <Button color="secondary" outline onClick={onCancel} disabled={busy}>{t('common.cancel')}</Button>
        <Button color={tone} onClick={onConfirm} disabled={busy} data-testid={confirmTestId}>
          {busy ? <span role="status">{t('common.working')}</span> : confirmLabel}
        </Button>
      </ModalFooter>
    </Modal>
  );
}
