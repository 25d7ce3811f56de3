/**
 * The import page's side of the API: uploading a file (multipart, with the session's CSRF token) to
 * start an import job, and following the job — its server-sent events (`/api/jobs/:id/events`), or
 * polling `/api/jobs/:id` when the stream cannot be opened — until it ends with the report.
 */
import { ApiError, apiClient, clientProblems, type BilingualText } from '../../api/api-client.js';

export type ImportFormat = 'auto' | 'tree-export' | 'card-export' | 'xlsx' | 'json';
export const IMPORT_FORMATS: readonly ImportFormat[] = ['auto', 'tree-export', 'card-export', 'xlsx', 'json'];

export interface ReportIssue {
  code: string;
  severity: 'error' | 'warning';
  location: { file?: string; line?: number; sheet?: string; row?: number; columnName?: string; path?: string };
  where: BilingualText;
  message: BilingualText;
}

export type CodesByKind = Record<string, string[]>;

export interface ImportReport {
  fileName: string;
  format: Exclude<ImportFormat, 'auto'> | null;
  entityCode: string;
  planCode: string | null;
  dryRun: boolean;
  imported: boolean;
  replaces: boolean;
  counts: { byLevel: Record<string, number>; indicators: number; measures: number; orgUnits: number; cards: number; periods: number; values: number } | null;
  warnings: ReportIssue[];
  errors: ReportIssue[];
  diff?: { headerChanged: boolean; added: CodesByKind; changed: CodesByKind; removed: CodesByKind };
}

export type JobStatus = 'queued' | 'running' | 'succeeded' | 'failed' | 'cancelled';

export interface JobState {
  id: string;
  status: JobStatus;
  /** 0..1 */
  progress: number;
  message: string | null;
  result?: unknown;
  error?: unknown;
}

async function problemOf(response: Response): Promise<ApiError> {
  try {
    const body = (await response.json()) as { code?: string; messages?: BilingualText; detail?: string };
    if (body.code && body.messages) return new ApiError(response.status, body.code, body.messages, [], body.detail);
  } catch {
    // not JSON: a proxy's page
  }
  return new ApiError(response.status, 'unexpected_response', clientProblems.unexpectedStatus(response.status));
}

/** Uploads the file and starts the import job (a dry run unless `dryRun` is false). */
export async function startImport(entityCode: string, file: File, options: { dryRun: boolean; format: ImportFormat }): Promise<JobState> {
  const body = new FormData();
  body.append('file', file, file.name);
  const query = new URLSearchParams({ dryRun: String(options.dryRun), format: options.format });
  const headers: Record<string, string> = { accept: 'application/json, application/problem+json' };
  if (apiClient.csrfToken) headers['x-csrf-token'] = apiClient.csrfToken;
  let response: Response;
  try {
    response = await fetch(`/api/entities/${encodeURIComponent(entityCode)}/imports?${query.toString()}`, { method: 'POST', body, headers, credentials: 'same-origin' });
  } catch {
    throw new ApiError(0, 'network_error', clientProblems.network);
  }
  if (!response.ok) throw await problemOf(response);
  return (await response.json()) as JobState;
}

export function getJob(id: string): Promise<JobState> {
  return apiClient.request<JobState>(`/api/jobs/${encodeURIComponent(id)}`);
}

const TERMINAL: readonly JobStatus[] = ['succeeded', 'failed', 'cancelled'];

export function isTerminal(job: JobState): boolean {
  return TERMINAL.includes(job.status);
}

/**
 * Follows a job until it ends, calling `onUpdate` with every state; resolves with the final state.
 * Uses the event stream, falling back to polling every `pollMs` if the stream fails.
 */
export function followJob(id: string, onUpdate: (job: JobState) => void, signal: AbortSignal, pollMs = 1000): Promise<JobState> {
  return new Promise((resolve, reject) => {
    let source: EventSource | null = null;
    let polling = false;
    const finish = (job: JobState) => { source?.close(); resolve(job); };
    const poll = async () => {
      polling = true;
      while (!signal.aborted) {
        try {
          const job = await getJob(id);
          onUpdate(job);
          if (isTerminal(job)) return finish(job);
        } catch (error) {
          return reject(error);
        }
        await new Promise((wait) => setTimeout(wait, pollMs));
      }
    };
    signal.addEventListener('abort', () => { source?.close(); reject(new DOMException('aborted', 'AbortError')); });
    if (typeof EventSource === 'undefined') return void poll();
    source = new EventSource(`/api/jobs/${encodeURIComponent(id)}/events`);
    const onEvent = (event: MessageEvent<string>) => {
      const data = JSON.parse(event.data) as JobState;
      const job: JobState = { ...data, id };
      onUpdate(job);
      if (isTerminal(job)) finish(job);
    };
    for (const type of ['snapshot', 'started', 'progress', 'succeeded', 'failed', 'cancelled', 'requeued']) source.addEventListener(type, onEvent as EventListener);
    source.onerror = () => {
      source?.close();
      if (!polling) void poll();
    };
  });
}
