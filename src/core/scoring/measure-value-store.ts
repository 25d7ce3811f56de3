/**
 * The measured values scoring reads, indexed for speed: one slot per measure and year holding the
 * value that counts. For the year being scored the slot holds the value of the period being scored
 * (or the final value); for other years, the final value. When several values compete for a slot, the
 * one in the most advanced state wins (validated > submitted > draft), then the latest entered, then
 * the last written. Rejected values and states the policy does not accept never count.
 */
import type { MeasureRef } from '../formula/formula-ast.js';
import type { Measure, MeasureValue, Period, Plan } from '../plan/plan.schema.js';
import type { ScoredInput } from './scored-plan.js';

const STATE_RANK: Record<MeasureValue['state'], number> = { rejected: 0, draft: 1, submitted: 2, validated: 3 };

/** Does `challenger` (written later) beat `holder` for the same slot? */
function beats(challenger: MeasureValue, holder: MeasureValue): boolean {
  const rank = STATE_RANK[challenger.state] - STATE_RANK[holder.state];
  if (rank !== 0) return rank > 0;
  const a = challenger.enteredAt ?? '';
  const b = holder.enteredAt ?? '';
  return a >= b;
}

export class MeasureValueStore {
  readonly measures: Measure[] = [];
  private readonly byCode = new Map<string, number>();
  /** Built on the first lookup by name: most formulas name measures by code. */
  private byNameIndex: Map<string, number> | null = null;
  private readonly finalPeriods = new Set<string>();
  private readonly accepted: ReadonlySet<MeasureValue['state']>;
  private current: Array<MeasureValue | undefined> = [];
  private readonly others = new Map<number, Array<MeasureValue | undefined>>();
  /** Inputs as results show them, one frozen object per slot, made on first use and shared. */
  private readonly inputs = new Map<number, Array<ScoredInput | undefined>>();

  constructor(plan: Plan, acceptedStates: readonly MeasureValue['state'][], readonly year: number, readonly period: Period | null) {
    for (const measure of plan.measures) {
      const size = this.byCode.size;
      this.byCode.set(measure.code, this.byCode.get(measure.code) ?? size);
      if (this.byCode.size > size) this.measures.push(measure);
    }
    for (const p of plan.periods) if (p.final) this.finalPeriods.add(p.code);
    this.accepted = new Set(acceptedStates.filter((state) => state !== 'rejected'));
    this.current = new Array<MeasureValue | undefined>(this.measures.length);
    for (const value of plan.values) this.offer(value);
  }

  /** The measure a formula reference names, or -1 when the plan has no such measure. */
  indexOf(ref: MeasureRef): number {
    return (ref.by === 'code' ? this.byCode.get(ref.key) : this.byName().get(ref.key)) ?? -1;
  }

  private byName(): Map<string, number> {
    if (this.byNameIndex === null) {
      this.byNameIndex = new Map();
      this.measures.forEach((measure, index) => {
        if (!this.byNameIndex?.has(measure.name)) this.byNameIndex?.set(measure.name, index);
      });
    }
    return this.byNameIndex;
  }

  indexOfCode(code: string): number {
    return this.byCode.get(code) ?? -1;
  }

  /** The value that counts for a measure and year, with its provenance. */
  get(index: number, year: number): MeasureValue | undefined {
    if (year === this.year) return this.current[index];
    return this.others.get(year)?.[index];
  }

  /** What a formula sees: the value, null when missing (the measure exists). */
  read(index: number, year: number): number | boolean | string | null {
    const found = year === this.year ? this.current[index] : this.others.get(year)?.[index];
    return found === undefined ? null : found.value;
  }

  /** The year whose slot this value competes for, or null when scoring never reads it. */
  slotYear(value: MeasureValue): number | null {
    if (!this.accepted.has(value.state)) return null;
    const isFinal = value.period === undefined || this.finalPeriods.has(value.period);
    if (value.year === this.year && this.period !== null && !this.period.final) {
      return value.period === this.period.code ? value.year : null;
    }
    return isFinal ? value.year : null;
  }

  /** Puts a value in its slot when it beats the one there. */
  offer(value: MeasureValue): void {
    const year = this.slotYear(value);
    const index = this.byCode.get(value.measure);
    if (year === null || index === undefined) return;
    const slots = this.slotsOf(year);
    const holder = slots[index];
    if (holder === undefined || beats(value, holder)) {
      slots[index] = value;
      this.forgetInput(index, year);
    }
  }

  /** The input a result lists for a measure and year: what it is, and the value used or null. */
  input(index: number, year: number): ScoredInput {
    let cache = this.inputs.get(year);
    if (!cache) this.inputs.set(year, (cache = new Array<ScoredInput | undefined>(this.measures.length)));
    const cached = cache[index];
    if (cached) return cached;
    const measure = this.measures[index] as Measure;
    const input: ScoredInput = { measure: measure.code, name: measure.name, year, value: this.get(index, year) ?? null };
    if (year === this.year && this.period !== null && !this.period.final) input.period = this.period.code;
    cache[index] = Object.freeze(input);
    return input;
  }

  private forgetInput(index: number, year: number): void {
    const cache = this.inputs.get(year);
    if (cache) cache[index] = undefined;
  }

  /** Re-decides one slot from all the values written for that measure (after an edit). */
  resetSlot(measureCode: string, year: number, candidates: readonly MeasureValue[]): void {
    const index = this.byCode.get(measureCode);
    if (index === undefined) return;
    this.slotsOf(year)[index] = undefined;
    this.forgetInput(index, year);
    for (const value of candidates) if (value.year === year) this.offer(value);
  }

  private slotsOf(year: number): Array<MeasureValue | undefined> {
    if (year === this.year) return this.current;
    let slots = this.others.get(year);
    if (!slots) {
      slots = new Array<MeasureValue | undefined>(this.measures.length);
      this.others.set(year, slots);
    }
    return slots;
  }
}
