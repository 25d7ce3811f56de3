/**
 * Turns schema validation issues (zod, through fastify-type-provider-zod) into field errors with a
 * path and a message in Italian and English. Paths are dotted, relative to the part of the request
 * they are in; query string and URL parameters are prefixed with `query.` and `params.`.
 */
import type { FieldError, Messages } from './problem.js';

/** The subset of a Fastify schema validation error this module reads. */
export interface ValidationIssue {
  keyword: string;
  instancePath: string;
  message?: string;
  params: Record<string, unknown>;
}

const TYPE_NAMES: Record<string, Messages> = {
  string: { it: 'un testo', en: 'a string' },
  number: { it: 'un numero', en: 'a number' },
  int: { it: 'un numero intero', en: 'an integer' },
  boolean: { it: 'vero o falso', en: 'true or false' },
  object: { it: 'un oggetto', en: 'an object' },
  array: { it: 'un elenco', en: 'an array' },
};

function typeName(expected: unknown): Messages {
  const known = TYPE_NAMES[String(expected)];
  return known ?? { it: String(expected), en: String(expected) };
}

function sizeMessages(params: Record<string, unknown>, small: boolean): Messages {
  const limit = String(small ? params.minimum : params.maximum);
  const origin = String(params.origin ?? '');
  if (origin === 'string') {
    return small
      ? { it: `Almeno ${limit} caratteri.`, en: `At least ${limit} characters.` }
      : { it: `Al massimo ${limit} caratteri.`, en: `At most ${limit} characters.` };
  }
  if (origin === 'array' || origin === 'set') {
    return small
      ? { it: `Almeno ${limit} elementi.`, en: `At least ${limit} items.` }
      : { it: `Al massimo ${limit} elementi.`, en: `At most ${limit} items.` };
  }
  const inclusive = params.inclusive !== false;
  if (small) {
    return inclusive
      ? { it: `Deve essere maggiore o uguale a ${limit}.`, en: `Must be greater than or equal to ${limit}.` }
      : { it: `Deve essere maggiore di ${limit}.`, en: `Must be greater than ${limit}.` };
  }
  return inclusive
    ? { it: `Deve essere minore o uguale a ${limit}.`, en: `Must be less than or equal to ${limit}.` }
    : { it: `Deve essere minore di ${limit}.`, en: `Must be less than ${limit}.` };
}

function invalidTypeError(issue: ValidationIssue): { code: string; messages: Messages } {
  if (/received undefined/.test(issue.message ?? '')) {
    return { code: 'required', messages: { it: 'Campo obbligatorio.', en: 'Required field.' } };
  }
  const name = typeName(issue.params.expected);
  return { code: 'invalid_type', messages: { it: `Deve essere ${name.it}.`, en: `Must be ${name.en}.` } };
}

function issueMessages(issue: ValidationIssue): { code: string; messages: Messages } {
  const params = issue.params;
  switch (issue.keyword) {
    case 'invalid_type': return invalidTypeError(issue);
    case 'too_small': return { code: 'too_small', messages: sizeMessages(params, true) };
    case 'too_big': return { code: 'too_big', messages: sizeMessages(params, false) };
    case 'invalid_format': return {
      code: 'invalid_format',
      messages: { it: `Formato non valido (${String(params.format)}).`, en: `Invalid format (${String(params.format)}).` },
    };
    case 'invalid_value': {
      const allowed = Array.isArray(params.values) ? params.values.map(String).join(', ') : '';
      return { code: 'invalid_value', messages: { it: `Valore non ammesso; ammessi: ${allowed}.`, en: `Value not allowed; allowed: ${allowed}.` } };
    }
    case 'not_multiple_of': return {
      code: 'not_multiple_of',
      messages: { it: `Deve essere multiplo di ${String(params.divisor)}.`, en: `Must be a multiple of ${String(params.divisor)}.` },
    };
    case 'invalid_union': return { code: 'invalid_value', messages: { it: 'Valore non valido.', en: 'Invalid value.' } };
    default: return {
      code: issue.keyword,
      messages: { it: `Valore non valido: ${issue.message ?? issue.keyword}.`, en: `Invalid value: ${issue.message ?? issue.keyword}.` },
    };
  }
}

function joinPath(prefix: string, instancePath: string, extra?: string): string {
  const parts = instancePath.split('/').filter((part) => part.length > 0);
  if (extra !== undefined) parts.push(extra);
  return [prefix, ...parts].filter((part) => part.length > 0).join('.');
}

function prefixOf(context: string | undefined): string {
  if (context === 'querystring') return 'query';
  if (context === 'params') return 'params';
  if (context === 'headers') return 'headers';
  return '';
}

/** One field error per issue; an unknown-keys issue gives one `unknown_field` error per key. */
export function fieldErrorsOf(issues: readonly ValidationIssue[], context?: string): FieldError[] {
  const prefix = prefixOf(context);
  return issues.flatMap((issue): FieldError[] => {
    if (issue.keyword === 'unrecognized_keys' && Array.isArray(issue.params.keys)) {
      return issue.params.keys.map((key) => ({
        path: joinPath(prefix, issue.instancePath, String(key)),
        code: 'unknown_field',
        messages: { it: `Campo non previsto: ${String(key)}.`, en: `Unknown field: ${String(key)}.` },
      }));
    }
    const { code, messages } = issueMessages(issue);
    return [{ path: joinPath(prefix, issue.instancePath), code, messages }];
  });
}
