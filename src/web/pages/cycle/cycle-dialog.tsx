/**
 * Confirmation before an irreversible step of the cycle (approve, close, freeze, validate…): what will
 * happen, the fields the step needs (act, reason), the server's refusal if any, confirm or cancel.
 * Focus returns to the button that opened it.
 */
import type { ReactNode } from 'react';
import { Button, Modal, ModalBody, ModalFooter, ModalHeader } from 'design-react-kit';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../components/problem-alert.js';

interface CycleDialogProps {
  id: string;
  isOpen: boolean;
  title: string;
  confirmLabel: string;
  busy: boolean;
  error: unknown;
  onConfirm: () => void;
  onCancel: () => void;
  children: ReactNode;
  danger?: boolean;
}

export function CycleDialog({ id, isOpen, title, confirmLabel, busy, error, onConfirm, onCancel, children, danger }: CycleDialogProps) {
  const { t } = useTranslation();
  return (
    <Modal fade={false} isOpen={isOpen} toggle={busy ? undefined : onCancel} labelledBy={`${id}-title`} returnFocusAfterClose size="lg" data-testid={id}>
      <ModalHeader id={`${id}-title`} tag="h2" className="h4" toggle={busy ? undefined : onCancel} closeAriaLabel={t('lifecycle.dialog.cancel')}>{title}</ModalHeader>
      <ModalBody>
        {error ? <ProblemAlert title={title} error={error} /> : null}
        {children}
      </ModalBody>
      <ModalFooter>
        <Button color="secondary" outline onClick={onCancel} disabled={busy}>{t('lifecycle.dialog.cancel')}</Button>
        <Button color={danger ? 'danger' : 'primary'} onClick={onConfirm} disabled={busy} data-testid={`${id}-confirm`}>
          {busy ? <span role="status">{t('lifecycle.dialog.working')}</span> : confirmLabel}
        </Button>
      </ModalFooter>
    </Modal>
  );
}
