/**
 * The policy being edited: immutable updates by path, the settings that differ from the revision in
 * force (as dotted paths, for the summary), and the server's field errors keyed by the form's paths.
 */
import type { FieldProblem } from '../../api/api-client.js';

export type PolicyPath = readonly (string | number)[];

/** A copy of `value` with `path` set to `next` (objects and arrays copied along the path only). */
export function setIn<T>(value: T, path: PolicyPath, next: unknown): T {
  if (path.length === 0) return next as T;
  const [head, ...rest] = path as [string | number, ...(string | number)[]];
  if (Array.isArray(value)) {
    const copy = value.slice();
    copy[head as number] = setIn(copy[head as number], rest, next);
    return copy as T;
  }
  const record = (value ?? {}) as Record<string | number, unknown>;
  return { ...record, [head]: setIn(record[head], rest, next) } as T;
}

export function getIn(value: unknown, path: PolicyPath): unknown {
  return path.reduce<unknown>((current, key) => (current === null || current === undefined ? undefined : (current as Record<string | number, unknown>)[key]), value);
}

const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The paths of the settings that differ, leaves first level by level (`tolerance.threshold`,
 * `bands.final.0.min`). Arrays of scalars (e.g. `tolerance.appliesTo`) compare as one setting;
 * `meta.revision` never counts.
 */
export function changedPaths(before: unknown, after: unknown, prefix: PolicyPath = []): string[] {
  if (isPlainObject(before) && isPlainObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
    return keys.flatMap((key) => (prefix.length === 1 && prefix[0] === 'meta' && key === 'revision' ? [] : changedPaths(before[key], after[key], [...prefix, key])));
  }
  if (Array.isArray(before) && Array.isArray(after) && before.length === after.length && before.some((item) => typeof item === 'object' && item !== null)) {
    return before.flatMap((item, index) => changedPaths(item, after[index], [...prefix, index]));
  }
  return JSON.stringify(before) === JSON.stringify(after) ? [] : [prefix.join('.')];
}

/** The field errors of a failed save or what-if, by the form's path (the server prefixes them with `policy.`). */
export function policyFieldErrors(problems: readonly FieldProblem[], language: 'it' | 'en'): Map<string, string> {
  const errors = new Map<string, string>();
  for (const problem of problems) {
    const path = problem.path.startsWith('policy.') ? problem.path.slice('policy.'.length) : problem.path;
    if (!errors.has(path)) errors.set(path, problem.messages[language]);
  }
  return errors;
}
