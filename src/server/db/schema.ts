/**
 * The database schema (Drizzle, PostgreSQL dialect: the same on PGlite and on a PostgreSQL server).
 * Every business row carries `entity_id` (the tenant); editable rows carry `version` for optimistic
 * concurrency (a stale write is rejected with 409). Migrations are generated from this file by
 * drizzle-kit into src/server/db/migrations (plus hand-written SQL for triggers).
 */
import { sql } from 'drizzle-orm';
import {
  pgTable, uuid, text, integer, boolean, timestamp, jsonb, doublePrecision, bigserial, date,
  uniqueIndex, index, customType,
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
  /** The act approving the year's plan (delibera …), set by the approve transition. */
  approvalAct: jsonb('approval_act'),
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
  /** Who validated or rejected the value, when, and the reason of a rejection or reopen. */
  reviewedBy: text('reviewed_by'),
  reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
  reviewNote: text('review_note'),
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

// --- The monitoring cycle (campaigns, evidence, deviations, revisions, validation, snapshots, inbox) ---

/** Binary content (evidence files), as Buffer on both drivers. */
const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value)),
});

/** A data collection campaign (rilevazione) of one monitoring period: planned, open, closed. */
export const campaigns = pgTable('campaigns', {
  id: id(),
  entityId: entityRef(),
  planId: uuid('plan_id').notNull().references(() => plans.id, { onDelete: 'cascade' }),
  year: integer('year').notNull(),
  periodCode: text('period_code').notNull(),
  status: text('status').notNull().default('planned'),
  opensOn: date('opens_on').notNull(),
  closesOn: date('closes_on').notNull(),
  /** Last day for entering values (by default 15 days after the period's close). */
  entryDeadline: date('entry_deadline').notNull(),
  note: text('note'),
  version: version(),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
}, (t) => [uniqueIndex('campaigns_plan_period').on(t.planId, t.periodCode), index('campaigns_entity').on(t.entityId)]);

/** Explicit assignments of a measure to an org unit in a campaign (besides the units of the indicators using it). */
export const campaignAssignments = pgTable('campaign_assignments', {
  id: id(),
  entityId: entityRef(),
  campaignId: uuid('campaign_id').notNull().references(() => campaigns.id, { onDelete: 'cascade' }),
  measureCode: text('measure_code').notNull(),
  unitCode: text('unit_code').notNull(),
  createdAt: createdAt(),
}, (t) => [uniqueIndex('campaign_assignments_key').on(t.campaignId, t.measureCode, t.unitCode)]);

/** Evidence files of a measured value: content in the database, type sniffed from the bytes, soft-deleted. */
export const valueAttachments = pgTable('value_attachments', {
  id: id(),
  entityId: entityRef(),
  planId: uuid('plan_id').notNull().references(() => plans.id, { onDelete: 'cascade' }),
  valueId: uuid('value_id').notNull().references(() => measureValues.id, { onDelete: 'cascade' }),
  fileName: text('file_name').notNull(),
  mediaType: text('media_type').notNull(),
  sizeBytes: integer('size_bytes').notNull(),
  sha256: text('sha256').notNull(),
  content: bytea('content').notNull(),
  uploadedBy: text('uploaded_by'),
  uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull().defaultNow(),
  deletedAt: timestamp('deleted_at', { withTimezone: true }),
  deletedBy: text('deleted_by'),
  version: version(),
}, (t) => [index('value_attachments_value').on(t.valueId)]);

/** The explanation of an indicator below target (or at risk) at a period. */
export const deviations = pgTable('deviations', {
  id: id(),
  entityId: entityRef(),
  planId: uuid('plan_id').notNull().references(() => plans.id, { onDelete: 'cascade' }),
  year: integer('year').notNull(),
  periodCode: text('period_code').notNull(),
  indicatorCode: text('indicator_code').notNull(),
  causeClass: text('cause_class').notNull(), // endogenous | exogenous | indicator_definition
  explanation: text('explanation').notNull(),
  correctiveAction: text('corrective_action'),
  owner: text('owner'),
  enteredBy: text('entered_by'),
  version: version(),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
}, (t) => [uniqueIndex('deviations_key').on(t.planId, t.year, t.periodCode, t.indicatorCode)]);

/** A mid-year revision of a plan year: the plan content before it (snapshot), and once approved its diff and act. */
export const planRevisions = pgTable('plan_revisions', {
  id: id(),
  entityId: entityRef(),
  planId: uuid('plan_id').notNull().references(() => plans.id, { onDelete: 'cascade' }),
  year: integer('year').notNull(),
  number: integer('number').notNull(),
  status: text('status').notNull().default('draft'), // draft | approved
  reason: text('reason').notNull(),
  snapshot: jsonb('snapshot').notNull(),
  diff: jsonb('diff'),
  revised: jsonb('revised'),
  act: jsonb('act'),
  openedBy: text('opened_by'),
  approvedBy: text('approved_by'),
  approvedAt: timestamp('approved_at', { withTimezone: true }),
  version: version(),
  createdAt: createdAt(),
}, (t) => [uniqueIndex('plan_revisions_key').on(t.planId, t.year, t.number)]);

/** The OIV's validation of a plan year: notes, data-reliability checklist, the sample it checked. */
export const planYearValidations = pgTable('plan_year_validations', {
  id: id(),
  entityId: entityRef(),
  planId: uuid('plan_id').notNull().references(() => plans.id, { onDelete: 'cascade' }),
  year: integer('year').notNull(),
  notes: text('notes').notNull(),
  checklist: jsonb('checklist').notNull(),
  sample: jsonb('sample'),
  validatedBy: text('validated_by'),
  validatedAt: timestamp('validated_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [uniqueIndex('plan_year_validations_key').on(t.planId, t.year)]);

/** The frozen results of a year: the ScoredPlan as canonical JSON, the policy, and fingerprints. Immutable (trigger). */
export const planYearSnapshots = pgTable('plan_year_snapshots', {
  id: id(),
  entityId: entityRef(),
  planId: uuid('plan_id').notNull().references(() => plans.id, { onDelete: 'restrict' }),
  year: integer('year').notNull(),
  scored: text('scored').notNull(),
  scoredHash: text('scored_hash').notNull(),
  policy: jsonb('policy').notNull(),
  planHash: text('plan_hash').notNull(),
  /** The slice of the plan the results were computed from, as canonical JSON. */
  planSlice: text('plan_slice').notNull(),
  createdBy: text('created_by'),
  createdAt: createdAt(),
}, (t) => [uniqueIndex('plan_year_snapshots_key').on(t.planId, t.year)]);

/** The in-app inbox: one row per recipient. */
export const notifications = pgTable('notifications', {
  id: id(),
  entityId: entityRef(),
  userId: uuid('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
  kind: text('kind').notNull(), // campaign_opened | deadline_near | value_rejected | validation_requested
  subjectType: text('subject_type').notNull(),
  subjectId: text('subject_id').notNull(),
  title: jsonb('title').notNull(),
  body: jsonb('body').notNull(),
  link: jsonb('link').notNull().default({}),
  readAt: timestamp('read_at', { withTimezone: true }),
  createdAt: createdAt(),
}, (t) => [index('notifications_user').on(t.userId, t.readAt, t.createdAt)]);

/** The workflow of an evaluation card (state, history, feedback, final score, appeal), keyed by plan and card code: a re-import of the plan keeps it. */
export const evaluationCardWorkflows = pgTable('evaluation_card_workflows', {
  id: id(),
  entityId: entityRef(),
  planId: uuid('plan_id').notNull().references(() => plans.id, { onDelete: 'cascade' }),
  cardCode: text('card_code').notNull(),
  year: integer('year').notNull(),
  state: text('state').notNull(),
  /** The rest of the pure core's CardWorkflow (appeal days, reviewer, feedback, final score, appeal, history). */
  workflow: jsonb('workflow').notNull(),
  version: version(),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
}, (t) => [uniqueIndex('evaluation_card_workflows_key').on(t.planId, t.cardCode), index('evaluation_card_workflows_entity').on(t.entityId, t.year)]);

/** The card policy (SMVP rules of individual evaluation, fund bands) of an entity for a year. */
export const cardPolicies = pgTable('card_policies', {
  id: id(),
  entityId: entityRef(),
  year: integer('year').notNull(),
  policy: jsonb('policy').notNull(),
  version: version(),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
}, (t) => [uniqueIndex('card_policies_key').on(t.entityId, t.year)]);

// --- Documents (Piano and Relazione sulla performance) ---

/** A person's text of a narrative section of a document, over the drafted paragraph it was written on. */
export const documentTexts = pgTable('document_texts', {
  id: id(),
  entityId: entityRef(),
  planId: uuid('plan_id').notNull().references(() => plans.id, { onDelete: 'cascade' }),
  kind: text('kind').notNull(), // piano | relazione
  year: integer('year').notNull(),
  sectionKey: text('section_key').notNull(),
  /** Sanitised rich text. */
  userText: text('user_text').notNull(),
  /** The drafted paragraph shown when the person wrote their text ('' for sections without a draft), and its hash. */
  generatedText: text('generated_text').notNull(),
  generatedHash: text('generated_hash').notNull(),
  updatedBy: text('updated_by'),
  version: version(),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
}, (t) => [uniqueIndex('document_texts_key').on(t.planId, t.kind, t.year, t.sectionKey)]);

/** A generated document file (the output of a `generate-document` job). */
export const generatedDocuments = pgTable('generated_documents', {
  id: id(),
  entityId: entityRef(),
  planId: uuid('plan_id').notNull().references(() => plans.id, { onDelete: 'cascade' }),
  kind: text('kind').notNull(), // piano | relazione
  year: integer('year').notNull(),
  format: text('format').notNull(), // docx | pdf | xlsx
  locale: text('locale').notNull(),
  fileName: text('file_name').notNull(),
  mediaType: text('media_type').notNull(),
  sizeBytes: integer('size_bytes').notNull(),
  sha256: text('sha256').notNull(),
  content: bytea('content').notNull(),
  jobId: uuid('job_id'),
  createdBy: text('created_by'),
  createdAt: createdAt(),
}, (t) => [index('generated_documents_entity').on(t.entityId, t.createdAt)]);

/** An approved version of a document: the exact bytes, their SHA-256, the approving act, who and when. Immutable (trigger). */
export const approvedDocuments = pgTable('approved_documents', {
  id: id(),
  entityId: entityRef(),
  planId: uuid('plan_id').notNull().references(() => plans.id, { onDelete: 'restrict' }),
  kind: text('kind').notNull(),
  year: integer('year').notNull(),
  /** 1, 2, … per plan, document and year. */
  number: integer('number').notNull(),
  format: text('format').notNull(),
  fileName: text('file_name').notNull(),
  mediaType: text('media_type').notNull(),
  sizeBytes: integer('size_bytes').notNull(),
  sha256: text('sha256').notNull(),
  content: bytea('content').notNull(),
  act: jsonb('act').notNull(),
  /** kind|number|date of the act: one act approves one version. */
  actKey: text('act_key').notNull(),
  generatedId: uuid('generated_id'),
  approvedBy: text('approved_by'),
  approvedAt: timestamp('approved_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [
  uniqueIndex('approved_documents_number').on(t.planId, t.kind, t.year, t.number),
  uniqueIndex('approved_documents_act').on(t.planId, t.kind, t.year, t.actKey),
]);
