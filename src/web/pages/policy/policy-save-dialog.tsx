/**
 * Confirmation before saving a new revision of the policy, with the reason for the change (kept in the
 * history). Saving changes how every score of the year is computed, so it is never one click.
 */
import { useState } from 'react';
import { Button, Modal, ModalBody, ModalFooter, ModalHeader } from 'design-react-kit';
import { useTranslation } from 'react-i18next';

interface PolicySaveDialogProps {
  isOpen: boolean;
  year: number;
  currentRevision: number;
  saving: boolean;
  onConfirm: (note: string | null) => void;
  onCancel: () => void;
}

export function PolicySaveDialog({ isOpen, year, currentRevision, saving, onConfirm, onCancel }: PolicySaveDialogProps) {
  const { t } = useTranslation();
  const [note, setNote] = useState('');
  const revision = currentRevision + 1;
  return (
    <Modal fade={false} isOpen={isOpen} toggle={onCancel} labelledBy="policy-save-title" returnFocusAfterClose data-testid="policy-save-dialog">
      <ModalHeader id="policy-save-title" tag="h2" className="h4" toggle={onCancel} closeAriaLabel={t('smvp.save.cancel')}>
        {t('smvp.save.confirmTitle', { revision })}
      </ModalHeader>
      <ModalBody>
        <p>{t('smvp.save.confirmBody', { year, current: currentRevision })}</p>
        <div className="form-group">
          <label htmlFor="policy-save-note" className="active">{t('smvp.save.note')}</label>
          <textarea id="policy-save-note" className="form-control" rows={3} maxLength={2000} value={note}
            aria-describedby="policy-save-note-hint" onChange={(event) => setNote(event.target.value)} />
          <small id="policy-save-note-hint" className="form-text">{t('smvp.save.noteHint')}</small>
        </div>
      </ModalBody>
      <ModalFooter>
        <Button color="secondary" outline onClick={onCancel} disabled={saving}>{t('smvp.save.cancel')}</Button>
        <Button color="primary" onClick={() => onConfirm(note.trim() === '' ? null : note.trim())} disabled={saving} data-testid="policy-save-confirm">
          {saving ? t('smvp.save.saving') : t('smvp.save.confirm')}
        </Button>
      </ModalFooter>
    </Modal>
  );
}
