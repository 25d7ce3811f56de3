/** Imports: the upload's query string, the problems of an upload, and the report (the job's result). */
import { z } from 'zod';
import { IMPORT_FORMATS } from '../../../formats/import-format.js';
import type { ProblemTable } from '../../http/problem.js';
import { MAX_IMPORT_BYTES } from '../../services/import-read.js';

const booleanText = z.enum(['true', 'false']).transform((text) => text === 'true');

export const importQuery = z.strictObject({
  dryRun: booleanText.default(false).describe('true: check and report, write nothing'),
  format: z.enum(['auto', ...IMPORT_FORMATS]).default('auto').describe('The file format; auto detects it from the content'),
  year: z.coerce.number().int().min(1990).max(2100).optional().describe('The plan must cover this year'),
});

const megabytes = MAX_IMPORT_BYTES / 1024 / 1024;

export const IMPORT_PROBLEMS: ProblemTable<'file_missing' | 'file_too_large' | 'not_multipart'> = {
  file_missing: {
    status: 400,
    messages: { it: 'Nessun file nella richiesta: allega il file del piano nel campo "file".', en: 'No file in the request: attach the plan file in the "file" field.' },
  },
  file_too_large: {
    status: 413,
    messages: { it: `Il file è troppo grande: il limite è ${megabytes} MB.`, en: `The file is too large: the limit is ${megabytes} MB.` },
  },
  not_multipart: {
    status: 415,
    messages: { it: 'Il file va inviato come multipart/form-data.', en: 'The file must be sent as multipart/form-data.' },
  },
};

const bilingual = z.object({ it: z.string(), en: z.string() });
const issue = z.object({
  code: z.string(),
  severity: z.enum(['error', 'warning']),
  location: z.record(z.string(), z.unknown()).describe('file, line, column, sheet, row, columnName, cell, path, item'),
  where: bilingual,
  message: bilingual,
});
const codesByKind = z.record(z.string(), z.array(z.string()));

/** The import report, the `result` of a finished `import-plan` job (documented here for clients). */
export const importReportSchema = z.object({
  fileName: z.string(),
  format: z.enum(IMPORT_FORMATS).nullable(),
  entityCode: z.string(),
  planCode: z.string().nullable(),
  dryRun: z.boolean(),
  imported: z.boolean(),
  replaces: z.boolean(),
  counts: z.object({
    byLevel: z.record(z.string(), z.number()), nodes: z.number(), indicators: z.number(), measures: z.number(),
    orgUnits: z.number(), cards: z.number(), periods: z.number(), values: z.number(),
  }).nullable(),
  warnings: z.array(issue),
  errors: z.array(issue),
  diff: z.object({ headerChanged: z.boolean(), added: codesByKind, changed: codesByKind, removed: codesByKind }).optional(),
}).meta({ id: 'ImportReport' });
