/** Schemas shared by the API's route schemas. */
import { z } from 'zod';
import { ACTIONS } from '../../core/authorization/index.js';

export const codeParam = z.string().min(1).max(80);
export const uuidParam = z.string().uuid();
export const version = z.number().int().positive().describe('The version read; a stale version gets 409 version_conflict');
export const abilities = z.array(z.enum(ACTIONS)).describe('What the caller may do with this resource');
export const entityParams = z.strictObject({ entityCode: codeParam });
export const isoDateString = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');

/** `{ items: [...] }`, the shape of every list response. */
export function listOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item) });
}
