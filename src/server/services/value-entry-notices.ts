/**
 * Who hears of a value's transition: a submission asks the validators of the measure's units (their
 * dirigenti, the validatori, the SG) to validate it; a rejection tells whoever entered the value, with
 * the reason. Other transitions notify nobody.
 */
import type { ValueTransition } from '../../core/cycle/index.js';
import type { AuditActor } from '../audit/audit-log.js';
import type { Queryable } from '../db/database.js';
import type { CyclePlan } from './cycle-year.js';
import { findRecipients, findUserIdByUsername, notify } from './notification.js';
import type { SlotContext, ValueRow } from './value-entry-slot.js';

export async function notifyValueTransition(
  db: Queryable,
  input: { plan: CyclePlan; entityCode: string; transition: Exclude<ValueTransition, 'enter'>; row: ValueRow; context: SlotContext; actor: AuditActor },
): Promise<number> {
  const { row, context, plan } = input;
  const periodCode = context.period.code;
  const link = { entityCode: input.entityCode, planCode: plan.code, year: row.year, period: periodCode, valueId: row.id, measure: row.measureCode };
  const subject = { entityId: plan.entityId, subjectType: 'measure_value', subjectId: row.id, link };
  if (input.transition === 'submit') {
    const recipients = await findRecipients(db, {
      entityId: plan.entityId, roles: ['dirigente', 'validatore', 'sg'], unitIds: context.unitIds, except: input.actor.username ? [input.actor.username] : [],
    });
    return notify(db, {
      ...subject, kind: 'validation_requested',
      title: { it: `Valore da validare: ${row.measureCode} (${periodCode})`, en: `Value to validate: ${row.measureCode} (${periodCode})` },
      body: { it: `${input.actor.username ?? 'Un utente'} ha inviato il valore di ${row.measureCode} per il periodo ${periodCode}.`, en: `${input.actor.username ?? 'A user'} submitted the value of ${row.measureCode} for period ${periodCode}.` },
    }, recipients);
  }
  if (input.transition === 'reject') {
    const enteredBy = await findUserIdByUsername(db, row.enteredBy);
    return notify(db, {
      ...subject, kind: 'value_rejected',
      title: { it: `Valore respinto: ${row.measureCode} (${periodCode})`, en: `Value rejected: ${row.measureCode} (${periodCode})` },
      body: { it: `Motivo: ${row.reviewNote ?? '-'}`, en: `Reason: ${row.reviewNote ?? '-'}` },
    }, enteredBy ? [enteredBy] : []);
  }
  return 0;
}
