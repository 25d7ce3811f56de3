/**
 * Every error leaves the server as `application/problem+json`: schema validation (with field paths),
 * malformed or oversize bodies, rate limits, and — logged, without internals — bugs.
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { HTTP_PROBLEMS, type HttpProblemCode } from './http.errors.js';
import { sendProblem } from './problem.js';
import { fieldErrorsOf, type ValidationIssue } from './validation-messages.js';

const FASTIFY_CODES: Readonly<Record<string, HttpProblemCode>> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'malformed_json',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'empty_body',
  FST_ERR_CTP_BODY_TOO_LARGE: 'payload_too_large',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'validation_failed',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'unsupported_media_type',
  FST_ERR_CTP_INVALID_TYPE: 'unsupported_media_type',
};

const STATUS_CODES: Readonly<Record<number, HttpProblemCode>> = {
  400: 'validation_failed', 401: 'unauthenticated', 403: 'forbidden', 404: 'not_found', 405: 'method_not_allowed',
  409: 'conflict', 413: 'payload_too_large', 415: 'unsupported_media_type', 429: 'rate_limited', 503: 'service_unavailable',
};

export function send(request: FastifyRequest, reply: FastifyReply, code: HttpProblemCode, extra: Parameters<typeof sendProblem>[4] = {}) {
  return sendProblem(request, reply, code, HTTP_PROBLEMS[code], extra);
}

function handleError(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  if (hasZodFastifySchemaValidationErrors(error)) {
    const context = (error as { validationContext?: string }).validationContext;
    const errors = fieldErrorsOf(error.validation as unknown as ValidationIssue[], context);
    return send(request, reply, 'validation_failed', { errors, detail: errors.map((e) => `${e.path}: ${e.messages.en}`).join('; ') });
  }
  if (error.validation) {
    return send(request, reply, 'validation_failed', { detail: error.message });
  }
  const mapped = error.code ? FASTIFY_CODES[error.code] : undefined;
  if (mapped) return send(request, reply, mapped);
  if (isResponseSerializationError(error)) {
    request.log.error({ err: error, issues: error.cause?.issues }, 'response does not match its schema');
    return send(request, reply, 'internal_error');
  }
  const status = error.statusCode ?? 500;
  const byStatus = STATUS_CODES[status];
  if (status < 500 && byStatus) return send(request, reply, byStatus);
  if (status === 503) return send(request, reply, 'service_unavailable');
  request.log.error({ err: error }, 'unhandled error');
  return send(request, reply, 'internal_error');
}

export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler(handleError);
}
