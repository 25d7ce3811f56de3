/**
 * Exporting a stored plan (the use case behind `traguardo export` and the export menu): the plan
 * workbook (XLSX), the canonical plan file (JSON or YAML), and the open data of a year's results
 * (JSON, or one CSV table) under the year's scoring policy. The plan is chosen by code, or as the
 * plan that covers the year. Nothing is written.
 */
import { and, asc, eq, gte, lte } from 'drizzle-orm';
import { buildOpenData } from '../../formats/open-data/open-data.js';
import { openDataCsv, type OpenDataTable } from '../../formats/open-data/open-data-csv.js';
import { writePlanFile } from '../../formats/plan-file.js';
import { writePlanWorkbook } from '../../formats/xlsx/xlsx-writer.js';
import type { Queryable } from '../db/database.js';
import { entities, plans } from '../db/schema.js';
import { loadPlan } from '../repositories/plan-repository.js';
import { findScoringPolicy } from './plan-scoring-policy.js';
import { fail, ok, type Result } from './result.js';

export const EXPORT_FORMATS = ['xlsx', 'json', 'yaml', 'open-data', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportRequest {
  entityCode: string;
  /** The plan's code; when absent, the plan that covers `year`. */
  planCode?: string;
  year: number;
  format: ExportFormat;
  /** Open data only: a monitoring period of the year instead of the year end. */
  period?: string;
  /** CSV only: which table (default `results`) and its conventions. */
  table?: OpenDataTable;
  locale?: 'en' | 'it';
}

export interface ExportFile {
  fileName: string;
  contentType: string;
  body: Buffer;
}

export type ExportFailure = 'entity_not_found' | 'plan_not_found' | 'year_outside_plan' | 'period_not_found' | 'policy_invalid';

const CONTENT_TYPES: Record<ExportFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  json: 'application/json; charset=utf-8',
  yaml: 'application/yaml; charset=utf-8',
  'open-data': 'application/json; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
};

type PlanRow = typeof plans.$inferSelect;

async function choosePlan(db: Queryable, entityId: string, request: ExportRequest): Promise<Result<PlanRow, 'plan_not_found' | 'year_outside_plan'>> {
  if (request.planCode !== undefined) {
    const [row] = await db.select().from(plans).where(and(eq(plans.entityId, entityId), eq(plans.code, request.planCode)));
    if (!row) return fail('plan_not_found', { detail: `plan ${request.planCode}` });
    if (request.year < row.firstYear || request.year > row.lastYear) return fail('year_outside_plan', { detail: `year ${request.year} outside ${row.firstYear}-${row.lastYear}` });
    return ok(row);
  }
  // The most recent plan covering the year (rolling three-year plans overlap).
  const rows = await db.select().from(plans)
    .where(and(eq(plans.entityId, entityId), lte(plans.firstYear, request.year), gte(plans.lastYear, request.year)))
    .orderBy(asc(plans.firstYear), asc(plans.code));
  const row = rows.at(-1);
  return row ? ok(row) : fail('plan_not_found', { detail: `no plan covers ${request.year}` });
}

function safeName(text: string): string {
  return text.replace(/[^A-Za-z0-9._-]+/g, '-');
}

export async function exportPlan(db: Queryable, request: ExportRequest): Promise<Result<ExportFile, ExportFailure>> {
  const [entity] = await db.select().from(entities).where(eq(entities.code, request.entityCode));
  if (!entity) return fail('entity_not_found', { detail: `entity ${request.entityCode}` });
  const row = await choosePlan(db, entity.id, request);
  if (!row.ok) return row;
  const plan = await loadPlan(db, entity.id, row.value.code);
  if (!plan) return fail('plan_not_found', { detail: `plan ${row.value.code}` });
  const base = safeName(`${entity.code}-${row.value.code}`);
  const file = (extension: string, body: Buffer | string): Result<ExportFile, never> =>
    ok({ fileName: `${base}.${extension}`, contentType: CONTENT_TYPES[request.format], body: typeof body === 'string' ? Buffer.from(body, 'utf8') : body });
  if (request.format === 'xlsx') return file('xlsx', await writePlanWorkbook(plan));
  if (request.format === 'json' || request.format === 'yaml') return file(request.format, writePlanFile(plan, request.format));

  if (request.period !== undefined && !plan.periods.some((period) => period.code === request.period && period.year === request.year)) {
    return fail('period_not_found', { detail: `period ${request.period} of ${request.year}` });
  }
  const policy = await findScoringPolicy(db, entity, request.year);
  if (!policy.ok) return policy;
  const document = buildOpenData(plan, policy.value, request.period === undefined ? { year: request.year } : { year: request.year, period: request.period });
  const suffix = safeName(`open-data-${request.period ?? request.year}`);
  if (request.format === 'open-data') return ok({ fileName: `${base}-${suffix}.json`, contentType: CONTENT_TYPES['open-data'], body: Buffer.from(`${JSON.stringify(document, null, 2)}\n`) });
  const table = request.table ?? 'results';
  const csv = openDataCsv(document, table, { locale: request.locale ?? 'en' });
  return ok({ fileName: `${base}-${suffix}-${table}.csv`, contentType: CONTENT_TYPES.csv, body: Buffer.from(csv, 'utf8') });
}
