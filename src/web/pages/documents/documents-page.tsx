/**
 * Documenti (/documenti): generate the Piano or the Relazione sulla performance of the chosen plan and
 * year as a background job with a progress bar and a download link; approve a generated file with its
 * act; the approved versions with their SHA-256; the drafting help for the narrative sections.
 * Generating needs `document.generate` (stp, sg), approving `document.approve` (stp): the API says
 * which abilities the caller has, and the page hides what they cannot do.
 */
import { useCallback, useState, type FormEvent } from 'react';
import { Button, Callout, CalloutText, Progress } from 'design-react-kit';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { PlanDetail, PlanItem } from '../../api/plans.js';
import { ProblemAlert } from '../../components/problem-alert.js';
import { useDocumentTitle } from '../../components/use-document-title.js';
import { useAppLanguage } from '../../i18n/use-app-language.js';
import { useWorkspace } from '../../workspace/workspace-context.js';
import { ApprovedTable, GeneratedTable } from './document-versions.js';
import { DocumentTextsPanel } from './document-texts.js';
import {
  DOCUMENT_FORMATS, DOCUMENT_KINDS, documentListQueryOptions, generatedFileUrl, type DocumentFormat, type DocumentKind, type DocumentLocale,
} from './documents-api.js';
import { useDocumentJob, type GenerationPhase } from './use-document-job.js';

/** The Relazione's default year: the latest closed or validated year, else the workspace's year. */
function defaultYear(kind: DocumentKind, plan: PlanItem, detail: Pick<PlanDetail, 'years'> | null, year: number | null): number {
  if (kind === 'piano') return plan.firstYear;
  const closed = (detail?.years ?? []).filter((item) => item.status === 'closed' || item.status === 'validated').map((item) => item.year);
  return closed.length > 0 ? Math.max(...closed) : year ?? plan.firstYear;
}

function GenerationProgress({ phase, entityCode }: { phase: GenerationPhase; entityCode: string }) {
  const { t } = useTranslation();
  if (phase.kind === 'idle') return null;
  if (phase.kind === 'failed') return <ProblemAlert title={t('documents.generate.failed')} error={phase.error} />;
  const percent = phase.kind === 'running' ? Math.round(phase.job.progress * 100) : phase.kind === 'done' ? 100 : 0;
  const text = phase.kind === 'done' ? t('documents.generate.done', { file: phase.result.fileName })
    : phase.kind === 'running' && phase.job.status !== 'queued' ? t('documents.generate.running', { percent, message: phase.job.message ?? '' })
      : t('documents.generate.queued');
  return (
    <div className="my-4" data-testid="document-progress">
      <Progress value={percent} label={t('documents.generate.progressLabel')} aria-label={t('documents.generate.progressLabel')} />
      <p role="status" aria-live="polite" className="mt-2" data-testid="document-progress-text">{text}</p>
      {phase.kind === 'done' ? (
        <a className="btn btn-primary" href={generatedFileUrl(entityCode, phase.result.documentId)} download={phase.result.fileName} data-testid="document-download">
          {t('documents.generate.download', { file: phase.result.fileName })}
        </a>
      ) : null}
    </div>
  );
}

interface Choice { kind: DocumentKind; year: number; format: DocumentFormat; locale: DocumentLocale }

function GenerateForm({ plan, choice, onChange, busy, onSubmit }: {
  plan: PlanItem; choice: Choice; onChange: (choice: Choice) => void; busy: boolean; onSubmit: () => void;
}) {
  const { t } = useTranslation();
  const years = Array.from({ length: plan.lastYear - plan.firstYear + 1 }, (_, i) => plan.firstYear + i);
  const submit = (event: FormEvent) => { event.preventDefault(); onSubmit(); };
  return (
    <form onSubmit={submit} noValidate data-testid="generate-form">
      <p>{t('documents.generate.plan', { plan: `${plan.code} — ${plan.title}` })}</p>
      <div className="row">
        <div className="col-md-3 select-wrapper mb-4">
          <label htmlFor="document-kind">{t('documents.generate.document')}</label>
          <select id="document-kind" value={choice.kind} disabled={busy} onChange={(event) => onChange({ ...choice, kind: event.target.value as DocumentKind })}>
            {DOCUMENT_KINDS.map((kind) => <option key={kind} value={kind}>{t(`documents.kinds.${kind}`)}</option>)}
          </select>
        </div>
        <div className="col-md-3 select-wrapper mb-4">
          <label htmlFor="document-year">{t('documents.generate.year')}</label>
          <select id="document-year" value={choice.year} disabled={busy} onChange={(event) => onChange({ ...choice, year: Number(event.target.value) })}>
            {years.map((year) => <option key={year} value={year}>{year}</option>)}
          </select>
        </div>
        <div className="col-md-3 select-wrapper mb-4">
          <label htmlFor="document-format">{t('documents.generate.format')}</label>
          <select id="document-format" value={choice.format} disabled={busy} onChange={(event) => onChange({ ...choice, format: event.target.value as DocumentFormat })}>
            {DOCUMENT_FORMATS.map((format) => <option key={format} value={format}>{t(`documents.formats.${format}`)}</option>)}
          </select>
        </div>
        <div className="col-md-3 select-wrapper mb-4">
          <label htmlFor="document-locale">{t('documents.generate.locale')}</label>
          <select id="document-locale" value={choice.locale} disabled={busy} onChange={(event) => onChange({ ...choice, locale: event.target.value as DocumentLocale })}>
            {(['it', 'en'] as const).map((locale) => <option key={locale} value={locale}>{t(`documents.locales.${locale}`)}</option>)}
          </select>
        </div>
      </div>
      {busy ? null : <Button type="submit" color="primary">{t('documents.generate.submit')}</Button>}
    </form>
  );
}

function DocumentsPanel({ entityCode, plan, detail, year }: { entityCode: string; plan: PlanItem; detail: Pick<PlanDetail, 'years'> | null; year: number | null }) {
  const { t } = useTranslation();
  const { language } = useAppLanguage();
  const queryClient = useQueryClient();
  const list = useQuery(documentListQueryOptions(entityCode));
  const [choice, setChoice] = useState<Choice>(() => ({ kind: 'relazione', year: defaultYear('relazione', plan, detail, year), format: 'pdf', locale: language }));
  const refresh = useCallback(() => void queryClient.invalidateQueries({ queryKey: ['entities', entityCode, 'documents'] }), [queryClient, entityCode]);
  const { phase, run } = useDocumentJob(refresh);
  const busy = phase.kind === 'starting' || phase.kind === 'running';
  const canGenerate = list.data?.abilities.includes('document.generate') ?? false;
  const change = (next: Choice) => setChoice(next.kind !== choice.kind ? { ...next, year: defaultYear(next.kind, plan, detail, year) } : next);
  const target = { entityCode, planCode: plan.code, kind: choice.kind, year: choice.year, locale: choice.locale };
  return (
    <>
      <section aria-labelledby="generate-heading">
        <h2 id="generate-heading">{t('documents.generate.heading')}</h2>
        {list.isError ? <ProblemAlert title={t('documents.generate.failed')} error={list.error} /> : null}
        {list.data && !canGenerate ? (
          <div data-testid="generate-not-allowed">
            <Callout color="note"><CalloutText>{t('documents.generate.notAllowed')}</CalloutText></Callout>
          </div>
        ) : null}
        {canGenerate ? (
          <>
            <GenerateForm plan={plan} choice={choice} onChange={change} busy={busy}
              onSubmit={() => void run(entityCode, { kind: choice.kind, format: choice.format, planCode: plan.code, year: choice.year, locale: choice.locale })} />
            <GenerationProgress phase={phase} entityCode={entityCode} />
          </>
        ) : null}
      </section>
      {list.data ? <ApprovedTable entityCode={entityCode} items={list.data.approved} /> : null}
      {list.data ? <GeneratedTable entityCode={entityCode} list={list.data} /> : null}
      <DocumentTextsPanel target={target} />
    </>
  );
}

export function DocumentsPage() {
  const { t } = useTranslation();
  const { entity, plan, plansStatus, year } = useWorkspace();
  useDocumentTitle(t('documents.nav'));
  return (
    <>
      <h1>{t('documents.title')}</h1>
      <p className="lead">{t('documents.intro')}</p>
      {!entity ? <Callout color="note"><CalloutText>{t('documents.noEntity')}</CalloutText></Callout>
        // The plan's years (closed ones give the Relazione's default year) come with the plan list.
        : plan ? <DocumentsPanel key={`${entity.code}-${plan.code}`} entityCode={entity.code} plan={plan} detail={plan} year={year} />
          : plansStatus === 'success' && !plan ? <Callout color="note"><CalloutText>{t('documents.noPlan')}</CalloutText></Callout> : null}
    </>
  );
}
