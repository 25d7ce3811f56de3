/**
 * Problem details (RFC 9457) as `application/problem+json`:
 * `{ type, title, status, code, detail, messages: { it, en }, errors?, current? }`.
 * Every expected failure has a stable `code`, an HTTP status and a message in Italian and English,
 * declared in one table per feature (see `ProblemTable`).
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';

export interface Messages {
  it: string;
  en: string;
}

export interface ProblemSpec {
  status: number;
  messages: Messages;
}

export type ProblemTable<C extends string> = Readonly<Record<C, ProblemSpec>>;

export interface FieldError {
  path: string;
  code: string;
  messages: Messages;
}

export interface Problem {
  type: string;
  title: string;
  status: number;
  code: string;
  detail: string;
  messages: Messages;
  errors?: FieldError[];
  current?: unknown;
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json; charset=utf-8';

const messagesSchema = z.object({ it: z.string(), en: z.string() });

/** The problem body as a schema, for the OpenAPI document. */
export const problemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  code: z.string().describe('Stable machine-readable error code'),
  detail: z.string(),
  messages: messagesSchema,
  errors: z.array(z.object({ path: z.string(), code: z.string(), messages: messagesSchema })).optional(),
  current: z.unknown().optional().describe('The current state of the resource (409 version_conflict)'),
}).meta({ id: 'Problem' });

export type Locale = keyof Messages;

/** The caller's language: `en` when Accept-Language prefers English, Italian otherwise. */
export function localeOf(request: FastifyRequest): Locale {
  const header = request.headers['accept-language'];
  const first = typeof header === 'string' ? header.split(',')[0]?.trim().toLowerCase() : undefined;
  return first?.startsWith('en') ? 'en' : 'it';
}

export function buildProblem(
  code: string,
  spec: ProblemSpec,
  locale: Locale,
  extra: { detail?: string; errors?: FieldError[]; current?: unknown } = {},
): Problem {
  const problem: Problem = {
    type: `urn:traguardo:problem:${code}`,
    title: spec.messages[locale],
    status: spec.status,
    code,
    detail: extra.detail ?? spec.messages[locale],
    messages: spec.messages,
  };
  if (extra.errors) problem.errors = extra.errors;
  if (extra.current !== undefined) problem.current = extra.current;
  return problem;
}

export function sendProblem(
  request: FastifyRequest,
  reply: FastifyReply,
  code: string,
  spec: ProblemSpec,
  extra: { detail?: string; errors?: FieldError[]; current?: unknown } = {},
): FastifyReply {
  const problem = buildProblem(code, spec, localeOf(request), extra);
  // Problems bypass the route's response schema: they are serialised here, once, by hand.
  return reply.code(problem.status).type(PROBLEM_CONTENT_TYPE).serializer(JSON.stringify).send(problem);
}
