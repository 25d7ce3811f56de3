/**
 * The plan file (canonical JSON or YAML, format `traguardo.plan/v1`) and the scoring policy file:
 * reading with located, bilingual errors (syntax with line:column; schema problems with the field path
 * and, where possible, the line; then the plan's referential integrity), and writing.
 */
import { stringify as stringifyYaml } from 'yaml';
import type { z } from 'zod';
import { parseIssuePath } from '../core/plan/plan-issue.js';
import { validatePlan } from '../core/plan/plan-validation.js';
import { planSchema, type Plan } from '../core/plan/plan.schema.js';
import { scoringPolicySchema, type ScoringPolicy } from '../core/scoring/policy.schema.js';
import { describeSchemaIssues } from './plan-file-issues.js';
import { detectFormat, parseSource, type DocumentFormat, type ParsedSource } from './plan-file-source.js';

export type { DocumentFormat } from './plan-file-source.js';

/** Files larger than this are refused before parsing. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

export interface FileErrorLocation {
  file: string;
  line?: number;
  column?: number;
  /** Field path, e.g. `nodes[3].weight`. */
  path?: string;
}

export interface FileError {
  code: string;
  location: FileErrorLocation;
  message: { it: string; en: string };
}

export type FileResult<T> = { ok: true; value: T } | { ok: false; errors: FileError[] };

export function fileTooLargeError(fileName: string, bytes: number): FileError {
  const megabytes = (n: number) => (n / 1024 / 1024).toFixed(1);
  return {
    code: 'file_too_large',
    location: { file: fileName },
    message: {
      it: `Il file è troppo grande (${megabytes(bytes).replace('.', ',')} MB): il limite è ${megabytes(MAX_FILE_BYTES).replace('.', ',')} MB.`,
      en: `The file is too large (${megabytes(bytes)} MB): the limit is ${megabytes(MAX_FILE_BYTES)} MB.`,
    },
  };
}

function pathText(path: readonly (string | number)[]): string {
  let text = '';
  for (const segment of path) text += typeof segment === 'number' ? `[${segment}]` : text === '' ? segment : `.${segment}`;
  return text;
}

/** Reads a file's text against a schema: size, syntax, then schema, every error located. */
export function readSchemaFile<S extends z.ZodType>(text: string, fileName: string, schema: S): FileResult<{ data: z.output<S>; source: ParsedSource & { ok: true } }> {
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > MAX_FILE_BYTES) return { ok: false, errors: [fileTooLargeError(fileName, bytes)] };
  const source = parseSource(text, detectFormat(text, fileName));
  if (!source.ok) {
    return { ok: false, errors: [{ code: source.code, location: { file: fileName, ...source.position }, message: source.message }] };
  }
  const parsed = schema.safeParse(source.data);
  if (parsed.success) return { ok: true, value: { data: parsed.data, source } };
  const errors = describeSchemaIssues(parsed.error.issues, source.data).map((problem): FileError => ({
    code: 'schema',
    location: { file: fileName, ...source.locate(problem.path), path: pathText(problem.path) },
    message: problem.message,
  }));
  return { ok: false, errors };
}

/** A plan that passed the schema, and how to find the line of a field path in its file. */
export interface PlanSource {
  plan: Plan;
  locate(path: string): { line: number; column: number } | undefined;
}

/** Reads a plan file up to its schema (syntax and schema errors), leaving integrity to the caller. */
export function readPlanSource(text: string, fileName: string): FileResult<PlanSource> {
  const read = readSchemaFile(text, fileName, planSchema);
  if (!read.ok) return read;
  const { data: plan, source } = read.value;
  return { ok: true, value: { plan, locate: (path) => source.locate(parseIssuePath(path)) } };
}

/** Reads a plan file: syntax and schema errors, then the errors of validatePlan (warnings are left to lint). */
export function readPlanFile(text: string, fileName: string): FileResult<Plan> {
  const read = readPlanSource(text, fileName);
  if (!read.ok) return read;
  const { plan, locate } = read.value;
  const errors = validatePlan(plan)
    .filter((issue) => issue.severity === 'error')
    .map((issue): FileError => ({
      code: issue.code,
      location: { file: fileName, ...locate(issue.location.path), path: issue.location.path },
      message: issue.message,
    }));
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: plan };
}

/** Reads a scoring policy file (format `traguardo.policy/v1`); omitted settings take their defaults. */
export function readPolicyFile(text: string, fileName: string): FileResult<ScoringPolicy> {
  const read = readSchemaFile(text, fileName, scoringPolicySchema);
  return read.ok ? { ok: true, value: read.value.data } : read;
}

export function writePlanFile(plan: Plan, format: DocumentFormat): string {
  if (format === 'json') return `${JSON.stringify(plan, null, 2)}\n`;
  return stringifyYaml(plan, { lineWidth: 0 });
}

/** `plan.json:12:5 (nodes[3].weight): message` in the chosen language. */
export function formatFileError(error: FileError, locale: 'it' | 'en'): string {
  const { file, line, column, path } = error.location;
  const place = [file, line, line !== undefined ? column : undefined].filter((part) => part !== undefined).join(':');
  return `${place}${path ? ` (${path})` : ''}: ${error.message[locale]}`;
}
