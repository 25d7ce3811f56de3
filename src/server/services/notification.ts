/**
 * The in-app inbox: notifications are written in the same transaction as the event that causes them
 * (campaign opened, deadline near, value rejected, validation requested), one row per recipient, and
 * read or marked read by their recipient only. Recipients are found by role, and for roles limited to
 * org units (dirigente, referente) by unit: a scoped grant matches when one of its units is among the
 * subject's units (ids with their ancestors). E-mail is not sent.
 */
import { and, desc, eq, inArray, isNull } from 'drizzle-orm';
import type { EntityRole } from '../../core/authorization/index.js';
import type { Messages } from '../../core/cycle/index.js';
import type { Queryable } from '../db/database.js';
import { notifications, roleAssignments, users } from '../db/schema.js';
import { fail, ok, type Result } from './result.js';

export const NOTIFICATION_KINDS = ['campaign_opened', 'deadline_near', 'value_rejected', 'validation_requested'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export type NotificationRow = typeof notifications.$inferSelect;

/** Roles whose grants are limited to their org units (their scope must match the subject's units). */
const UNIT_SCOPED_ROLES: readonly EntityRole[] = ['dirigente', 'referente'];

export interface NotificationDraft {
  entityId: string;
  kind: NotificationKind;
  subjectType: string;
  subjectId: string;
  title: Messages;
  body: Messages;
  /** What the web application needs to open the subject (entity, plan, year, period, ids). */
  link: Record<string, string | number>;
}

export interface RecipientQuery {
  entityId: string;
  roles: readonly EntityRole[];
  /** The subject's org unit ids with their ancestors; scoped grants must match one. Absent: every holder. */
  unitIds?: readonly string[];
  /** Usernames to leave out (e.g. whoever caused the event). */
  except?: readonly string[];
}

/** The users (enabled) holding one of the roles in the entity, scoped grants matched against the subject's units. */
export async function findRecipients(db: Queryable, query: RecipientQuery): Promise<string[]> {
  if (query.roles.length === 0) return [];
  const rows = await db.select({ userId: users.id, username: users.username, role: roleAssignments.role, scope: roleAssignments.scopeUnitIds })
    .from(roleAssignments).innerJoin(users, eq(users.id, roleAssignments.userId))
    .where(and(eq(roleAssignments.entityId, query.entityId), inArray(roleAssignments.role, [...query.roles]), eq(users.disabled, false)));
  const out = new Set<string>();
  for (const row of rows) {
    if (query.except?.includes(row.username)) continue;
    const scoped = UNIT_SCOPED_ROLES.includes(row.role as EntityRole);
    if (scoped && query.unitIds && !row.scope.some((unitId) => query.unitIds!.includes(unitId))) continue;
    out.add(row.userId);
  }
  return [...out];
}

/** Writes one notification per recipient; returns how many. */
export async function notify(db: Queryable, draft: NotificationDraft, userIds: readonly string[]): Promise<number> {
  const unique = [...new Set(userIds)];
  if (unique.length === 0) return 0;
  await db.insert(notifications).values(unique.map((userId) => ({ ...draft, userId })));
  return unique.length;
}

/** The user id of a username (values record who entered them by username). */
export async function findUserIdByUsername(db: Queryable, username: string | null): Promise<string | undefined> {
  if (!username) return undefined;
  const [row] = await db.select({ id: users.id }).from(users).where(and(eq(users.username, username), eq(users.disabled, false)));
  return row?.id;
}

export async function listNotifications(db: Queryable, userId: string, options: { unreadOnly?: boolean; limit?: number } = {}): Promise<NotificationRow[]> {
  const filters = [eq(notifications.userId, userId)];
  if (options.unreadOnly) filters.push(isNull(notifications.readAt));
  return db.select().from(notifications).where(and(...filters)).orderBy(desc(notifications.createdAt), desc(notifications.id)).limit(Math.min(options.limit ?? 50, 200));
}

export async function countUnread(db: Queryable, userId: string): Promise<number> {
  const rows = await db.select({ id: notifications.id }).from(notifications).where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
  return rows.length;
}

/** Marks one of the user's notifications read (someone else's is not found either). */
export async function markNotificationRead(db: Queryable, userId: string, id: string): Promise<Result<NotificationRow, 'notification_not_found'>> {
  const [found] = await db.select().from(notifications).where(and(eq(notifications.id, id), eq(notifications.userId, userId)));
  if (!found) return fail('notification_not_found', { detail: `notification ${id}` });
  if (found.readAt) return ok(found);
  const [row] = await db.update(notifications).set({ readAt: new Date() }).where(and(eq(notifications.id, id), eq(notifications.userId, userId))).returning();
  return ok(row!);
}

export async function markAllNotificationsRead(db: Queryable, userId: string): Promise<number> {
  const rows = await db.update(notifications).set({ readAt: new Date() })
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt))).returning({ id: notifications.id });
  return rows.length;
}
