/**
 * "Someone changed this": shown when a save meets a newer version (HTTP 409). It lists, field by
 * field, the user's version and the saved one, and offers three ways on — keep the saved version,
 * reapply the user's changes on top of it, or cancel back to the unsaved form. Nothing is lost.
 */
import { Button, Modal, ModalBody, ModalFooter, ModalHeader } from 'design-react-kit';
import { useTranslation } from 'react-i18next';
import { changedFields, fieldText, type DraftField, type IndicatorDraft } from './indicator-draft.js';

export interface ConflictState {
  baseDraft: IndicatorDraft;
  mine: IndicatorDraft;
  theirs: IndicatorDraft;
  theirVersion: number;
  theirAuthor: string | null;
}

interface ConflictDialogProps {
  conflict: ConflictState;
  busy: boolean;
  onKeepTheirs: () => void;
  onReapplyMine: () => void;
  onCancel: () => void;
}

function useFieldLabel() {
  const { t } = useTranslation();
  return (field: DraftField): string => {
    if (field.startsWith('targets.')) return t('performance.fields.targets', { year: field.slice('targets.'.length) });
    return t(`performance.fields.${field as 'formula' | 'weight' | 'scoringRule'}`);
  };
}

export function ConflictDialog({ conflict, busy, onKeepTheirs, onReapplyMine, onCancel }: ConflictDialogProps) {
  const { t } = useTranslation();
  const label = useFieldLabel();
  const fields = [...new Set([...changedFields(conflict.baseDraft, conflict.mine), ...changedFields(conflict.baseDraft, conflict.theirs)])];
  const show = (text: string) => (text.trim() === '' ? <em>{t('performance.conflict.empty')}</em> : <code>{text}</code>);
  return (
    <Modal isOpen toggle={onCancel} labelledBy="conflict-title" size="lg" fade={false} data-testid="conflict-dialog" returnFocusAfterClose>
      <ModalHeader id="conflict-title" tag="h2" className="h4">{t('performance.conflict.title')}</ModalHeader>
      <ModalBody>
        <p>{t('performance.conflict.body', { who: conflict.theirAuthor ?? t('performance.conflict.someone'), version: conflict.theirVersion })}</p>
        <div className="table-responsive position-relative">
          <table className="table table-sm" data-testid="conflict-fields">
            <thead>
              <tr>
                <th scope="col">{t('performance.conflict.field')}</th>
                <th scope="col">{t('performance.conflict.yours')}</th>
                <th scope="col">{t('performance.conflict.theirs')}</th>
              </tr>
            </thead>
            <tbody>
              {fields.map((field) => (
                <tr key={field} data-field={field}>
                  <th scope="row">{label(field)}</th>
                  <td data-testid="conflict-yours">{show(fieldText(conflict.mine, field))}</td>
                  <td data-testid="conflict-theirs">{show(fieldText(conflict.theirs, field))}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <ul className="small mb-0">
          <li><strong>{t('performance.conflict.reapplyMine')}</strong>: {t('performance.conflict.reapplyMineHelp', { version: conflict.theirVersion })}</li>
          <li><strong>{t('performance.conflict.keepTheirs')}</strong>: {t('performance.conflict.keepTheirsHelp')}</li>
          <li><strong>{t('performance.conflict.cancel')}</strong>: {t('performance.conflict.cancelHelp')}</li>
        </ul>
      </ModalBody>
      <ModalFooter>
        <Button color="primary" onClick={onReapplyMine} disabled={busy} data-testid="conflict-reapply">{t('performance.conflict.reapplyMine')}</Button>
        <Button color="primary" outline onClick={onKeepTheirs} disabled={busy} data-testid="conflict-keep-theirs">{t('performance.conflict.keepTheirs')}</Button>
        <Button color="secondary" outline onClick={onCancel} disabled={busy} data-testid="conflict-cancel">{t('performance.conflict.cancel')}</Button>
      </ModalFooter>
    </Modal>
  );
}
