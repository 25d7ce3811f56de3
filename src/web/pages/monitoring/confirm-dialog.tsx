/**
 * The confirmation the data-collection pages ask before an action that takes something away or cannot
 * be undone by the same person (reject, reopen, close a campaign, remove evidence): what will happen,
 * an optional mandatory reason, confirm or cancel. The API's refusal is shown in the dialog.
 */
import { useEffect, useId, useState, type ReactNode } from 'react';
import { Button, Modal, ModalBody, ModalFooter, ModalHeader } from 'design-react-kit';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../components/problem-alert.js';

interface ConfirmDialogProps {
  isOpen: boolean;
  title: string;
  confirmLabel: string;
  /** When given, a reason is required and passed to onConfirm. */
  reasonLabel?: string;
  busy: boolean;
  error: unknown;
  onConfirm: (reason: string) => void;
  onCancel: () => void;
  children?: ReactNode;
  tone?: 'danger' | 'primary';
}

export function ConfirmDialog({ isOpen, title, confirmLabel, reasonLabel, busy, error, onConfirm, onCancel, children, tone = 'danger' }: ConfirmDialogProps) {
  const { t } = useTranslation();
  const id = useId();
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  useEffect(() => {
    if (isOpen) {
      setReason('');
      setMissing(false);
    }
  }, [isOpen]);
  const confirm = () => {
    if (reasonLabel && reason.trim() === '') {
      setMissing(true);
      return;
    }
    onConfirm(reason.trim());
  };
  return (
    <Modal fade={false} isOpen={isOpen} toggle={onCancel} labelledBy={`${id}-title`} returnFocusAfterClose data-testid="monitoring-dialog">
      <ModalHeader id={`${id}-title`} tag="h2" className="h4" toggle={onCancel} closeAriaLabel={t('monitoring.common.close')}>{title}</ModalHeader>
      <ModalBody>
        {error ? <ProblemAlert title={title} error={error} /> : null}
        {children}
        {reasonLabel ? (
          <div className="form-group mt-4 mb-0">
            <label htmlFor={`${id}-reason`} className="active">{reasonLabel}</label>
            <textarea id={`${id}-reason`} className={missing ? 'form-control is-invalid' : 'form-control'} rows={3} value={reason} required
              aria-invalid={missing || undefined} aria-describedby={missing ? `${id}-reason-error` : undefined}
              onChange={(event) => { setReason(event.target.value); setMissing(false); }} data-testid="dialog-reason" />
            {missing ? <div id={`${id}-reason-error`} className="invalid-feedback d-block">{t('monitoring.common.reasonRequired')}</div> : null}
          </div>
        ) : null}
      </ModalBody>
      <ModalFooter>
        <Button color="secondary" outline onClick={onCancel} disabled={busy}>{t('monitoring.common.cancel')}</Button>
        <Button color={tone} onClick={confirm} disabled={busy} data-testid="dialog-confirm">{busy ? t('monitoring.common.saving') : confirmLabel}</Button>
      </ModalFooter>
    </Modal>
  );
}
