/**
 * What each role may do, as data. An action is `<resource kind>.<verb>`; a role grants an action either
 * over the whole entity (`entity`) or only over resources that belong to one of the role's org units
 * (`units`: the resource's units, with their ancestors, include one of the role's scope units).
 * System administrators may do everything, in every entity.
 */
import type { EntityRole } from './roles.js';

export const ACTIONS = [
  'entity.read', 'entity.update',
  'org_unit.read', 'org_unit.create', 'org_unit.update', 'org_unit.delete',
  'user.read', 'user.create', 'user.update',
  'plan.read', 'plan.update',
  'node.read', 'node.update',
  'indicator.read', 'indicator.update',
  'measure.read',
  'value.enter', 'value.validate',
  'plan_year.validate',
  'audit.read',
  'job.read', 'job.create',
  'policy.read', 'policy.update',
  'plan_year.approve', 'plan_year.manage', 'plan_year.revise', 'plan_year.freeze',
  'campaign.manage', 'value.reopen', 'suspension.manage', 'deviation.enter', 'evidence.read',
  'card.read', 'card.manage', 'fund.manage',
  'document.read', 'document.generate', 'document.write', 'document.approve',
] as const;
export type Action = (typeof ACTIONS)[number];

export type GrantScope = 'entity' | 'units';
export type RolePolicy = Readonly<Partial<Record<Action, GrantScope>>>;

const READ_ALL: RolePolicy = {
  'entity.read': 'entity',
  'org_unit.read': 'entity',
  'plan.read': 'entity',
  'node.read': 'entity',
  'indicator.read': 'entity',
  'measure.read': 'entity',
  'job.read': 'entity',
  'policy.read': 'entity',
  // Generated and approved Piano / Relazione, and the narrative texts: public documents of the body.
  'document.read': 'entity',
};

export const ROLE_POLICIES: Readonly<Record<EntityRole, RolePolicy>> = {
  /** Struttura tecnica di supporto: owns the cycle of the body. */
  stp: {
    ...READ_ALL,
    'entity.update': 'entity',
    'org_unit.create': 'entity', 'org_unit.update': 'entity', 'org_unit.delete': 'entity',
    'user.read': 'entity', 'user.create': 'entity', 'user.update': 'entity',
    'plan.update': 'entity', 'node.update': 'entity', 'indicator.update': 'entity',
    'value.enter': 'entity', 'value.validate': 'entity',
    'audit.read': 'entity',
    'job.create': 'entity',
    'policy.update': 'entity',
    'plan_year.approve': 'entity', 'plan_year.manage': 'entity', 'plan_year.revise': 'entity', 'plan_year.freeze': 'entity',
    'campaign.manage': 'entity', 'value.reopen': 'entity', 'suspension.manage': 'entity', 'deviation.enter': 'entity', 'evidence.read': 'entity',
    // Every evaluation card (the evaluated person and the evaluator see theirs through the card itself).
    'card.read': 'entity', 'card.manage': 'entity', 'fund.manage': 'entity',
    // Piano and Relazione: generates them, writes their narrative, records the approving act.
    'document.generate': 'entity', 'document.write': 'entity', 'document.approve': 'entity',
  },
  /** Segretario generale: reads everything, validates data, follows the audit trail. */
  sg: {
    ...READ_ALL, 'value.validate': 'entity', 'audit.read': 'entity',
    'value.reopen': 'entity', 'suspension.manage': 'entity', 'deviation.enter': 'entity', 'evidence.read': 'entity',
    'card.read': 'entity', 'fund.manage': 'entity',
    'document.generate': 'entity', 'document.write': 'entity',
  },
  /** Dirigente: edits objectives and indicators of their areas, enters and validates their data. */
  dirigente: {
    ...READ_ALL,
    'node.update': 'units', 'indicator.update': 'units',
    'value.enter': 'units', 'value.validate': 'units',
    'deviation.enter': 'units', 'evidence.read': 'units',
  },
  /** Referente / P.O.: enters measured values for their units, with evidence, and explains deviations. */
  referente: { ...READ_ALL, 'value.enter': 'units', 'deviation.enter': 'units', 'evidence.read': 'units' },
  /** Validatore: checks submitted values of the whole entity, and their evidence. */
  validatore: { ...READ_ALL, 'value.validate': 'entity', 'evidence.read': 'entity' },
  /** OIV: reads everything of the entity, including the audit trail and the evidence, and validates the Relazione. */
  oiv: { ...READ_ALL, 'audit.read': 'entity', 'plan_year.validate': 'entity', 'evidence.read': 'entity', 'card.read': 'entity' },
  /** Lettore: reads. */
  lettore: { ...READ_ALL },
};
