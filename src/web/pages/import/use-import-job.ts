/**
 * The state of one import on the page: uploading, running (with the job's progress), done (with the
 * report) or failed. Starting a new one abandons the previous one; leaving the page stops following.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, type BilingualText } from '../../api/api-client.js';
import { followJob, startImport, type ImportFormat, type ImportReport, type JobState } from './import-api.js';

export type ImportPhase =
  | { kind: 'idle' }
  | { kind: 'uploading'; dryRun: boolean }
  | { kind: 'running'; dryRun: boolean; job: JobState }
  | { kind: 'done'; dryRun: boolean; report: ImportReport }
  | { kind: 'failed'; dryRun: boolean; error: unknown };

export interface ImportRun { entityCode: string; file: File; format: ImportFormat; dryRun: boolean }

/** A job that ended without a report: its error as an ApiError with the server's words when it has them. */
function jobFailure(job: JobState): ApiError {
  const error = (job.error ?? {}) as { code?: string; it?: string; en?: string; message?: string };
  const code = error.code ?? job.status;
  const messages: BilingualText = error.it && error.en
    ? { it: error.it, en: error.en }
    : { it: `Il lavoro di importazione si è interrotto (${code}).`, en: `The import job stopped (${code}).` };
  return new ApiError(0, code, messages);
}

export function useImportJob() {
  const [phase, setPhase] = useState<ImportPhase>({ kind: 'idle' });
  const controller = useRef<AbortController | null>(null);
  useEffect(() => () => controller.current?.abort(), []);

  /** Runs an import to its end; resolves with the report when there is one. */
  const run = useCallback(async ({ entityCode, file, format, dryRun }: ImportRun): Promise<ImportReport | undefined> => {
    controller.current?.abort();
    const current = new AbortController();
    controller.current = current;
    setPhase({ kind: 'uploading', dryRun });
    try {
      const started = await startImport(entityCode, file, { dryRun, format });
      if (current.signal.aborted) return undefined;
      setPhase({ kind: 'running', dryRun, job: started });
      const job = await followJob(started.id, (update) => {
        if (!current.signal.aborted) setPhase({ kind: 'running', dryRun, job: update });
      }, current.signal);
      if (current.signal.aborted) return undefined;
      if (job.status === 'succeeded' && job.result) {
        const report = job.result as ImportReport;
        setPhase({ kind: 'done', dryRun, report });
        return report;
      }
      setPhase({ kind: 'failed', dryRun, error: jobFailure(job) });
    } catch (error) {
      if (!current.signal.aborted) setPhase({ kind: 'failed', dryRun, error });
    }
    return undefined;
  }, []);

  const reset = useCallback(() => {
    controller.current?.abort();
    setPhase({ kind: 'idle' });
  }, []);

  return { phase, run, reset };
}
