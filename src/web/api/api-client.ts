/**
 * The one way the web application talks to the HTTP API: JSON in and out, the session cookie, the
 * CSRF header on every mutating request, and errors turned into ApiError values carrying the server's
 * bilingual messages (application/problem+json). Failures that never reach the API (network down,
 * a proxy's HTML error page) get bilingual messages of their own, so the UI always has text to show.
 */
import * as z from 'zod/mini';
import type { AppLanguage } from '../i18n/format.js';

export interface BilingualText {
  it: string;
  en: string;
}

export interface FieldProblem {
  /** Where the problem is, e.g. "newPassword" or "years.0.status". */
  path: string;
  messages: BilingualText;
}

const bilingualTextSchema = z.object({ it: z.string(), en: z.string() });

const problemSchema = z.object({
  status: z.optional(z.number()),
  code: z.string(),
  detail: z.optional(z.string()),
  messages: bilingualTextSchema,
  errors: z.optional(z.array(z.object({ path: z.string(), messages: bilingualTextSchema }))),
});

export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    readonly status: number,
    readonly code: string,
    readonly messages: BilingualText,
    readonly fieldProblems: readonly FieldProblem[] = [],
    readonly detail?: string,
  ) {
    super(`${status} ${code}: ${messages.en}`);
  }

  messageIn(language: AppLanguage): string {
    return this.messages[language];
  }

  /** The server's message for one field, if it flagged that field. */
  fieldMessageIn(path: string, language: AppLanguage): string | undefined {
    return this.fieldProblems.find((problem) => problem.path === path)?.messages[language];
  }
}

export const clientProblems = {
  network: {
    it: 'Il server di Traguardo non risponde. Controlla la connessione e riprova.',
    en: 'The Traguardo server does not respond. Check your connection and try again.',
  },
  unexpectedStatus: (status: number): BilingualText => ({
    it: `Risposta inattesa dal server (HTTP ${status}). Riprova tra poco; se il problema continua, segnalalo all’assistenza.`,
    en: `Unexpected response from the server (HTTP ${status}). Try again shortly; if it persists, report it to support.`,
  }),
  invalidResponse: {
    it: 'Il server ha risposto con dati in un formato inatteso. Segnala il problema all’assistenza.',
    en: 'The server answered with data in an unexpected shape. Please report it to support.',
  },
} as const;

type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface RequestOptions<T> {
  method?: HttpMethod;
  /** JSON-serialised, or sent as it is when a FormData (multipart upload). */
  body?: unknown;
  /** Validates the response body; without it the response is returned as parsed JSON. */
  schema?: z.ZodMiniType<T>;
  signal?: AbortSignal;
}

export interface ApiClientOptions {
  /** Origin prefix for requests; empty in the browser (same origin). */
  baseUrl?: string;
  fetch?: typeof globalThis.fetch;
}

export interface ApiClient {
  request<T>(path: string, options?: RequestOptions<T>): Promise<T>;
  setCsrfToken(token: string | null): void;
  readonly csrfToken: string | null;
}

async function readJson(response: Response): Promise<unknown> {
  const type = response.headers.get('content-type') ?? '';
  if (!type.includes('json')) return undefined;
  try {
    return await response.json();
  } catch {
    return undefined;
  }
}

function problemFrom(status: number, body: unknown): ApiError {
  const parsed = problemSchema.safeParse(body);
  if (!parsed.success) return new ApiError(status, 'unexpected_response', clientProblems.unexpectedStatus(status));
  const problem = parsed.data;
  return new ApiError(problem.status ?? status, problem.code, problem.messages, problem.errors ?? [], problem.detail);
}

export function createApiClient(options: ApiClientOptions = {}): ApiClient {
  const baseUrl = options.baseUrl ?? '';
  const fetchImpl = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  let csrfToken: string | null = null;

  async function request<T>(path: string, { method = 'GET', body, schema, signal }: RequestOptions<T> = {}): Promise<T> {
    const headers: Record<string, string> = { accept: 'application/json, application/problem+json' };
    const isForm = typeof FormData !== 'undefined' && body instanceof FormData;
    // A FormData body (file upload) sets its own multipart content type with the boundary.
    if (body !== undefined && !isForm) headers['content-type'] = 'application/json';
    if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;

    let response: Response;
    try {
      response = await fetchImpl(`${baseUrl}${path}`, {
        method,
        headers,
        body: body === undefined ? undefined : isForm ? body : JSON.stringify(body),
        credentials: 'same-origin',
        signal,
      });
    } catch (error) {
      if (signal?.aborted) throw error;
      throw new ApiError(0, 'network_error', clientProblems.network);
    }

    if (response.status === 204) return undefined as T;
    const data = await readJson(response);
    if (!response.ok) throw problemFrom(response.status, data);
    if (!schema) return data as T;
    const parsed = schema.safeParse(data);
    if (!parsed.success) throw new ApiError(response.status, 'invalid_response', clientProblems.invalidResponse);
    return parsed.data;
  }

  return {
    request,
    setCsrfToken(token) {
      csrfToken = token;
    },
    get csrfToken() {
      return csrfToken;
    },
  };
}

/** The browser application's client (same origin, cookie session). */
export const apiClient = createApiClient();
