/** Exports: the query strings of the plan file export and of the open data export, and their problems. */
import { z } from 'zod';
import { OPEN_DATA_TABLES } from '../../../formats/open-data/open-data-csv.js';
import type { ProblemTable } from '../../http/problem.js';
import type { ExportFailure } from '../../services/export.js';
import { codeParam } from '../common.schema.js';

export const planExportQuery = z.strictObject({
  format: z.enum(['xlsx', 'json', 'yaml']).describe('xlsx: the documented plan workbook; json/yaml: the canonical plan file'),
});

export const openDataQuery = z.strictObject({
  year: z.coerce.number().int().min(1990).max(2100).describe('Year of the results'),
  period: codeParam.optional().describe('A monitoring period of the year instead of the year end'),
  format: z.enum(['json', 'csv']).default('json'),
  table: z.enum(OPEN_DATA_TABLES).default('results').describe('CSV: which table'),
  locale: z.enum(['en', 'it']).default('en').describe('CSV: en = "," and "1234.5"; it = ";" and "1234,5"'),
});

export const fileResponse = {
  description: 'The file, as an attachment',
  content: {
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { schema: z.string() },
    'application/json': { schema: z.string() },
    'application/yaml': { schema: z.string() },
    'text/csv': { schema: z.string() },
  },
};

export const EXPORT_PROBLEMS: ProblemTable<Exclude<ExportFailure, 'entity_not_found' | 'plan_not_found'>> = {
  year_outside_plan: { status: 400, messages: { it: 'L’anno richiesto non rientra nel periodo del piano.', en: 'The requested year is outside the plan\'s period.' } },
  period_not_found: { status: 404, messages: { it: 'Il piano non ha quel periodo di monitoraggio in quell’anno.', en: 'The plan has no such monitoring period in that year.' } },
  policy_invalid: {
    status: 500,
    messages: { it: 'La politica di misurazione salvata per quell’anno non è leggibile.', en: 'The scoring policy saved for that year cannot be read.' },
  },
};
