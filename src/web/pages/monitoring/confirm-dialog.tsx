/**
 * The confirmation the data-collection pages ask before an action that takes something away or cannot
 * be undone by the same person (reject, reopen, close a campaign, remove evidence): the shared dialog
 * with an optional mandatory reason, passed to onConfirm.
 */
import { useEffect, useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog as BaseConfirmDialog } from '../../components/confirm-dialog.js';

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
    <BaseConfirmDialog isOpen={isOpen} title={title} confirmLabel={confirmLabel} busy={busy} error={error} onConfirm={confirm} onCancel={onCancel}
      tone={tone} testId="monitoring-dialog" confirmTestId="dialog-confirm">
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
    </BaseConfirmDialog>
  );
}
