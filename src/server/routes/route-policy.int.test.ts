/**
 * The route × role matrix: every registered route is called by every kind of caller, and the answer
 * (allowed, or denied with 401 / 403 / 404) must match the table below. A route missing from the
 * table fails the suite, so a new route cannot ship without a declared policy.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { ENTITY_ROLES, type EntityRole } from '../../core/authorization/index.js';
import { approvedDocuments, generatedDocuments, jobs } from '../db/schema.js';
import { buildCycleMatrixScene, multipartFile, samplePdf } from './cycle/cycle-test-support.js';
import { multipartUpload } from './imports/import-test-support.js';
import {
  buildEntity, buildIndicator, buildMeasure, buildNode, buildOrgUnit, buildPlan, buildUser, login, startTestApp, TEST_PASSWORD,
  type Session, type TestApp,
} from './test-support.js';

type Caller = 'anonymous' | EntityRole | 'admin' | 'stranger';
const CALLERS: Caller[] = ['anonymous', ...ENTITY_ROLES, 'admin', 'stranger'];

/** `public`: anyone; `user`: any logged-in user (of any entity); a role list: those roles of the entity (and system admins). */
type Policy = 'public' | 'user' | readonly EntityRole[];
const ALL_ROLES = ENTITY_ROLES;

interface Scene {
  entityCode: string; planCode: string; nodeCode: string; indicatorCode: string; measureCode: string;
  targetUnitId: string; targetUserId: string; jobId: string;
  /** Monitoring cycle: a draft value with evidence, a planned campaign, a suspension (see buildCycleMatrixScene). */
  valueId: string; attachmentId: string; campaignId: string; suspensionId: string;
  /** Documents: a generated file and an approved version. */
  generatedDocumentId: string; approvedDocumentId: string;
}

interface RouteCase {
  policy: Policy;
  request: (scene: Scene) => Omit<InjectOptions, 'method'>;
  /** The call ends the caller's session: use a fresh one. */
  freshSession?: boolean;
}

const entity = (s: Scene) => `/api/entities/${s.entityCode}`;
const plan = (s: Scene) => `${entity(s)}/plans/${s.planCode}`;
const year = (s: Scene) => `${plan(s)}/years/2026`;
const ACT = { kind: 'delibera_giunta', number: '12', date: '2026-01-30' };

const ROUTES: Record<string, RouteCase> = {
  'GET /healthz': { policy: 'public', request: () => ({ url: '/healthz' }) },
  'GET /readyz': { policy: 'public', request: () => ({ url: '/readyz' }) },
  'GET /api/docs': { policy: 'public', request: () => ({ url: '/api/docs' }) },
  'GET /api/docs/json': { policy: 'public', request: () => ({ url: '/api/docs/json' }) },
  'GET /api/docs/yaml': { policy: 'public', request: () => ({ url: '/api/docs/yaml' }) },
  'GET /api/docs/static/index.html': { policy: 'public', request: () => ({ url: '/api/docs/static/index.html' }) },
  'GET /api/docs/static/swagger-initializer.js': { policy: 'public', request: () => ({ url: '/api/docs/static/swagger-initializer.js' }) },
  'GET /api/docs/static/*': { policy: 'public', request: () => ({ url: '/api/docs/static/swagger-ui.css' }) },
  'GET /*': { policy: 'public', request: () => ({ url: '/app.js' }) },

  'POST /api/auth/login': { policy: 'public', request: () => ({ url: '/api/auth/login', payload: { username: 'nobody', password: 'wrong' } }) },
  'POST /api/auth/logout': { policy: 'user', freshSession: true, request: () => ({ url: '/api/auth/logout' }) },
  'POST /api/auth/logout-all': { policy: 'user', freshSession: true, request: () => ({ url: '/api/auth/logout-all' }) },
  'POST /api/auth/password': { policy: 'user', request: () => ({ url: '/api/auth/password', payload: { currentPassword: 'not-mine', newPassword: 'whatever-long-enough' } }) },
  'GET /api/auth/oidc/login': { policy: 'public', request: () => ({ url: '/api/auth/oidc/login' }) },
  'GET /api/auth/oidc/callback': { policy: 'public', request: () => ({ url: '/api/auth/oidc/callback?code=x&state=y' }) },
  'GET /api/me': { policy: 'user', request: () => ({ url: '/api/me' }) },

  'GET /api/entities': { policy: 'user', request: () => ({ url: '/api/entities' }) },
  'GET /api/entities/:entityCode': { policy: ALL_ROLES, request: (s) => ({ url: entity(s) }) },
  'PATCH /api/entities/:entityCode': { policy: ['stp'], request: (s) => ({ url: entity(s), payload: { version: 1, name: 'Camera di commercio di prova' } }) },
  'GET /api/entities/:entityCode/org-units': { policy: ALL_ROLES, request: (s) => ({ url: `${entity(s)}/org-units` }) },
  'POST /api/entities/:entityCode/org-units': { policy: ['stp'], request: (s) => ({ url: `${entity(s)}/org-units`, payload: { code: 'NEW', name: 'Nuovo ufficio' } }) },
  'PATCH /api/entities/:entityCode/org-units/:id': { policy: ['stp'], request: (s) => ({ url: `${entity(s)}/org-units/${s.targetUnitId}`, payload: { version: 1, name: 'Rinominato' } }) },
  'DELETE /api/entities/:entityCode/org-units/:id': { policy: ['stp'], request: (s) => ({ url: `${entity(s)}/org-units/${s.targetUnitId}?version=1` }) },
  'GET /api/entities/:entityCode/users': { policy: ['stp'], request: (s) => ({ url: `${entity(s)}/users` }) },
  'POST /api/entities/:entityCode/users': {
    policy: ['stp'],
    request: (s) => ({ url: `${entity(s)}/users`, payload: { username: 'new.user', displayName: 'Nuovo', password: 'initial-password', roles: [{ role: 'lettore' }] } }),
  },
  'PATCH /api/entities/:entityCode/users/:id': { policy: ['stp'], request: (s) => ({ url: `${entity(s)}/users/${s.targetUserId}`, payload: { version: 1, displayName: 'Rinominato' } }) },
  'GET /api/entities/:entityCode/audit': { policy: ['stp', 'sg', 'oiv'], request: (s) => ({ url: `${entity(s)}/audit?limit=5` }) },

  'POST /api/entities/:entityCode/jobs': { policy: ['stp'], request: (s) => ({ url: `${entity(s)}/jobs`, payload: { kind: 'recompute', planCode: s.planCode } }) },
  'GET /api/jobs/:id': { policy: ALL_ROLES, request: (s) => ({ url: `/api/jobs/${s.jobId}` }) },
  'GET /api/jobs/:id/events': { policy: ALL_ROLES, request: (s) => ({ url: `/api/jobs/${s.jobId}/events` }) },

  'GET /api/entities/:entityCode/plans': { policy: ALL_ROLES, request: (s) => ({ url: `${entity(s)}/plans` }) },
  'GET /api/entities/:entityCode/plans/:planCode': { policy: ALL_ROLES, request: (s) => ({ url: plan(s) }) },
  'GET /api/entities/:entityCode/plans/:planCode/nodes': { policy: ALL_ROLES, request: (s) => ({ url: `${plan(s)}/nodes` }) },
  'GET /api/entities/:entityCode/plans/:planCode/nodes/:nodeCode': { policy: ALL_ROLES, request: (s) => ({ url: `${plan(s)}/nodes/${s.nodeCode}` }) },
  'PATCH /api/entities/:entityCode/plans/:planCode/nodes/:nodeCode': {
    policy: ['stp', 'dirigente'], request: (s) => ({ url: `${plan(s)}/nodes/${s.nodeCode}`, payload: { version: 1, weight: 50 } }),
  },
  'GET /api/entities/:entityCode/plans/:planCode/indicators': { policy: ALL_ROLES, request: (s) => ({ url: `${plan(s)}/indicators` }) },
  'GET /api/entities/:entityCode/plans/:planCode/indicators/:indicatorCode': { policy: ALL_ROLES, request: (s) => ({ url: `${plan(s)}/indicators/${s.indicatorCode}` }) },
  'PATCH /api/entities/:entityCode/plans/:planCode/indicators/:indicatorCode': {
    policy: ['stp', 'dirigente'], request: (s) => ({ url: `${plan(s)}/indicators/${s.indicatorCode}`, payload: { version: 1, weight: 50 } }),
  },
  'GET /api/entities/:entityCode/plans/:planCode/measures': { policy: ALL_ROLES, request: (s) => ({ url: `${plan(s)}/measures` }) },
  'GET /api/entities/:entityCode/plans/:planCode/measures/:measureCode': { policy: ALL_ROLES, request: (s) => ({ url: `${plan(s)}/measures/${s.measureCode}` }) },
  'PATCH /api/entities/:entityCode/plans/:planCode/measures/:measureCode': {
    policy: ['stp'], request: (s) => ({ url: `${plan(s)}/measures/${s.measureCode}`, payload: { version: 1, name: 'Misura rinominata' } }),
  },
  'GET /api/entities/:entityCode/plans/:planCode/scores': { policy: ALL_ROLES, request: (s) => ({ url: `${plan(s)}/scores?year=2026` }) },
  'GET /api/entities/:entityCode/plans/:planCode/lint': { policy: ALL_ROLES, request: (s) => ({ url: `${plan(s)}/lint` }) },
  'GET /api/entities/:entityCode/plans/:planCode/scores/explanation': { policy: ALL_ROLES, request: (s) => ({ url: `${plan(s)}/scores/explanation?year=2026&kind=node&code=${s.nodeCode}` }) },
  'GET /api/entities/:entityCode/policies/:year': { policy: ALL_ROLES, request: (s) => ({ url: `${entity(s)}/policies/2026` }) },
  'GET /api/entities/:entityCode/policies/:year/revisions': { policy: ALL_ROLES, request: (s) => ({ url: `${entity(s)}/policies/2026/revisions` }) },
  'GET /api/entities/:entityCode/policies/:year/revisions/:revision': { policy: ALL_ROLES, request: (s) => ({ url: `${entity(s)}/policies/2026/revisions/0` }) },
  'PUT /api/entities/:entityCode/policies/:year': { policy: ['stp'], request: (s) => ({ url: `${entity(s)}/policies/2026`, payload: { baseRevision: 0, policy: { cap: 110 } } }) },
  'POST /api/entities/:entityCode/plans/:planCode/what-if': { policy: ALL_ROLES, request: (s) => ({ url: `${plan(s)}/what-if`, payload: { year: 2026, policy: { cap: 110 } } }) },
  'PUT /api/entities/:entityCode/users/:id/status': { policy: ['stp'], request: (s) => ({ url: `${entity(s)}/users/${s.targetUserId}/status`, payload: { version: 1, disabled: false } }) },
  'POST /api/entities/:entityCode/imports': { policy: ['stp'], request: (s) => multipartUpload(`${entity(s)}/imports?dryRun=true`, 'piano.json', '{}') },
  'GET /api/entities/:entityCode/plans/:planCode/export': { policy: ['stp'], request: (s) => ({ url: `${plan(s)}/export?format=json` }) },
  'GET /api/entities/:entityCode/plans/:planCode/open-data': { policy: ALL_ROLES, request: (s) => ({ url: `${plan(s)}/open-data?year=2026` }) },
  'GET /api/entities/:entityCode/cards': { policy: ALL_ROLES, request: (s) => ({ url: `${entity(s)}/cards?year=2026` }) },
  'GET /api/entities/:entityCode/my-cards': { policy: ALL_ROLES, request: (s) => ({ url: `${entity(s)}/my-cards?year=2026` }) },
  'GET /api/entities/:entityCode/cards/:cardCode': { policy: ALL_ROLES, request: (s) => ({ url: `${entity(s)}/cards/C1?year=2026` }) },
  'PUT /api/entities/:entityCode/cards/:cardCode': {
    policy: ['stp'],
    request: (s) => ({ url: `${entity(s)}/cards/C1`, payload: { card: { code: 'C1', person: { code: 'someone', name: 'Qualcuno' }, role: 'staff', year: 2026, evaluator: { code: 'nobody' } } } }),
  },
  'GET /api/entities/:entityCode/cards/:cardCode/score': { policy: ALL_ROLES, request: (s) => ({ url: `${entity(s)}/cards/C1/score?year=2026` }) },
  'POST /api/entities/:entityCode/cards/:cardCode/transitions': { policy: ALL_ROLES, request: (s) => ({ url: `${entity(s)}/cards/C1/transitions`, payload: { year: 2026, version: 1, action: 'acknowledge' } }) },
  'POST /api/entities/:entityCode/fund-distribution': { policy: ['stp', 'sg'], request: (s) => ({ url: `${entity(s)}/fund-distribution`, payload: { year: 2026, fund: 1000, policy: { bands: [{ min: 60, coefficient: 1 }] } } }) },
  'GET /api/entities/:entityCode/fund-distribution.csv': { policy: ['stp', 'sg'], request: (s) => ({ url: `${entity(s)}/fund-distribution.csv?year=2026&fund=1000` }) },
  'POST /api/entities/:entityCode/fund-distribution/export': { policy: ['stp', 'sg'], request: (s) => ({ url: `${entity(s)}/fund-distribution/export`, payload: { year: 2026, fund: 1000, format: 'csv', policy: { bands: [{ min: 60, coefficient: 1 }] } } }) },
  'GET /api/entities/:entityCode/cards-calibration': { policy: ['stp', 'sg', 'oiv'], request: (s) => ({ url: `${entity(s)}/cards-calibration?year=2026` }) },
  'GET /api/entities/:entityCode/card-policies/:year': { policy: ALL_ROLES, request: (s) => ({ url: `${entity(s)}/card-policies/2026` }) },
  'PUT /api/entities/:entityCode/card-policies/:year': { policy: ['stp'], request: (s) => ({ url: `${entity(s)}/card-policies/2026`, payload: { baseRevision: 99, policy: {} } }) },
  // Monitoring cycle (src/server/routes/cycle): plan year lifecycle, OIV validation, frozen results.
  'GET /api/entities/:entityCode/plans/:planCode/years/:year/cycle': { policy: ALL_ROLES, request: (s) => ({ url: `${year(s)}/cycle` }) },
  'POST /api/entities/:entityCode/plans/:planCode/years/:year/approve': { policy: ['stp'], request: (s) => ({ url: `${year(s)}/approve`, payload: { version: 1, act: ACT } }) },
  'POST /api/entities/:entityCode/plans/:planCode/years/:year/start-monitoring': { policy: ['stp'], request: (s) => ({ url: `${year(s)}/start-monitoring`, payload: { version: 2 } }) },
  'POST /api/entities/:entityCode/plans/:planCode/years/:year/close': { policy: ['stp'], request: (s) => ({ url: `${year(s)}/close`, payload: { version: 3 } }) },
  'POST /api/entities/:entityCode/plans/:planCode/years/:year/reopen': { policy: ['stp'], request: (s) => ({ url: `${year(s)}/reopen`, payload: { version: 3, reason: 'Correzioni' } }) },
  'GET /api/entities/:entityCode/plans/:planCode/years/:year/periods': { policy: ALL_ROLES, request: (s) => ({ url: `${year(s)}/periods` }) },
  'POST /api/entities/:entityCode/plans/:planCode/years/:year/periods': { policy: ['stp'], request: (s) => ({ url: `${year(s)}/periods`, payload: { frequency: 'quarterly' } }) },
  'POST /api/entities/:entityCode/plans/:planCode/years/:year/validate': {
    policy: ['oiv'], request: (s) => ({ url: `${year(s)}/validate`, payload: { version: 3, notes: 'Dati attendibili', checklist: [] } }),
  },
  'GET /api/entities/:entityCode/plans/:planCode/years/:year/validation-sample': { policy: ['stp', 'sg', 'validatore', 'oiv'], request: (s) => ({ url: `${year(s)}/validation-sample?size=5&seed=7` }) },
  'POST /api/entities/:entityCode/plans/:planCode/years/:year/freeze': { policy: ['stp'], request: (s) => ({ url: `${year(s)}/freeze`, payload: { version: 3 } }) },
  'GET /api/entities/:entityCode/plans/:planCode/years/:year/snapshot': { policy: ALL_ROLES, request: (s) => ({ url: `${year(s)}/snapshot` }) },
  'POST /api/entities/:entityCode/plans/:planCode/years/:year/recompute-check': { policy: ALL_ROLES, request: (s) => ({ url: `${year(s)}/recompute-check` }) },
  'GET /api/entities/:entityCode/plans/:planCode/years/:year/revisions': { policy: ALL_ROLES, request: (s) => ({ url: `${year(s)}/revisions` }) },
  'POST /api/entities/:entityCode/plans/:planCode/years/:year/revisions': { policy: ['stp'], request: (s) => ({ url: `${year(s)}/revisions`, payload: { reason: 'Rimodulazione' } }) },
  'GET /api/entities/:entityCode/plans/:planCode/years/:year/revisions/:number': { policy: ALL_ROLES, request: (s) => ({ url: `${year(s)}/revisions/1` }) },
  'POST /api/entities/:entityCode/plans/:planCode/years/:year/revisions/:number/approve': {
    policy: ['stp'], request: (s) => ({ url: `${year(s)}/revisions/1/approve`, payload: { version: 3, act: ACT } }),
  },
  // Campaigns, data entry, evidence, deviations, suspensions, inbox.
  'GET /api/entities/:entityCode/plans/:planCode/years/:year/campaigns': { policy: ALL_ROLES, request: (s) => ({ url: `${year(s)}/campaigns` }) },
  'POST /api/entities/:entityCode/plans/:planCode/years/:year/campaigns': { policy: ['stp'], request: (s) => ({ url: `${year(s)}/campaigns`, payload: { period: '2026-2' } }) },
  'GET /api/entities/:entityCode/plans/:planCode/campaigns/:campaignId': { policy: ALL_ROLES, request: (s) => ({ url: `${plan(s)}/campaigns/${s.campaignId}` }) },
  'POST /api/entities/:entityCode/plans/:planCode/campaigns/:campaignId/open': { policy: ['stp'], request: (s) => ({ url: `${plan(s)}/campaigns/${s.campaignId}/open`, payload: { version: 1 } }) },
  'POST /api/entities/:entityCode/plans/:planCode/campaigns/:campaignId/close': { policy: ['stp'], request: (s) => ({ url: `${plan(s)}/campaigns/${s.campaignId}/close`, payload: { version: 2 } }) },
  'POST /api/entities/:entityCode/plans/:planCode/campaigns/:campaignId/reopen': {
    policy: ['stp'], request: (s) => ({ url: `${plan(s)}/campaigns/${s.campaignId}/reopen`, payload: { version: 3, reason: 'Ritardi' } }),
  },
  'PUT /api/entities/:entityCode/plans/:planCode/campaigns/:campaignId/assignments': {
    policy: ['stp'], request: (s) => ({ url: `${plan(s)}/campaigns/${s.campaignId}/assignments`, payload: { version: 4, assignments: [{ measure: 'M1', unit: 'UFF1' }] } }),
  },
  'GET /api/entities/:entityCode/plans/:planCode/campaigns/:campaignId/completion': { policy: ALL_ROLES, request: (s) => ({ url: `${plan(s)}/campaigns/${s.campaignId}/completion` }) },
  'POST /api/entities/:entityCode/plans/:planCode/campaigns/:campaignId/reminders': { policy: ['stp'], request: (s) => ({ url: `${plan(s)}/campaigns/${s.campaignId}/reminders` }) },
  'GET /api/entities/:entityCode/plans/:planCode/years/:year/periods/:periodCode/grid': { policy: ALL_ROLES, request: (s) => ({ url: `${year(s)}/periods/2026-1/grid` }) },
  'PUT /api/entities/:entityCode/plans/:planCode/years/:year/periods/:periodCode/values/:measureCode': {
    policy: ['stp', 'dirigente', 'referente'], request: (s) => ({ url: `${year(s)}/periods/2026-1/values/MA`, payload: { value: 12 } }),
  },
  'GET /api/entities/:entityCode/plans/:planCode/values/:valueId': { policy: ALL_ROLES, request: (s) => ({ url: `${plan(s)}/values/${s.valueId}` }) },
  'POST /api/entities/:entityCode/plans/:planCode/values/:valueId/submit': { policy: ['stp', 'dirigente', 'referente'], request: (s) => ({ url: `${plan(s)}/values/${s.valueId}/submit`, payload: { version: 1 } }) },
  'POST /api/entities/:entityCode/plans/:planCode/values/:valueId/withdraw': { policy: ['stp', 'dirigente', 'referente'], request: (s) => ({ url: `${plan(s)}/values/${s.valueId}/withdraw`, payload: { version: 1 } }) },
  'POST /api/entities/:entityCode/plans/:planCode/values/:valueId/validate': { policy: ['stp', 'sg', 'dirigente', 'validatore'], request: (s) => ({ url: `${plan(s)}/values/${s.valueId}/validate`, payload: { version: 1 } }) },
  'POST /api/entities/:entityCode/plans/:planCode/values/:valueId/reject': {
    policy: ['stp', 'sg', 'dirigente', 'validatore'], request: (s) => ({ url: `${plan(s)}/values/${s.valueId}/reject`, payload: { version: 1, reason: 'Dato incompleto' } }),
  },
  'POST /api/entities/:entityCode/plans/:planCode/values/:valueId/reopen': { policy: ['stp', 'sg'], request: (s) => ({ url: `${plan(s)}/values/${s.valueId}/reopen`, payload: { version: 1, reason: 'Errore' } }) },
  'POST /api/entities/:entityCode/plans/:planCode/values/:valueId/attachments': {
    policy: ['stp', 'dirigente', 'referente'], request: (s) => ({ url: `${plan(s)}/values/${s.valueId}/attachments`, ...multipartFile('verbale.pdf', samplePdf()) }),
  },
  'GET /api/entities/:entityCode/plans/:planCode/attachments/:attachmentId': {
    policy: ['stp', 'sg', 'dirigente', 'referente', 'validatore', 'oiv'], request: (s) => ({ url: `${plan(s)}/attachments/${s.attachmentId}` }),
  },
  'DELETE /api/entities/:entityCode/plans/:planCode/attachments/:attachmentId': { policy: ['stp', 'dirigente', 'referente'], request: (s) => ({ url: `${plan(s)}/attachments/${s.attachmentId}` }) },
  'GET /api/entities/:entityCode/plans/:planCode/years/:year/periods/:periodCode/deviations': { policy: ALL_ROLES, request: (s) => ({ url: `${year(s)}/periods/2026-1/deviations` }) },
  'PUT /api/entities/:entityCode/plans/:planCode/years/:year/periods/:periodCode/deviations/:indicatorCode': {
    policy: ['stp', 'sg', 'dirigente', 'referente'],
    request: (s) => ({ url: `${year(s)}/periods/2026-1/deviations/${s.indicatorCode}`, payload: { causeClass: 'exogenous', explanation: 'Calo delle domande' } }),
  },
  'GET /api/entities/:entityCode/plans/:planCode/years/:year/suspensions': { policy: ALL_ROLES, request: (s) => ({ url: `${year(s)}/suspensions` }) },
  'POST /api/entities/:entityCode/plans/:planCode/years/:year/suspensions': {
    policy: ['stp', 'sg'], request: (s) => ({ url: `${year(s)}/suspensions`, payload: { target: { kind: 'indicator', code: s.indicatorCode }, reason: 'Convenzione sospesa', act: ACT } }),
  },
  'POST /api/entities/:entityCode/plans/:planCode/suspensions/:suspensionId/lift': {
    policy: ['stp', 'sg'], request: (s) => ({ url: `${plan(s)}/suspensions/${s.suspensionId}/lift`, payload: { version: 1, reason: 'Convenzione ripresa' } }),
  },
  'GET /api/me/notifications': { policy: 'user', request: () => ({ url: '/api/me/notifications' }) },
  'POST /api/me/notifications/:id/read': { policy: 'user', request: () => ({ url: '/api/me/notifications/00000000-0000-4000-8000-000000000000/read' }) },
  'POST /api/me/notifications/read-all': { policy: 'user', request: () => ({ url: '/api/me/notifications/read-all' }) },
  // Documents (src/server/routes/documents): generation, versions, narrative texts.
  'GET /api/entities/:entityCode/documents': { policy: ALL_ROLES, request: (s) => ({ url: `${entity(s)}/documents` }) },
  'POST /api/entities/:entityCode/documents/jobs': { policy: ['stp', 'sg'], request: (s) => ({ url: `${entity(s)}/documents/jobs`, payload: { kind: 'relazione', format: 'pdf', planCode: s.planCode } }) },
  'GET /api/entities/:entityCode/documents/generated/:id/file': { policy: ALL_ROLES, request: (s) => ({ url: `${entity(s)}/documents/generated/${s.generatedDocumentId}/file` }) },
  'POST /api/entities/:entityCode/documents/generated/:id/approve': {
    policy: ['stp'], request: (s) => ({ url: `${entity(s)}/documents/generated/${s.generatedDocumentId}/approve`, payload: { act: ACT } }),
  },
  'GET /api/entities/:entityCode/documents/approved/:id/file': { policy: ALL_ROLES, request: (s) => ({ url: `${entity(s)}/documents/approved/${s.approvedDocumentId}/file` }) },
  'GET /api/entities/:entityCode/plans/:planCode/documents/:kind/texts': { policy: ALL_ROLES, request: (s) => ({ url: `${plan(s)}/documents/relazione/texts?year=2026` }) },
  'PUT /api/entities/:entityCode/plans/:planCode/documents/:kind/texts/:sectionKey': {
    policy: ['stp', 'sg'], request: (s) => ({ url: `${plan(s)}/documents/relazione/texts/relazione.results`, payload: { year: 2026, userText: '<p>Testo</p>', proposalHash: 'stale' } }),
  },
  'DELETE /api/entities/:entityCode/plans/:planCode/documents/:kind/texts/:sectionKey': {
    policy: ['stp', 'sg'], request: (s) => ({ url: `${plan(s)}/documents/relazione/texts/relazione.results?year=2026&version=1` }),
  },
};

/** `error` (5xx) is never expected: a crash would hide whether the authorization held. */
type Outcome = 'allowed' | 'unauthenticated' | 'forbidden' | 'hidden' | 'error';

function expectedOutcome(policy: Policy, caller: Caller): Outcome {
  if (policy === 'public') return 'allowed';
  if (caller === 'anonymous') return 'unauthenticated';
  if (policy === 'user' || caller === 'admin') return 'allowed';
  if (caller === 'stranger') return 'hidden';
  return policy.includes(caller) ? 'allowed' : 'forbidden';
}

function outcomeOf(response: LightMyRequestResponse): Outcome {
  const isProblem = String(response.headers['content-type']).startsWith('application/problem+json');
  const code = isProblem ? (response.json() as { code: string }).code : undefined;
  if (response.statusCode >= 500) return 'error';
  if (response.statusCode === 401 && (code === 'unauthenticated' || code === 'session_invalid')) return 'unauthenticated';
  if (response.statusCode === 403 && code === 'forbidden') return 'forbidden';
  if (response.statusCode === 404 && code === 'not_found') return 'hidden';
  return 'allowed';
}

describe('route × role matrix', () => {
  let t: TestApp;
  let scene: Scene;
  const usernames = new Map<Caller, string>();
  const sessions = new Map<Caller, Session>();

  beforeAll(async () => {
    t = await startTestApp();
    const home = await buildEntity(t.db);
    const area = await buildOrgUnit(t.db, home.id, { code: 'AREA1', kind: 'area' });
    const office = await buildOrgUnit(t.db, home.id, { code: 'UFF1', parentId: area.id });
    const target = await buildOrgUnit(t.db, home.id, { code: 'TARGET' });
    const homePlan = await buildPlan(t.db, home.id);
    const node = await buildNode(t.db, homePlan, { code: '1', units: { responsible: ['UFF1'], involved: [] } });
    const indicator = await buildIndicator(t.db, node, { code: 'kpi1' });
    const measure = await buildMeasure(t.db, homePlan, { code: 'M1' });
    const targetUser = await buildUser(t.db, { entityId: home.id, role: 'lettore' });
    const [job] = await t.db.insert(jobs).values({ entityId: home.id, kind: 'recompute', status: 'succeeded', progress: 1, finishedAt: new Date() }).returning();
    const file = { entityId: home.id, planId: homePlan.id, kind: 'relazione', year: 2026, format: 'pdf', fileName: 'relazione.pdf', mediaType: 'application/pdf', sizeBytes: 8, sha256: 'x', content: Buffer.from('%PDF-1.7') };
    const [generated] = await t.db.insert(generatedDocuments).values({ ...file, locale: 'it' }).returning();
    const [approved] = await t.db.insert(approvedDocuments).values({ ...file, number: 1, act: ACT, actKey: 'matrix' }).returning();
    scene = {
      generatedDocumentId: generated!.id, approvedDocumentId: approved!.id,
      entityCode: home.code, planCode: homePlan.code, nodeCode: node.code, indicatorCode: indicator.code, measureCode: measure.code,
      targetUnitId: target.id, targetUserId: targetUser.id, jobId: job!.id,
      ...(await buildCycleMatrixScene(t.db, homePlan)),
    };
    for (const role of ENTITY_ROLES) {
      const scope = role === 'dirigente' ? [area.id] : role === 'referente' ? [office.id] : [];
      usernames.set(role, (await buildUser(t.db, { entityId: home.id, role, scopeUnitIds: scope })).username);
    }
    usernames.set('admin', (await buildUser(t.db, { isSystemAdmin: true })).username);
    usernames.set('stranger', (await buildUser(t.db, { entityId: (await buildEntity(t.db)).id, role: 'stp' })).username);
    for (const [caller, username] of usernames) sessions.set(caller, await login(t.app, username, TEST_PASSWORD));
  });
  afterAll(async () => { await t?.close(); });

  it('declares a policy for every registered route, and only for registered routes', () => {
    const registered = t.app.registeredRoutes.map((route) => `${route.method} ${route.url}`);
    const undeclared = registered.filter((key) => !(key in ROUTES));
    expect(undeclared, 'routes without a policy in the matrix').toEqual([]);
    const stale = Object.keys(ROUTES).filter((key) => !registered.includes(key));
    expect(stale, 'policies of routes that no longer exist').toEqual([]);
  });

  // About 600 requests one after the other (some score the whole plan): give it time on a busy machine.
  it('answers every caller of every route as the table says', { timeout: 300_000 }, async () => {
    const mismatches: string[] = [];
    for (const { method, url } of t.app.registeredRoutes) {
      const key = `${method} ${url}`;
      const route = ROUTES[key];
      if (!route) continue;
      for (const caller of CALLERS) {
        let session = sessions.get(caller);
        if (route.freshSession && session) session = await login(t.app, usernames.get(caller)!, TEST_PASSWORD);
        const request = route.request(scene);
        const response = await t.app.inject({
          ...request, method: method as InjectOptions['method'],
          headers: { ...(session?.headers ?? {}), ...(request.headers ?? {}) },
        });
        // logout-all ends every session of the user, the shared one included: log in again after it.
        if (route.freshSession && session) sessions.set(caller, await login(t.app, usernames.get(caller)!, TEST_PASSWORD));
        const expected = expectedOutcome(route.policy, caller);
        const actual = outcomeOf(response);
        if (actual !== expected) mismatches.push(`${key} as ${caller}: expected ${expected}, got ${actual} (${response.statusCode} ${response.body.slice(0, 120)})`);
      }
    }
    expect(mismatches).toEqual([]);
  });
});
