/**
 * The database schema (Drizzle, PostgreSQL dialect: the same on PGlite and on a PostgreSQL server).
 * Every business row carries `entity_id` (the tenant); editable rows carry `version` for optimistic
 * concurrency (a stale write is rejected with 409). Migrations are generated from this file by
 * drizzle-kit into src/server/db/migrations (plus hand-written SQL for triggers).
 */
import { sql } from 'drizzle-orm';
import {
  pgTable, uuid, text, integer, boolean, timestamp, jsonb, doublePrecision, bigserial, date,
  uniqueIndex, index,
} from 'drizzle-orm/pg-core';

const id = () => uuid('id').primaryKey().default(sql`gen_random_uuid()`);
const entityRef = () => uuid('entity_id').notNull().references(() => entities.id, { onDelete: 'restrict' });
const version = () => integer('version').notNull().default(1);
const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
const updatedAt = () => timestamp('updated_at', { withTimezone: true }).notNull().defaultNow();

export const entities = pgTable('entities', {
  id: id(),
  code: text('code').notNull().unique(),
  name: text('name').notNull(),
  kind: text('kind'),
  settings: jsonb('settings').notNull().default({}),
  version: version(),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

export const orgUnits = pgTable('org_units', {
  id: id(),
  entityId: entityRef(),
  code: text('code').notNull(),
  name: text('name').notNull(),
  kind: text('kind').notNull().default('office'),
  parentId: uuid('parent_id'),
  /** Order within the org chart as authored (0 = unordered: by code). */
  position: integer('position').notNull().default(0),
  validFrom: date('valid_from'),
  validTo: date('valid_to'),
  version: version(),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
}, (t) => [uniqueIndex('org_units_entity_code').on(t.entityId, t.code)]);

export const people = pgTable('people', {
  id: id(),
  entityId: entityRef(),
  fullName: text('full_name').notNull(),
  email: text('email'),
  orgUnitId: uuid('org_unit_id').references(() => orgUnits.id),
  version: version(),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

export const users = pgTable('users', {
  id: id(),
  username: text('username').notNull().unique(),
  passwordHash: text('password_hash'),
  displayName: text('display_name').notNull(),
  email: text('email'),
  oidcSubject: text('oidc_subject').unique(),
  personId: uuid('person_id').references(() => people.id),
  isSystemAdmin: boolean('is_system_admin').notNull().default(false),
  locale: text('locale').notNull().default('it'),
  disabled: boolean('disabled').notNull().default(false),
  failedLogins: integer('failed_logins').notNull().default(0),
  lockedUntil: timestamp('locked_until', { withTimezone: true }),
  passwordChangedAt: timestamp('password_changed_at', { withTimezone: true }),
  version: version(),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

/** Per-entity roles. `scope_unit_ids` limits dirigente (their areas) and referente (their units). */
export const roleAssignments = pgTable('role_assignments', {
  id: id(),
  userId: uuid('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
  entityId: entityRef(),
  role: text('role').notNull(), // stp | sg | dirigente | referente | validatore | oiv | lettore
  scopeUnitIds: jsonb('scope_unit_ids').$type<string[]>().notNull().default([]),
  createdAt: createdAt(),
}, (t) => [uniqueIndex('role_assignments_user_entity_role').on(t.userId, t.entityId, t.role)]);

/** Server-side sessions; the cookie carries a random token, the table keeps its SHA-256 hash. */
export const sessions = pgTable('sessions', {
  tokenHash: text('token_hash').primaryKey(),
  userId: uuid('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
  csrfToken: text('csrf_token').notNull(),
  createdAt: createdAt(),
  lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  ip: text('ip'),
  userAgent: text('user_agent'),
}, (t) => [index('sessions_user').on(t.userId)]);

/** Append-only: a trigger (migration) rejects UPDATE and DELETE. */
export const auditLog = pgTable('audit_log', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  userId: uuid('user_id'),
  username: text('username'),
  entityId: uuid('entity_id'),
  objectType: text('object_type').notNull(),
  objectId: text('object_id').notNull(),
  action: text('action').notNull(), // create | update | delete | login | ...
  before: jsonb('before'),
  after: jsonb('after'),
}, (t) => [index('audit_entity_at').on(t.entityId, t.at), index('audit_object').on(t.objectType, t.objectId)]);

/** Long work (imports, reports, recomputes) with progress; survives restarts. */
export const jobs = pgTable('jobs', {
  id: id(),
  entityId: uuid('entity_id').references(() => entities.id),
  kind: text('kind').notNull(),
  status: text('status').notNull().default('queued'), // queued | running | succeeded | failed | cancelled
  progress: doublePrecision('progress').notNull().default(0), // 0..1
  message: text('message'),
  payload: jsonb('payload').notNull().default({}),
  result: jsonb('result'),
  error: jsonb('error'),
  attempts: integer('attempts').notNull().default(0),
  createdBy: uuid('created_by'),
  createdAt: createdAt(),
  startedAt: timestamp('started_at', { withTimezone: true }),
  finishedAt: timestamp('finished_at', { withTimezone: true }),
  /** The worker running the job (host:pid:random) and its last sign of life, to re-queue abandoned jobs. */
  workerId: text('worker_id'),
  heartbeatAt: timestamp('heartbeat_at', { withTimezone: true }),
}, (t) => [index('jobs_status').on(t.status, t.createdAt)]);

export const plans = pgTable('plans', {
  id: id(),
  entityId: entityRef(),
  code: text('code').notNull(),
  title: text('title').notNull(),
  firstYear: integer('first_year').notNull(),
  lastYear: integer('last_year').notNull(),
  levels: jsonb('levels').notNull(),
  approvedBy: jsonb('approved_by'),
  version: version(),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
}, (t) => [uniqueIndex('plans_entity_code').on(t.entityId, t.code)]);

/** The state of a plan year in the cycle: planning, monitoring, closed, validated (by the OIV). */
export const planYears = pgTable('plan_years', {
  id: id(),
  entityId: entityRef(),
  planId: uuid('plan_id').notNull().references(() => plans.id, { onDelete: 'cascade' }),
  year: integer('year').notNull(),
  status: text('status').notNull().default('planning'),
  version: version(),
}, (t) => [uniqueIndex('plan_years_plan_year').on(t.planId, t.year)]);

export const nodes = pgTable('nodes', {
  id: id(),
  entityId: entityRef(),
  planId: uuid('plan_id').notNull().references(() => plans.id, { onDelete: 'cascade' }),
  code: text('code').notNull(),
  section: text('section').notNull().default('tree'),
  level: text('level'),
  parentCode: text('parent_code'),
  title: text('title').notNull(),
  description: text('description'),
  weight: doublePrecision('weight'),
  units: jsonb('units').notNull().default({ responsible: [], involved: [] }),
  budget: jsonb('budget'),
  budgetProgram: jsonb('budget_program'),
  links: jsonb('links').$type<string[]>().notNull().default([]),
  indicatorShare: doublePrecision('indicator_share'),
  firstYear: integer('first_year'),
  history: jsonb('history').notNull().default([]),
  /** Order within the plan as authored (0 = unordered: by code). */
  position: integer('position').notNull().default(0),
  version: version(),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
}, (t) => [uniqueIndex('nodes_plan_code').on(t.planId, t.code), index('nodes_entity').on(t.entityId)]);

export const indicators = pgTable('indicators', {
  id: id(),
  entityId: entityRef(),
  planId: uuid('plan_id').notNull().references(() => plans.id, { onDelete: 'cascade' }),
  code: text('code').notNull(),
  nodeCode: text('node_code').notNull(),
  name: text('name').notNull(),
  /** Every other field of the plan model's indicator (formula, unit, targets, weight, …), as in the plan file. */
  data: jsonb('data').notNull(),
  position: integer('position').notNull().default(0),
  version: version(),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
}, (t) => [uniqueIndex('indicators_plan_code').on(t.planId, t.code), index('indicators_entity').on(t.entityId)]);

export const measures = pgTable('measures', {
  id: id(),
  entityId: entityRef(),
  planId: uuid('plan_id').notNull().references(() => plans.id, { onDelete: 'cascade' }),
  code: text('code').notNull(),
  name: text('name').notNull(),
  data: jsonb('data').notNull(),
  position: integer('position').notNull().default(0),
  version: version(),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
}, (t) => [uniqueIndex('measures_plan_code').on(t.planId, t.code)]);

export const periods = pgTable('periods', {
  id: id(),
  entityId: entityRef(),
  planId: uuid('plan_id').notNull().references(() => plans.id, { onDelete: 'cascade' }),
  code: text('code').notNull(),
  year: integer('year').notNull(),
  endDate: date('end_date').notNull(),
  final: boolean('final').notNull().default(false),
  expectedProgress: doublePrecision('expected_progress'),
  status: text('status').notNull().default('open'),
  version: version(),
}, (t) => [uniqueIndex('periods_plan_code').on(t.planId, t.code)]);

export const measureValues = pgTable('measure_values', {
  id: id(),
  entityId: entityRef(),
  planId: uuid('plan_id').notNull().references(() => plans.id, { onDelete: 'cascade' }),
  measureCode: text('measure_code').notNull(),
  year: integer('year').notNull(),
  periodCode: text('period_code').notNull().default(''), // '' = final value of the year
  value: jsonb('value').notNull(),
  state: text('state').notNull().default('draft'),
  enteredBy: text('entered_by'),
  enteredAt: timestamp('entered_at', { withTimezone: true }).notNull().defaultNow(),
  source: text('source'),
  evidence: text('evidence'),
  note: text('note'),
  version: version(),
}, (t) => [
  // Not unique: the plan model allows a validated value and a newer draft (or a rejected one) for the
  // same measure, year and period; the scorer takes the most advanced state, then the latest entered.
  index('measure_values_key').on(t.planId, t.measureCode, t.year, t.periodCode),
]);

/** Evaluation cards (schede di valutazione) of a plan, per person × role × year; the card as in the plan file. */
export const evaluationCards = pgTable('evaluation_cards', {
  id: id(),
  entityId: entityRef(),
  planId: uuid('plan_id').notNull().references(() => plans.id, { onDelete: 'cascade' }),
  code: text('code').notNull(),
  year: integer('year').notNull(),
  personCode: text('person_code').notNull(),
  role: text('role').notNull(),
  /** Every other field of the plan model's card (person name, components, objectives, behaviours, …). */
  data: jsonb('data').notNull(),
  position: integer('position').notNull().default(0),
  version: version(),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
}, (t) => [uniqueIndex('evaluation_cards_plan_code').on(t.planId, t.code), index('evaluation_cards_entity').on(t.entityId)]);

/** Suspensions and manual achievements, of an indicator or a node, for a year. */
export const suspensions = pgTable('suspensions', {
  id: id(),
  entityId: entityRef(),
  planId: uuid('plan_id').notNull().references(() => plans.id, { onDelete: 'cascade' }),
  targetKind: text('target_kind').notNull(),
  targetCode: text('target_code').notNull(),
  year: integer('year').notNull(),
  reason: text('reason').notNull(),
  act: jsonb('act'),
  version: version(),
  createdAt: createdAt(),
});

export const manualAchievements = pgTable('manual_achievements', {
  id: id(),
  entityId: entityRef(),
  planId: uuid('plan_id').notNull().references(() => plans.id, { onDelete: 'cascade' }),
  targetKind: text('target_kind').notNull(),
  targetCode: text('target_code').notNull(),
  year: integer('year').notNull(),
  periodCode: text('period_code').notNull().default(''),
  achievement: doublePrecision('achievement').notNull(),
  justification: text('justification').notNull(),
  enteredBy: text('entered_by'),
  enteredAt: timestamp('entered_at', { withTimezone: true }).notNull().defaultNow(),
  version: version(),
});

/** The body's SMVP as data: one row per saved version, per entity and year. */
export const scoringPolicies = pgTable('scoring_policies', {
  id: id(),
  entityId: entityRef(),
  year: integer('year').notNull(),
  revision: integer('revision').notNull(),
  policy: jsonb('policy').notNull(),
  note: text('note'),
  createdBy: uuid('created_by'),
  createdAt: createdAt(),
}, (t) => [uniqueIndex('scoring_policies_entity_year_rev').on(t.entityId, t.year, t.revision)]);

/** Key/value settings of the installation (not secrets of users). */
export const systemSettings = pgTable('system_settings', {
  key: text('key').primaryKey(),
  value: jsonb('value').notNull(),
  updatedAt: updatedAt(),
});
