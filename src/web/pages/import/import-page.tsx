/**
 * Importa ed esporta (/importa): the technical support unit uploads a plan file, sees a dry run's
 * report (counts, differences, located errors and warnings, with the job's progress while it runs),
 * confirms the real import, and opens the plan; everyone finds the export menu below.
 */
import { useState, type FormEvent } from 'react';
import { Button, Callout, CalloutText, Progress } from 'design-react-kit';
import { Link } from '@tanstack/react-router';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../components/problem-alert.js';
import { useDocumentTitle } from '../../components/use-document-title.js';
import { useWorkspace } from '../../workspace/workspace-context.js';
import { ExportMenu } from './export-menu.js';
import { IMPORT_FORMATS, type ImportFormat, type ImportReport } from './import-api.js';
import { IssueTable, ReportCounts, ReportDiff } from './import-report.js';
import { useImportJob, type ImportPhase } from './use-import-job.js';

function ImportProgress({ phase }: { phase: ImportPhase }) {
  const { t } = useTranslation();
  if (phase.kind !== 'uploading' && phase.kind !== 'running') return null;
  const percent = phase.kind === 'running' ? Math.round(phase.job.progress * 100) : 0;
  const text = phase.kind === 'uploading' ? t('imports.progress.uploading')
    : phase.job.status === 'queued' ? t('imports.progress.queued')
      : t('imports.progress.running', { percent, message: phase.job.message ?? '' });
  return (
    <div className="my-4" data-testid="import-progress">
      <Progress value={percent} label={t('imports.progress.label')} indeterminate={phase.kind === 'uploading'} />
      <p role="status" aria-live="polite" className="mt-2">{text}</p>
    </div>
  );
}

function ReportView({ report, onConfirm, onAgain }: { report: ImportReport; onConfirm: () => void; onAgain: () => void }) {
  const { t } = useTranslation();
  const blocked = report.errors.length > 0;
  const plan = report.planCode ?? '';
  const outcome = blocked ? t('imports.report.blocked')
    : report.imported ? t('imports.report.imported', { plan })
      : t(report.replaces ? 'imports.report.readyReplace' : 'imports.report.ready', { plan });
  return (
    <section aria-labelledby="import-report-heading" className="mt-4" data-testid="import-report">
      <h2 id="import-report-heading">{t(report.imported ? 'imports.report.importedHeading' : 'imports.report.dryRunHeading')}</h2>
      <Callout color={blocked ? 'danger' : 'success'}>
        <CalloutText><span role="status">{outcome}</span></CalloutText>
      </Callout>
      {report.format ? <p>{t('imports.report.format', { format: t(`imports.form.formats.${report.format}`) })}</p> : null}
      <div className="d-flex flex-wrap gap-2 my-3">
        {!blocked && !report.imported ? <Button color="primary" onClick={onConfirm}>{t('imports.report.confirm')}</Button> : null}
        {report.imported ? <Link to="/albero" className="btn btn-primary">{t('imports.report.openTree')}</Link> : null}
        <Button color="secondary" outline onClick={onAgain}>{t('imports.report.again')}</Button>
      </div>
      {report.counts ? <ReportCounts counts={report.counts} /> : null}
      {report.diff && !report.imported ? <ReportDiff diff={report.diff} /> : null}
      <IssueTable id="import-errors" title={t('imports.report.issues.errors', { count: report.errors.length })} issues={report.errors} />
      <IssueTable id="import-warnings" title={t('imports.report.issues.warnings', { count: report.warnings.length })} issues={report.warnings} />
    </section>
  );
}

interface ImportFormProps {
  entityName: string;
  busy: boolean;
  format: ImportFormat;
  fileError: string | undefined;
  onFile: (file: File | null) => void;
  onFormat: (format: ImportFormat) => void;
  onSubmit: () => void;
}

function ImportForm({ entityName, busy, format, fileError, onFile, onFormat, onSubmit }: ImportFormProps) {
  const { t } = useTranslation();
  const submit = (event: FormEvent) => { event.preventDefault(); onSubmit(); };
  return (
    <form onSubmit={submit} noValidate className="import-form">
      <p>{t('imports.form.entity', { name: entityName })}</p>
      <div className="form-group">
        <label htmlFor="import-file" className="active">{t('imports.form.file')}</label>
        <input id="import-file" type="file" className="form-control" accept=".txt,.xlsx,.json,.yaml,.yml,text/plain,application/json"
          aria-describedby={`import-file-hint${fileError ? ' import-file-error' : ''}`} aria-invalid={fileError ? true : undefined}
          onChange={(event) => onFile(event.target.files?.[0] ?? null)} disabled={busy} />
        <small id="import-file-hint" className="form-text">{t('imports.form.fileHelp')}</small>
        {fileError ? <div id="import-file-error" className="invalid-feedback d-block">{fileError}</div> : null}
      </div>
      <div className="select-wrapper mb-4">
        <label htmlFor="import-format">{t('imports.form.format')}</label>
        <select id="import-format" value={format} onChange={(event) => onFormat(event.target.value as ImportFormat)} disabled={busy}>
          {IMPORT_FORMATS.map((key) => <option key={key} value={key}>{t(`imports.form.formats.${key}`)}</option>)}
        </select>
      </div>
      <Button type="submit" color="primary" disabled={busy}>{t('imports.form.check')}</Button>
    </form>
  );
}

function ImportPanel({ entity }: { entity: { code: string; name: string } }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const { selectPlan } = useWorkspace();
  const { phase, run, reset } = useImportJob();
  const [file, setFile] = useState<File | null>(null);
  const [format, setFormat] = useState<ImportFormat>('auto');
  const [fileError, setFileError] = useState<string | undefined>();

  const start = async (dryRun: boolean): Promise<ImportReport | undefined> => {
    if (!file) {
      setFileError(t('imports.form.chooseFile'));
      return undefined;
    }
    return run({ entityCode: entity.code, file, format, dryRun });
  };
  const onConfirm = async () => {
    const report = await start(false);
    if (!report?.imported || !report.planCode) return;
    await queryClient.invalidateQueries({ queryKey: ['entities', entity.code, 'plans'] });
    selectPlan(report.planCode);
  };
  const onFile = (chosen: File | null) => { setFile(chosen); setFileError(undefined); reset(); };

  return (
    <section aria-labelledby="import-heading">
      <h2 id="import-heading">{t('imports.form.heading')}</h2>
      <ImportForm entityName={entity.name} busy={phase.kind === 'uploading' || phase.kind === 'running'} format={format} fileError={fileError}
        onFile={onFile} onFormat={setFormat} onSubmit={() => void start(true)} />
      <ImportProgress phase={phase} />
      {phase.kind === 'failed' ? (
        <ProblemAlert title={t(phase.dryRun ? 'imports.progress.uploadFailed' : 'imports.progress.failed')} error={phase.error} />
      ) : null}
      {phase.kind === 'done' ? <ReportView report={phase.report} onConfirm={() => void onConfirm()} onAgain={reset} /> : null}
    </section>
  );
}

export function ImportPage() {
  const { t } = useTranslation();
  const { entity, membership, me } = useWorkspace();
  useDocumentTitle(t('imports.title'));
  const canImport = me.user.isSystemAdmin || (membership?.roles.includes('stp') ?? false);
  return (
    <>
      <h1>{t('imports.title')}</h1>
      <p className="lead">{t('imports.intro')}</p>
      {!entity ? (
        <Callout color="note"><CalloutText>{t('imports.noEntity')}</CalloutText></Callout>
      ) : canImport ? <ImportPanel entity={entity} /> : (
        <Callout color="note" data-testid="import-not-allowed"><CalloutText>{t('imports.notAllowed')}</CalloutText></Callout>
      )}
      <ExportMenu canExportPlan={canImport} />
    </>
  );
}
