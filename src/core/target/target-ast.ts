/**
 * The target language: what a target written in a plan means.
 * Texts as the documents write them: `>= 2`, `<= 7 gg`, `>= 80%`, `>= +15%`, `380% - 390%`,
 * `<= 30/06/2021`, `Entro 10/12/2021`, `entro giugno`, `SI`, `NO`, `<= anno n-1`, `< 2019`, `---`,
 * and free text (scored by hand). Numbers in Italian format (1.234,56).
 */
import type { SourceSpan } from '../formula/formula-ast.js';

export type ComparisonOp = '>=' | '>' | '<=' | '<' | '=';
export type TargetUnit = 'number' | 'percent' | 'days' | 'euro';

export type Target =
  /** Compare the actual with a value: `>= 2`, `< 5 gg`, `>= 80%`. */
  | { kind: 'compare'; op: ComparisonOp; value: number; unit: TargetUnit }
  /** Growth against the previous year's actual: `>= +15%` (signed percent). */
  | { kind: 'growth'; op: ComparisonOp; percent: number }
  /** A closed range: `380% - 390%`. */
  | { kind: 'range'; min: number; max: number; unit: TargetUnit }
  /** Done by a date: `<= 30/06/2021`, `Entro 10/12/2021`, `entro giugno` (end of that month). */
  | { kind: 'deadline'; date: string; spelling: 'operator' | 'entro_date' | 'entro_month' }
  /** Done or not: `SI` / `NO`. */
  | { kind: 'boolean'; expected: boolean }
  /** Relative to an earlier year's actual: `<= anno n-1` (offset -1), `< 2019` (year 2019). */
  | { kind: 'relative'; op: ComparisonOp; ref: { kind: 'offset'; offset: number } | { kind: 'year'; year: number } }
  /** `---`: no target this year. */
  | { kind: 'none' }
  /** Free text: scored by hand (a manual achievement). */
  | { kind: 'manual'; text: string };

export interface TargetError {
  code: string;
  message: { it: string; en: string };
  position: number;
  span?: SourceSpan;
}

export type TargetParseResult = { ok: true; target: Target; warnings: TargetError[] } | { ok: false; errors: TargetError[] };
