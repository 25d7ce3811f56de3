/** The measure editor's form: its fields as typed, what changed, and the PATCH body of the changes. */
import type { MeasureItem, MeasurePatch } from './measure-queries.js';

export interface MeasureForm {
  name: string;
  description: string;
  unit: string;
  source: string;
  periodicity: string;
}

export type MeasureField = keyof MeasureForm;
const FIELDS: MeasureField[] = ['name', 'description', 'unit', 'source', 'periodicity'];

export function formOf(measure: MeasureItem): MeasureForm {
  return {
    name: measure.name, description: measure.description ?? '', unit: measure.unit ?? 'number',
    source: measure.source ?? '', periodicity: measure.periodicity ?? '',
  };
}

export function changedMeasureFields(a: MeasureForm, b: MeasureForm): MeasureField[] {
  return FIELDS.filter((field) => a[field].trim() !== b[field].trim());
}

/** Only the changed fields; an emptied optional field is removed (null). */
export function measurePatchOf(base: MeasureForm, form: MeasureForm): Omit<MeasurePatch, 'version'> {
  const patch: Omit<MeasurePatch, 'version'> = {};
  for (const field of changedMeasureFields(base, form)) {
    const value = form[field].trim();
    if (field === 'name' || field === 'unit') patch[field] = value;
    else patch[field] = value === '' ? null : value;
  }
  return patch;
}

/** The user's changes (against their base) on top of the saved version. */
export function rebaseMeasureForm(base: MeasureForm, mine: MeasureForm, theirs: MeasureForm): MeasureForm {
  const next = { ...theirs };
  for (const field of changedMeasureFields(base, mine)) next[field] = mine[field];
  return next;
}
