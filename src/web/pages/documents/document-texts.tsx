/**
 * Drafting help: every narrative section of the chosen document with the paragraph proposed from the
 * data and the person's text. Editing saves the person's text over the proposal they saw;
 * "Rigenera proposta" re-reads the proposal from today's data and, when the section has a person's
 * text, shows both in a dialog: nothing replaces the person's text without their choice.
 */
import { useState } from 'react';
import { Alert, Badge, Button, Callout, CalloutText, Modal, ModalBody, ModalFooter, ModalHeader } from 'design-react-kit';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../components/problem-alert.js';
import { RichText } from '../node/rich-text.js';
import {
  documentTextsQueryOptions, removeSectionText, saveSectionText, type DocumentSection, type TextTarget,
} from './documents-api.js';
import { htmlToMarkup, markupToHtml } from './narrative-markup.js';

const STATE_COLOR = { proposal: 'secondary', edited: 'primary', conflict: 'danger' } as const;

function useSectionTitle(): (sectionKey: string) => string {
  const { t } = useTranslation();
  return (sectionKey) => t(`documents.texts.sections.${sectionKey.replace(/\./g, '_')}` as 'documents.texts.sections.piano_context');
}

interface CompareProps { target: TextTarget; section: DocumentSection | null; onClose: (message?: string) => void }

/** Both texts side by side; the person keeps theirs (on the new proposal) or takes the proposal. */
function CompareDialog({ target, section, onClose }: CompareProps) {
  const { t } = useTranslation();
  const title = useSectionTitle();
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: documentTextsQueryOptions(target.entityCode, target.planCode, target.kind, target.year, target.locale).queryKey });
  const keep = useMutation({ mutationFn: (current: DocumentSection) => saveSectionText(target, current, current.userText!, current.proposalHash), onSuccess: refresh });
  const replace = useMutation({ mutationFn: (current: DocumentSection) => removeSectionText(target, current), onSuccess: refresh });
  const close = (message?: string) => { keep.reset(); replace.reset(); onClose(message); };
  const name = section ? title(section.sectionKey) : '';
  return (
    <Modal fade={false} isOpen={section !== null} toggle={() => close()} labelledBy="compare-title" returnFocusAfterClose size="lg" data-testid="compare-dialog">
      <ModalHeader id="compare-title" tag="h2" className="h4" toggle={() => close()} closeAriaLabel={t('documents.texts.cancel')}>
        {t('documents.texts.compareTitle', { section: name })}
      </ModalHeader>
      <ModalBody>
        <p>{t('documents.texts.compareIntro')}</p>
        <div className="row">
          <div className="col-md-6">
            <h3 className="h6">{t('documents.texts.yourText')}</h3>
            <RichText html={section?.userText ?? ''} className="border p-2" />
          </div>
          <div className="col-md-6">
            <h3 className="h6">{t('documents.texts.newProposal')}</h3>
            <div className="border p-2"><p>{section?.proposal}</p></div>
          </div>
        </div>
        {keep.isError || replace.isError ? <ProblemAlert title={t('documents.texts.saveFailed')} error={keep.error ?? replace.error} /> : null}
      </ModalBody>
      <ModalFooter>
        <Button color="primary" disabled={keep.isPending || replace.isPending} onClick={() => section && keep.mutate(section, { onSuccess: () => close(t('documents.texts.saved')) })}>
          {t('documents.texts.keepMine')}
        </Button>
        <Button color="danger" outline disabled={keep.isPending || replace.isPending} onClick={() => section && replace.mutate(section, { onSuccess: () => close(t('documents.texts.saved')) })}>
          {t('documents.texts.replace')}
        </Button>
        <Button color="secondary" outline onClick={() => close()}>{t('documents.texts.cancel')}</Button>
      </ModalFooter>
    </Modal>
  );
}

interface EditorProps { target: TextTarget; section: DocumentSection; onDone: (message?: string) => void }

function SectionEditor({ target, section, onDone }: EditorProps) {
  const { t } = useTranslation();
  const title = useSectionTitle()(section.sectionKey);
  const queryClient = useQueryClient();
  const [markup, setMarkup] = useState(() => (section.userText ? htmlToMarkup(section.userText) : section.proposal ?? ''));
  const [empty, setEmpty] = useState(false);
  const id = `editor-${section.sectionKey.replace(/\./g, '-')}`;
  const save = useMutation({
    mutationFn: (html: string) => saveSectionText(target, section, html, section.proposalHash),
    onSettled: () => queryClient.invalidateQueries({ queryKey: documentTextsQueryOptions(target.entityCode, target.planCode, target.kind, target.year, target.locale).queryKey }),
    onSuccess: () => onDone(t('documents.texts.saved')),
  });
  const html = markupToHtml(markup);
  const submit = () => {
    setEmpty(html === '');
    if (html !== '') save.mutate(html);
  };
  return (
    <div className="mt-3" data-testid="section-editor">
      <div className="form-group">
        <label htmlFor={id} className="active">{t('documents.texts.editorLabel', { section: title })}</label>
        <textarea id={id} className="form-control" rows={6} value={markup} onChange={(event) => setMarkup(event.target.value)}
          aria-describedby={`${id}-help${empty ? ` ${id}-error` : ''}`} aria-invalid={empty ? true : undefined} />
        <small id={`${id}-help`} className="form-text">{t('documents.texts.editorHelp')}</small>
        {empty ? <div id={`${id}-error`} className="invalid-feedback d-block">{t('documents.texts.empty')}</div> : null}
      </div>
      {html ? (
        <div className="mb-3">
          <h4 className="h6">{t('documents.texts.preview')}</h4>
          <RichText html={html} className="border p-2" />
        </div>
      ) : null}
      {save.isError ? <ProblemAlert title={t('documents.texts.saveFailed')} error={save.error} /> : null}
      <Button color="primary" size="sm" className="me-2" onClick={submit} disabled={save.isPending}>{t('documents.texts.save')}</Button>
      <Button color="secondary" size="sm" outline onClick={() => onDone()}>{t('documents.texts.cancel')}</Button>
    </div>
  );
}

interface SectionProps { target: TextTarget; section: DocumentSection; canWrite: boolean; onCompare: (section: DocumentSection) => void; onRegenerate: (section: DocumentSection) => void }

function SectionCard({ target, section, canWrite, onCompare, onRegenerate }: SectionProps) {
  const { t } = useTranslation();
  const title = useSectionTitle()(section.sectionKey);
  const [editing, setEditing] = useState(false);
  const [message, setMessage] = useState<string | undefined>();
  const headingId = `section-${section.sectionKey.replace(/\./g, '-')}`;
  const state = section.drafted || section.userText ? section.state : 'empty';
  return (
    <article className="card card-bg mb-3" aria-labelledby={headingId} data-testid="document-section" data-section={section.sectionKey}>
      <div className="card-body">
        <h3 id={headingId} className="h5 d-flex flex-wrap gap-2 align-items-center">
          {title} <Badge color={state === 'empty' ? 'secondary' : STATE_COLOR[section.state]} pill>{t(`documents.texts.states.${state}`)}</Badge>
        </h3>
        {section.state === 'conflict' ? (
          <Callout color="warning" className="my-2"><CalloutText>{t('documents.texts.compareIntro')}</CalloutText></Callout>
        ) : null}
        {section.drafted ? (
          <div className={section.userText ? 'text-muted' : undefined}>
            <h4 className="h6">{t('documents.texts.proposal')}</h4>
            <p data-testid="section-proposal">{section.proposal}</p>
          </div>
        ) : section.userText ? null : <p className="text-muted">{t('documents.texts.noProposal')}</p>}
        {section.userText ? (
          <div>
            <h4 className="h6">{t('documents.texts.userText')}</h4>
            <RichText html={section.userText} />
          </div>
        ) : null}
        {message ? <p role="status" className="text-success mb-1">{message}</p> : null}
        {canWrite && !editing ? (
          <div className="d-flex flex-wrap gap-2 mt-2">
            <Button size="sm" color="primary" outline onClick={() => { setMessage(undefined); setEditing(true); }}
              aria-label={t('documents.texts.editLabel', { section: title })}>
              {section.userText || section.drafted ? t('documents.texts.edit') : t('documents.texts.write')}
            </Button>
            {section.drafted ? (
              <Button size="sm" color="secondary" outline onClick={() => { setMessage(undefined); onRegenerate(section); }}
                aria-label={t('documents.texts.regenerateLabel', { section: title })}>{t('documents.texts.regenerate')}</Button>
            ) : null}
            {section.drafted && section.userText ? (
              <Button size="sm" color="secondary" outline onClick={() => onCompare(section)}>{t('documents.texts.useProposal')}</Button>
            ) : null}
          </div>
        ) : null}
        {editing ? <SectionEditor target={target} section={section} onDone={(done) => { setEditing(false); setMessage(done); }} /> : null}
      </div>
    </article>
  );
}

export function DocumentTextsPanel({ target }: { target: TextTarget }) {
  const { t } = useTranslation();
  const options = documentTextsQueryOptions(target.entityCode, target.planCode, target.kind, target.year, target.locale);
  const texts = useQuery(options);
  const [comparing, setComparing] = useState<DocumentSection | null>(null);
  const [notice, setNotice] = useState<string | undefined>();
  const regenerate = async (section: DocumentSection) => {
    const fresh = await texts.refetch();
    const current = fresh.data?.sections.find((item) => item.sectionKey === section.sectionKey);
    if (current?.userText) setComparing(current);
    else setNotice(t('documents.texts.regenerated'));
  };
  return (
    <section aria-labelledby="texts-heading" className="mt-5">
      <h2 id="texts-heading">{t('documents.texts.heading')}</h2>
      <p>{t('documents.texts.intro')}</p>
      {texts.isPending ? <p role="status">{t('documents.texts.loading')}</p> : null}
      {texts.isError ? <ProblemAlert title={t('documents.texts.failed')} error={texts.error} /> : null}
      {texts.data && !texts.data.abilities.includes('document.write') ? <p className="text-muted">{t('documents.texts.readOnly')}</p> : null}
      {notice ? <Alert color="info" fade={false} role="status" toggle={() => setNotice(undefined)}>{notice}</Alert> : null}
      {texts.data?.sections.map((section) => (
        <SectionCard key={section.sectionKey} target={target} section={section} canWrite={texts.data.abilities.includes('document.write')}
          onCompare={setComparing} onRegenerate={(item) => void regenerate(item)} />
      ))}
      <CompareDialog target={target} section={comparing} onClose={(message) => { setComparing(null); if (message) setNotice(message); }} />
    </section>
  );
}
