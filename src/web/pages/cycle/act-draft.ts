/**
 * The act that approves a plan year or a revision, as the user types it: kind, number, date written
 * gg/mm/aaaa (Italian order), approving body and note. `readAct` turns the draft into the API's act or
 * the field errors (keys of the cycle's texts), so the form says what is wrong next to each field.
 */
import { ACT_KINDS, type Act, type ActKind } from './cycle-queries.js';

export interface ActDraft {
  kind: ActKind | '';
  number: string;
  date: string;
  body: string;
  note: string;
}

export const EMPTY_ACT: ActDraft = { kind: '', number: '', date: '', body: '', note: '' };

export type ActField = 'kind' | 'number' | 'date' | 'body' | 'note';
export type ActErrors = Partial<Record<ActField, string>>;

const DATE = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;

/** A calendar date written gg/mm/aaaa (or with . or -) as ISO yyyy-mm-dd; null when it is not a real day. */
export function parseItalianDate(text: string): string | null {
  const match = DATE.exec(text.trim());
  if (!match) return null;
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1990 || year > 2100 || month < 1 || month > 12 || day < 1) return null;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The draft as the API's act, or the error key of each wrong field. */
export function readAct(draft: ActDraft): { act: Act; errors: null } | { act: null; errors: ActErrors } {
  const errors: ActErrors = {};
  if (!(ACT_KINDS as readonly string[]).includes(draft.kind)) errors.kind = 'act.errors.kind';
  const number = draft.number.trim();
  if (number === '') errors.number = 'act.errors.number';
  else if (number.length > 40) errors.number = 'act.errors.numberLong';
  const date = parseItalianDate(draft.date);
  if (draft.date.trim() === '') errors.date = 'act.errors.dateMissing';
  else if (!date) errors.date = 'act.errors.date';
  if (draft.body.trim().length > 200) errors.body = 'act.errors.bodyLong';
  if (draft.note.trim().length > 2000) errors.note = 'act.errors.noteLong';
  if (Object.keys(errors).length > 0 || !date) return { act: null, errors };
  const act: Act = { kind: draft.kind as ActKind, number, date };
  if (draft.body.trim() !== '') act.body = draft.body.trim();
  if (draft.note.trim() !== '') act.note = draft.note.trim();
  return { act, errors: null };
}
