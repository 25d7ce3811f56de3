/**
 * Expected failures are values: a command returns `ok(value)` or `fail(code, …)` with a stable string
 * code; the HTTP layer maps the code to a status and a bilingual message (one table per feature).
 * Exceptions are for bugs.
 */
/** A problem with one field of the input, with its path (dotted) and a bilingual message. */
export interface FieldIssue {
  path: string;
  code: string;
  messages: { it: string; en: string };
}

export type Ok<T> = { ok: true; value: T };
export type Fail<C extends string = string> = {
  ok: false;
  code: C;
  /** Extra, non-localised detail for logs and the problem's `detail`. */
  detail?: string;
  /** The current state of the resource, for `version_conflict`. */
  current?: unknown;
  /** Field-level problems of the input (e.g. a formula that does not parse). */
  errors?: FieldIssue[];
};
export type Result<T, C extends string = string> = Ok<T> | Fail<C>;

export function ok<T>(value: T): Ok<T> {
  return { ok: true, value };
}

export function fail<C extends string>(code: C, extra: Omit<Fail<C>, 'ok' | 'code'> = {}): Fail<C> {
  return { ok: false, code, ...extra };
}
