/**
 * The evidence of a value: the files attached (download always as an attachment, never displayed),
 * the limits shown before choosing a file (types and size from the same rules the server enforces),
 * upload and removal (with confirmation) while the value may still be edited. A file above the size
 * limit is refused before it is sent; the server refuses disguised types and path-like names, and its
 * message is shown here.
 */
import { useId, useRef, useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button } from 'design-react-kit';
import { useTranslation } from 'react-i18next';
import { EVIDENCE_ACCEPT, EVIDENCE_MAX_BYTES, EVIDENCE_TYPES } from '../../../core/cycle/evidence-limits.js';
import { problemMessage } from '../../components/problem-alert.js';
import type { PlanRef } from '../../components/score/score-queries.js';
import { formatDateTime, formatNumber } from '../../i18n/format.js';
import { useAppLanguage } from '../../i18n/use-app-language.js';
import { ConfirmDialog } from './confirm-dialog.js';
import { cycleKey, evidenceHref, removeEvidence, uploadEvidence, valueQueryOptions, type Attachment } from './monitoring-queries.js';
import { StatusNote } from './monitoring-parts.js';

export function formatBytes(bytes: number, locale: string): string {
  if (bytes >= 1024 * 1024) return `${formatNumber(bytes / (1024 * 1024), { locale, decimals: bytes % (1024 * 1024) === 0 ? 0 : 1 })} MB`;
  if (bytes >= 1024) return `${formatNumber(bytes / 1024, { locale, decimals: 0 })} KB`;
  return `${formatNumber(bytes, { locale })} B`;
}

type Outcome = { kind: 'uploaded' | 'removed'; name: string } | { kind: 'refused'; message: string } | null;

function AttachmentTable({ plan, attachments, canEdit, onRemove }: { plan: PlanRef; attachments: Attachment[]; canEdit: boolean; onRemove: (attachment: Attachment) => void }) {
  const { t } = useTranslation();
  const { locale } = useAppLanguage();
  return (
    <table className="table table-sm mb-2" data-testid="evidence-list">
      <caption className="visually-hidden">{t('monitoring.evidence.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('monitoring.evidence.file')}</th>
          <th scope="col">{t('monitoring.evidence.size')}</th>
          <th scope="col">{t('monitoring.evidence.uploadedBy')}</th>
          {canEdit ? <th scope="col"><span className="visually-hidden">{t('monitoring.evidence.remove')}</span></th> : null}
        </tr>
      </thead>
      <tbody>
        {attachments.map((attachment) => (
          <tr key={attachment.id}>
            <td>
              <a href={evidenceHref(plan, attachment.id)} download={attachment.fileName} aria-label={t('monitoring.evidence.download', { name: attachment.fileName })}>
                {attachment.fileName}
              </a>
            </td>
            <td>{formatBytes(attachment.sizeBytes, locale)}</td>
            <td>{attachment.uploadedBy ?? '—'} · {formatDateTime(attachment.uploadedAt, locale)}</td>
            {canEdit ? (
              <td>
                <Button color="danger" outline size="xs" onClick={() => onRemove(attachment)} aria-label={t('monitoring.evidence.removeFor', { name: attachment.fileName })}>
                  {t('monitoring.evidence.remove')}
                </Button>
              </td>
            ) : null}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function EvidencePanel({ plan, valueId, canEdit }: { plan: PlanRef; valueId: string; canEdit: boolean }) {
  const { t } = useTranslation();
  const { language, locale } = useAppLanguage();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const queryClient = useQueryClient();
  const detail = useQuery(valueQueryOptions(plan, valueId));
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [removing, setRemoving] = useState<Attachment | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: cycleKey(plan) });
  const upload = useMutation({ mutationFn: (file: File) => uploadEvidence(plan, valueId, file) });
  const remove = useMutation({ mutationFn: (attachment: Attachment) => removeEvidence(plan, attachment.id) });
  const limit = formatBytes(EVIDENCE_MAX_BYTES, locale);

  const send = async () => {
    const file = input.current?.files?.[0];
    if (!file) return;
    if (file.size > EVIDENCE_MAX_BYTES) {
      setOutcome({ kind: 'refused', message: t('monitoring.evidence.tooLarge', { name: file.name, size: formatBytes(file.size, locale), limit }) });
      return;
    }
    setOutcome(null);
    try {
      const saved = await upload.mutateAsync(file);
      setOutcome({ kind: 'uploaded', name: saved.fileName });
      if (input.current) input.current.value = '';
      await refresh();
    } catch (error) {
      setOutcome({ kind: 'refused', message: problemMessage(error, language) });
    }
  };

  const confirmRemove = async () => {
    if (!removing) return;
    try {
      await remove.mutateAsync(removing);
      setOutcome({ kind: 'removed', name: removing.fileName });
      setRemoving(null);
      await refresh();
    } catch {
      // shown in the dialog
    }
  };

  const attachments = detail.data?.attachments ?? [];
  return (
    <section aria-labelledby={`${id}-heading`} className="mt-3" data-testid="evidence-panel">
      <h4 id={`${id}-heading`} className="h6">{t('monitoring.evidence.heading')}</h4>
      {detail.error ? <p className="row-problem" role="alert">{problemMessage(detail.error, language)}</p> : null}
      {detail.data && attachments.length === 0 ? <p className="small">{t('monitoring.evidence.empty')}</p> : null}
      {attachments.length > 0 ? <AttachmentTable plan={plan} attachments={attachments} canEdit={canEdit} onRemove={(attachment) => { remove.reset(); setRemoving(attachment); }} /> : null}
      {canEdit ? (
        <div className="evidence-upload">
          <p className="small mb-1" id={`${id}-limits`}>{t('monitoring.evidence.limits', { types: EVIDENCE_TYPES.map((type) => type.label).join(', '), size: limit })}</p>
          <div className="d-flex flex-wrap align-items-end gap-2">
            <div>
              <label htmlFor={`${id}-file`} className="d-block small fw-semibold">{t('monitoring.evidence.choose')}</label>
              <input ref={input} id={`${id}-file`} type="file" accept={EVIDENCE_ACCEPT} aria-describedby={`${id}-limits`} data-testid="evidence-file"
                onChange={() => setOutcome(null)} />
            </div>
            <Button color="primary" outline size="sm" onClick={() => void send()} disabled={upload.isPending} data-testid="evidence-upload">
              {upload.isPending ? t('monitoring.evidence.uploading') : t('monitoring.evidence.upload')}
            </Button>
          </div>
        </div>
      ) : null}
      {outcome?.kind === 'refused' ? (
        <Alert color="danger" role="alert" fade={false} className="mt-2 mb-0" data-testid="evidence-refused">
          <strong>{t('monitoring.evidence.refused')}:</strong> {outcome.message}
        </Alert>
      ) : (
        <StatusNote testId="evidence-status" text={outcome ? (outcome.kind === 'uploaded' ? t('monitoring.evidence.uploaded', { name: outcome.name }) : t('monitoring.evidence.removed')) : null} />
      )}
      <ConfirmDialog isOpen={removing !== null} title={t('monitoring.evidence.removeConfirmTitle')} confirmLabel={t('monitoring.evidence.remove')}
        busy={remove.isPending} error={remove.error} onConfirm={() => void confirmRemove()} onCancel={() => setRemoving(null)}>
        <p>{t('monitoring.evidence.removeConfirmBody', { name: removing?.fileName ?? '' })}</p>
      </ConfirmDialog>
    </section>
  );
}
