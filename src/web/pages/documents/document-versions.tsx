/**
 * The lists of the Documents page: approved versions (act, SHA-256, who and when, download of the
 * exact bytes) and generated files (download, approve). Approving asks for the act in a dialog that
 * says the approval is final.
 */
import { useState, type FormEvent } from 'react';
import { Alert, Button, Modal, ModalBody, ModalFooter, ModalHeader } from 'design-react-kit';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../components/problem-alert.js';
import { formatDate, formatDateTime, formatNumber } from '../../i18n/format.js';
import { useAppLanguage } from '../../i18n/use-app-language.js';
import {
  ACT_KINDS, approveGenerated, approvedFileUrl, generatedFileUrl, type Act, type ActKind, type ApprovedDocument, type DocumentList, type GeneratedDocument,
} from './documents-api.js';

export function useActText(): (act: Act) => string {
  const { t } = useTranslation();
  const { locale } = useAppLanguage();
  return (act) => t('documents.act', { kind: t(`documents.approve.actKinds.${act.kind}`), number: act.number, date: formatDate(act.date, locale) });
}

function sizeText(bytes: number, locale: string): string {
  return formatNumber(bytes / 1024, { decimals: 0, locale });
}

export function ApprovedTable({ entityCode, items }: { entityCode: string; items: ApprovedDocument[] }) {
  const { t } = useTranslation();
  const { locale } = useAppLanguage();
  const actText = useActText();
  return (
    <section aria-labelledby="approved-heading" className="mt-5">
      <h2 id="approved-heading">{t('documents.versions.approvedHeading')}</h2>
      {items.length === 0 ? <p data-testid="approved-empty">{t('documents.versions.approvedEmpty')}</p> : (
        <div className="table-responsive">
          <table className="table" data-testid="approved-documents">
            <thead>
              <tr>
                <th scope="col">{t('documents.versions.columns.document')}</th>
                <th scope="col">{t('documents.versions.columns.number')}</th>
                <th scope="col">{t('documents.versions.columns.act')}</th>
                <th scope="col">{t('documents.versions.columns.hash')}</th>
                <th scope="col">{t('documents.versions.columns.who')}</th>
                <th scope="col">{t('documents.versions.columns.file')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((item) => (
                <tr key={item.id}>
                  <th scope="row">{t(`documents.kinds.${item.kind}`)} {item.year}</th>
                  <td>{t('documents.versions.versionNumber', { number: item.number })}</td>
                  <td>{actText(item.act)}</td>
                  <td><code className="text-break" data-testid="approved-hash">{item.sha256}</code></td>
                  <td>{item.approvedBy ?? '—'}, {formatDateTime(item.approvedAt, locale)}</td>
                  <td>
                    <a href={approvedFileUrl(entityCode, item.id)} download={item.fileName} aria-label={t('documents.versions.downloadLabel', { file: item.fileName })}>
                      {t('documents.versions.download')} {item.format.toUpperCase()}
                    </a>{' '}
                    <span className="text-muted">({t('documents.versions.size', { size: sizeText(item.sizeBytes, locale) })})</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

interface ApproveDialogProps { entityCode: string; document: GeneratedDocument | null; onClose: () => void }

export function ApproveDialog({ entityCode, document, onClose }: ApproveDialogProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const actText = useActText();
  const [kind, setKind] = useState<ActKind>('delibera_giunta');
  const [number, setNumber] = useState('');
  const [date, setDate] = useState('');
  const [errors, setErrors] = useState<{ number?: string; date?: string }>({});
  const approve = useMutation({
    mutationFn: (act: Act) => approveGenerated(entityCode, document!.id, act),
    onSuccess: async () => { await queryClient.invalidateQueries({ queryKey: ['entities', entityCode, 'documents'] }); },
  });
  const close = () => { approve.reset(); setNumber(''); setDate(''); setErrors({}); onClose(); };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = { ...(number.trim() ? {} : { number: t('documents.approve.numberRequired') }), ...(date ? {} : { date: t('documents.approve.dateRequired') }) };
    setErrors(found);
    if (Object.keys(found).length === 0) approve.mutate({ kind, number: number.trim(), date });
  };
  const file = document?.fileName ?? '';
  return (
    <Modal fade={false} isOpen={document !== null} toggle={close} labelledBy="approve-title" returnFocusAfterClose data-testid="approve-dialog">
      <form onSubmit={submit} noValidate>
        <ModalHeader id="approve-title" tag="h2" className="h4" toggle={close} closeAriaLabel={t('documents.approve.cancel')}>
          {t('documents.approve.title', { file })}
        </ModalHeader>
        <ModalBody>
          {approve.isSuccess ? (
            <Alert color="success" fade={false} role="status">{t('documents.approve.done', { number: approve.data.number, act: actText(approve.data.act) })}</Alert>
          ) : (
            <>
              <p>{t('documents.approve.intro')}</p>
              <div className="select-wrapper mb-4">
                <label htmlFor="act-kind">{t('documents.approve.actKind')}</label>
                <select id="act-kind" value={kind} onChange={(event) => setKind(event.target.value as ActKind)}>
                  {ACT_KINDS.map((key) => <option key={key} value={key}>{t(`documents.approve.actKinds.${key}`)}</option>)}
                </select>
              </div>
              <div className="form-group">
                <label htmlFor="act-number" className="active">{t('documents.approve.number')}</label>
                <input id="act-number" className="form-control" value={number} onChange={(event) => setNumber(event.target.value)}
                  aria-invalid={errors.number ? true : undefined} aria-describedby={errors.number ? 'act-number-error' : undefined} />
                {errors.number ? <div id="act-number-error" className="invalid-feedback d-block">{errors.number}</div> : null}
              </div>
              <div className="form-group">
                <label htmlFor="act-date" className="active">{t('documents.approve.date')}</label>
                <input id="act-date" type="date" className="form-control" value={date} onChange={(event) => setDate(event.target.value)}
                  aria-invalid={errors.date ? true : undefined} aria-describedby={errors.date ? 'act-date-error' : undefined} />
                {errors.date ? <div id="act-date-error" className="invalid-feedback d-block">{errors.date}</div> : null}
              </div>
              {approve.isError ? <ProblemAlert title={t('documents.approve.failed')} error={approve.error} /> : null}
            </>
          )}
        </ModalBody>
        <ModalFooter>
          {approve.isSuccess ? null : <Button type="submit" color="primary" disabled={approve.isPending}>{t('documents.approve.confirm')}</Button>}
          <Button type="button" color="secondary" outline onClick={close}>{t('documents.approve.cancel')}</Button>
        </ModalFooter>
      </form>
    </Modal>
  );
}

export function GeneratedTable({ entityCode, list }: { entityCode: string; list: DocumentList }) {
  const { t } = useTranslation();
  const { locale } = useAppLanguage();
  const [approving, setApproving] = useState<GeneratedDocument | null>(null);
  const canApprove = list.abilities.includes('document.approve');
  return (
    <section aria-labelledby="generated-heading" className="mt-5">
      <h2 id="generated-heading">{t('documents.versions.generatedHeading')}</h2>
      {list.generated.length === 0 ? <p data-testid="generated-empty">{t('documents.versions.generatedEmpty')}</p> : (
        <div className="table-responsive">
          <table className="table" data-testid="generated-documents">
            <thead>
              <tr>
                <th scope="col">{t('documents.versions.columns.document')}</th>
                <th scope="col">{t('documents.versions.columns.format')}</th>
                <th scope="col">{t('documents.versions.columns.when')}</th>
                <th scope="col">{t('documents.versions.columns.who')}</th>
                <th scope="col">{t('documents.versions.columns.hash')}</th>
                <th scope="col">{t('documents.versions.columns.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {list.generated.map((item) => (
                <tr key={item.id}>
                  <th scope="row">{t(`documents.kinds.${item.kind}`)} {item.year}</th>
                  <td>{item.format.toUpperCase()} ({t('documents.versions.size', { size: sizeText(item.sizeBytes, locale) })})</td>
                  <td>{formatDateTime(item.createdAt, locale)}</td>
                  <td>{item.createdBy ?? '—'}</td>
                  <td><code className="text-break">{item.sha256.slice(0, 16)}…</code></td>
                  <td className="text-nowrap">
                    <a className="btn btn-outline-primary btn-sm me-2" href={generatedFileUrl(entityCode, item.id)} download={item.fileName}
                      aria-label={t('documents.versions.downloadLabel', { file: item.fileName })}>{t('documents.versions.download')}</a>
                    {canApprove ? (
                      <Button size="sm" color="primary" onClick={() => setApproving(item)} aria-label={t('documents.versions.approveLabel', { file: item.fileName })}>
                        {t('documents.versions.approve')}
                      </Button>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <ApproveDialog entityCode={entityCode} document={approving} onClose={() => setApproving(null)} />
    </section>
  );
}
