/**
 * Expected failures are values: a command returns `ok(value)` or `fail(code, …)` with a stable string
 * code; the HTTP layer maps the code to a status and a bilingual message (one table per feature).
 * Exceptions are for bugs.
 */
export type Ok<T> = { ok: true; value: T };
export type Fail<C extends string = string> = {
  ok: false;
  code: C;
  /** Extra, non-localised detail for logs and the problem's `detail`. */
  detail?: string;
  /** The current state of the resource, for `version_conflict`. */
  current?: unknown;
};
export type Result<T, C extends string = string> = Ok<T> | Fail<C>;

export function ok<T>(value: T): Ok<T> {
  return { ok: true, value };
}

export function fail<C extends string>(code: C, extra: Omit<Fail<C>, 'ok' | 'code'> = {}): Fail<C> {
  return { ok: false, code, ...extra };
}
