/**
 * Problems found while reading a source document: a stable code, a severity, where it is in the
 * source (line, and column or field path when known) and a bilingual message. Expected failures are
 * values: readers never throw on bad input, they return these.
 */
import type { Plan } from '../../core/plan/plan.schema.js';

export type ImportSeverity = 'error' | 'warning';

export interface ImportLocation {
  file?: string;
  /** 1-based line of the source document (0 when the problem concerns the whole document). */
  line: number;
  column?: number;
  /** Field path in the produced plan, e.g. `indicators[3].formula`. */
  path?: string;
}

export interface ImportMessage { it: string; en: string }

export interface ImportWarning {
  code: string;
  severity: ImportSeverity;
  location: ImportLocation;
  message: ImportMessage;
}

/** The result of a reader: the plan (null when there are errors: imports are all-or-nothing). */
export interface ImportResult {
  plan: Plan | null;
  warnings: ImportWarning[];
  errors: ImportWarning[];
}

/** Collects warnings and errors for one source file. */
export class IssueCollector {
  readonly warnings: ImportWarning[] = [];
  readonly errors: ImportWarning[] = [];

  constructor(private readonly file?: string) {}

  warn(code: string, where: Omit<ImportLocation, 'file'>, message: ImportMessage): void {
    this.warnings.push(this.build(code, 'warning', where, message));
  }

  error(code: string, where: Omit<ImportLocation, 'file'>, message: ImportMessage): void {
    this.errors.push(this.build(code, 'error', where, message));
  }

  private build(code: string, severity: ImportSeverity, where: Omit<ImportLocation, 'file'>, message: ImportMessage): ImportWarning {
    const location: ImportLocation = this.file === undefined ? { ...where } : { file: this.file, ...where };
    return { code, severity, location, message };
  }
}

/** Shortens a quoted source excerpt for a message. */
export function excerpt(text: string, max = 80): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}

/** Issues in source order (stable for issues on the same line). */
export function byLine(issues: readonly ImportWarning[]): ImportWarning[] {
  return [...issues].sort((a, b) => a.location.line - b.location.line);
}
