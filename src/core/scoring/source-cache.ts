/**
 * Formulas by source text and targets by text and unit, each parsed and compiled once per plan: a
 * million indicators have a few thousand distinct texts. A target entry also carries what scoring
 * derives from the target alone (the share of it due during the year), so the hot path reads a
 * shared object instead of recomputing per indicator.
 */
import type { FormulaError } from '../formula/formula-ast.js';
import { parseFormula } from '../formula/formula-parser.js';
import type { Indicator } from '../plan/plan.schema.js';
import type { Target } from '../target/target-ast.js';
import { parseTarget } from '../target/target-parser.js';
import { FormulaShapes, type CompiledFormula } from './formula-shape.js';
import type { MeasureValueStore } from './measure-value-store.js';

export type TargetRecord = Readonly<{ text: string; parsed: Target | null; effective: null }>;

/** One distinct target (text and unit) of the plan, parsed. */
export interface TargetEntry {
  /** Position in SourceCache.targetList. */
  id: number;
  parsed: ReturnType<typeof parseTarget>;
  /** The parsed target, null when it does not parse. */
  target: Target | null;
  /** The record's `target` when the applied target is the written one (shared by every indicator and run). */
  record: TargetRecord;
  /** Share (0–1) of the target due by the period's end: below 1 only for accumulating targets during the year. */
  progress: number;
}

export type FormulaEntry = { ok: true; formula: CompiledFormula } | { ok: false; errors: FormulaError[] };

/** What decides the share of a target due during the year (null expected progress: year end). */
export interface ProgressSettings { expectedProgress: number | null; cumulativeUnits: readonly string[] }

/** Share (0–1) of a target due by the period's end for an indicator of `unit`. */
export function progressFor(settings: ProgressSettings, target: Target, unit: Indicator['unit']): number {
  if (settings.expectedProgress === null) return 1;
  if (target.kind !== 'compare' && target.kind !== 'growth' && target.kind !== 'relative' && target.kind !== 'range') return 1;
  const applied = (target.kind === 'compare' || target.kind === 'range') && target.unit !== 'number' ? target.unit : unit;
  return settings.cumulativeUnits.includes(applied) ? settings.expectedProgress / 100 : 1;
}

export class SourceCache {
  readonly targetList: TargetEntry[] = [];
  private readonly formulas = new Map<string, FormulaEntry>();
  private readonly targets = new Map<string, Map<string, TargetEntry>>();
  private readonly shapes: FormulaShapes;

  constructor(store: MeasureValueStore, private readonly year: number, private readonly progress: ProgressSettings) {
    this.shapes = new FormulaShapes(store, year);
  }

  formula(source: string): FormulaEntry {
    let entry = this.formulas.get(source);
    if (!entry) {
      const parsed = parseFormula(source);
      entry = parsed.ok ? { ok: true, formula: this.shapes.compile(source, parsed.value) } : { ok: false, errors: parsed.errors };
      this.formulas.set(source, entry);
    }
    return entry;
  }

  /** Target texts repeat (`>= 100`, `SI`): each is parsed once per unit and its record shared. */
  target(text: string, unit: Indicator['unit']): TargetEntry {
    let byText = this.targets.get(unit);
    if (!byText) this.targets.set(unit, (byText = new Map()));
    let entry = byText.get(text);
    if (!entry) {
      const parsed = parseTarget(text, { unit, planYear: this.year });
      const target = parsed.ok ? parsed.target : null;
      entry = {
        id: this.targetList.length, parsed, target,
        record: Object.freeze({ text, parsed: target, effective: null }),
        progress: target === null ? 1 : progressFor(this.progress, target, unit),
      };
      byText.set(text, entry);
      this.targetList.push(entry);
    }
    return entry;
  }
}
