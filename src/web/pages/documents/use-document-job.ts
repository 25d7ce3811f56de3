/**
 * One document generation on the page: starting (request sent), running (the job's progress from its
 * event stream), done (the stored file) or failed. Leaving the page stops following the job.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../../api/api-client.js';
import { followJob, type JobState } from '../import/import-api.js';
import { startGeneration, type GenerateRequest, type GeneratedResult } from './documents-api.js';

export type GenerationPhase =
  | { kind: 'idle' }
  | { kind: 'starting' }
  | { kind: 'running'; job: JobState }
  | { kind: 'done'; result: GeneratedResult }
  | { kind: 'failed'; error: unknown };

function jobFailure(job: JobState): ApiError {
  const code = (job.error as { code?: string } | null)?.code ?? job.status;
  return new ApiError(0, code, { it: `La generazione si è interrotta (${code}).`, en: `Generation stopped (${code}).` });
}

export function useDocumentJob(onDone: () => void) {
  const [phase, setPhase] = useState<GenerationPhase>({ kind: 'idle' });
  const controller = useRef<AbortController | null>(null);
  useEffect(() => () => controller.current?.abort(), []);

  const run = useCallback(async (entityCode: string, request: GenerateRequest) => {
    controller.current?.abort();
    const current = new AbortController();
    controller.current = current;
    setPhase({ kind: 'starting' });
    try {
      const started = await startGeneration(entityCode, request);
      setPhase({ kind: 'running', job: started });
      const job = await followJob(started.id, (update) => { if (!current.signal.aborted) setPhase({ kind: 'running', job: update }); }, current.signal);
      if (current.signal.aborted) return;
      if (job.status === 'succeeded' && job.result) {
        setPhase({ kind: 'done', result: job.result as GeneratedResult });
        onDone();
      } else {
        setPhase({ kind: 'failed', error: jobFailure(job) });
      }
    } catch (error) {
      if (!current.signal.aborted) setPhase({ kind: 'failed', error });
    }
  }, [onDone]);

  return { phase, run };
}
