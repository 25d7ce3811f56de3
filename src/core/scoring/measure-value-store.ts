/**
 * The measured values scoring reads, indexed for speed: one slot per measure and year holding the
 * value that counts. For the year being scored the slot holds the value of the period being scored
 * (or the final value); for other years, the final value. When several values compete for a slot, the
 * one in the most advanced state wins (validated > submitted > draft), then the latest entered, then
 * the last written. Rejected values and states the policy does not accept never count.
 * Each year's slots are also kept as columns (the number, or NaN; what kind of value it is), which is
 * what compiled formulas read on the hot path.
 */
import type { MeasureRef } from '../formula/formula-ast.js';
import type { Measure, MeasureValue, Period, Plan } from '../plan/plan.schema.js';
import type { ScoredInput } from './scored-plan.js';

/** What a slot holds (`kinds`): nothing, a number (in `numbers`), yes, no, or a text (a date). */
export const SLOT_EMPTY = 0;
export const SLOT_NUMBER = 1;
export const SLOT_TRUE = 2;
export const SLOT_FALSE = 3;
export const SLOT_TEXT = 4;

/** One year's slots: the winning values with their provenance, and the same as columns. */
interface YearSlots {
  values: Array<MeasureValue | undefined>;
  /** The number of a SLOT_NUMBER slot, NaN otherwise: arithmetic on a missing or non-numeric value gives NaN. */
  numbers: Float64Array;
  kinds: Uint8Array;
  /** The text of a SLOT_TEXT slot (made when the year has one); equal texts are one string. */
  texts: Array<string | undefined> | null;
}

function slotKind(value: MeasureValue['value']): number {
  if (typeof value === 'number') return SLOT_NUMBER;
  if (typeof value === 'boolean') return value ? SLOT_TRUE : SLOT_FALSE;
  return SLOT_TEXT;
}

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
  private readonly texts = new Map<string, string>();
  private readonly current: YearSlots;
  private readonly others = new Map<number, YearSlots>();
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
    this.current = this.emptySlots();
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
    return (year === this.year ? this.current : this.others.get(year))?.values[index];
  }

  /** What a formula sees: the value, null when missing (the measure exists). */
  read(index: number, year: number): number | boolean | string | null {
    const slots = year === this.year ? this.current : this.others.get(year);
    if (slots === undefined) return null;
    switch (slots.kinds[index]) {
      case SLOT_NUMBER: return slots.numbers[index] as number;
      case SLOT_TRUE: return true;
      case SLOT_FALSE: return false;
      case SLOT_TEXT: return slots.texts?.[index] as string;
      default: return null;
    }
  }

  /** The text of a measure's slot (a date, usually), or undefined when it holds none. */
  textOf(index: number, year: number): string | undefined {
    return (year === this.year ? this.current : this.others.get(year))?.texts?.[index];
  }

  /** A year's numbers by measure (NaN: missing or not a number), for compiled formulas to read directly. */
  numbersOf(year: number): Float64Array {
    return this.slotsOf(year).numbers;
  }

  /** A year's slot kinds by measure (SLOT_…). */
  kindsOf(year: number): Uint8Array {
    return this.slotsOf(year).kinds;
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
    const holder = slots.values[index];
    if (holder === undefined || beats(value, holder)) {
      slots.values[index] = value;
      const kind = slotKind(value.value);
      slots.kinds[index] = kind;
      slots.numbers[index] = kind === SLOT_NUMBER ? value.value as number : Number.NaN;
      if (kind === SLOT_TEXT) this.textsOf(slots)[index] = this.intern(value.value as string);
      else if (slots.texts !== null) slots.texts[index] = undefined;
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
    const slots = this.slotsOf(year);
    slots.values[index] = undefined;
    slots.kinds[index] = SLOT_EMPTY;
    slots.numbers[index] = Number.NaN;
    if (slots.texts !== null) slots.texts[index] = undefined;
    this.forgetInput(index, year);
    for (const value of candidates) if (value.year === year) this.offer(value);
  }

  private slotsOf(year: number): YearSlots {
    if (year === this.year) return this.current;
    let slots = this.others.get(year);
    if (!slots) {
      slots = this.emptySlots();
      this.others.set(year, slots);
    }
    return slots;
  }

  private emptySlots(): YearSlots {
    const size = this.measures.length;
    return { values: new Array<MeasureValue | undefined>(size), numbers: new Float64Array(size).fill(Number.NaN), kinds: new Uint8Array(size), texts: null };
  }

  private textsOf(slots: YearSlots): Array<string | undefined> {
    slots.texts ??= new Array<string | undefined>(this.measures.length);
    return slots.texts;
  }

  /** One string per distinct text: dates repeat, and scoring reads them a million times. */
  private intern(text: string): string {
    const known = this.texts.get(text);
    if (known !== undefined) return known;
    this.texts.set(text, text);
    return text;
  }
}
