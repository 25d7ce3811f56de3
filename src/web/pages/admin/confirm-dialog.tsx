/**
 * A confirmation dialog for changes that take something away (disabling an account, closing a unit):
 * what will happen, an optional field, confirm or cancel. Focus returns to the button that opened it.
 */
import type { ReactNode } from 'react';
import { Button, Modal, ModalBody, ModalFooter, ModalHeader } from 'design-react-kit';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../components/problem-alert.js';

interface ConfirmDialogProps {
  isOpen: boolean;
  title: string;
  confirmLabel: string;
  busy: boolean;
  error: unknown;
  onConfirm: () => void;
  onCancel: () => void;
  children: ReactNode;
  testId?: string;
}

export function ConfirmDialog({ isOpen, title, confirmLabel, busy, error, onConfirm, onCancel, children, testId }: ConfirmDialogProps) {
  const { t } = useTranslation();
  return (
    <Modal fade={false} isOpen={isOpen} toggle={onCancel} labelledBy="admin-confirm-title" returnFocusAfterClose data-testid={testId}>
      <ModalHeader id="admin-confirm-title" tag="h2" className="h4" toggle={onCancel} closeAriaLabel={t('admin.page.cancel')}>{title}</ModalHeader>
      <ModalBody>
        {error ? <ProblemAlert title={title} error={error} /> : null}
        {children}
      </ModalBody>
      <ModalFooter>
        <Button color="secondary" outline onClick={onCancel} disabled={busy}>{t('admin.page.cancel')}</Button>
        <Button color="danger" onClick={onConfirm} disabled={busy} data-testid="admin-confirm">{busy ? t('admin.page.saving') : confirmLabel}</Button>
      </ModalFooter>
    </Modal>
  );
}
