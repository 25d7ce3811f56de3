/**
 * Units as types. A number in the engine is one of these, and the brand keeps them apart at compile
 * time (a weight is not a score); at run time they are plain numbers.
 */
declare const unitBrand: unique symbol;
type Branded<T, B extends string> = T & { readonly [unitBrand]: B };

/** A percentage on the 0–100 scale (a target `>= 80%`, an expected progress of 33,33). */
export type Percent = Branded<number, 'Percent'>;
/** A fraction on the 0–1 scale. */
export type Ratio = Branded<number, 'Ratio'>;
/** A weight within a group, as given (any non-negative scale) or normalised (summing to 100). */
export type Weight = Branded<number, 'Weight'>;
/** A degree of achievement on the 0–100 scale (above 100 when the policy's cap allows it). */
export type Score = Branded<number, 'Score'>;

export const percent = (value: number): Percent => value as Percent;
export const ratio = (value: number): Ratio => value as Ratio;
export const weight = (value: number): Weight => value as Weight;
export const score = (value: number): Score => value as Score;

export const ratioToPercent = (value: Ratio): Percent => (value * 100) as Percent;
