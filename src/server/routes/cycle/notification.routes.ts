/**
 * The caller's in-app inbox: GET /api/me/notifications (newest first, `unread=true` for the unread
 * ones, with the unread count), POST /api/me/notifications/:id/read, POST /api/me/notifications/read-all.
 * A user only ever sees and marks their own notifications.
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { NOTIFICATION_KINDS, countUnread, listNotifications, markAllNotificationsRead, markNotificationRead, type NotificationRow } from '../../services/notification.js';
import { uuidParam } from '../common.schema.js';
import { callerOf, zodApp, type RouteContext } from '../route-context.js';
import { cycleProblems, sendCycleFailure } from './cycle-access.js';
import { messages } from './cycle.schema.js';

const tags = ['notifications'];

const notificationResponse = z.object({
  id: z.string().uuid(), kind: z.enum(NOTIFICATION_KINDS), title: messages, body: messages,
  subject: z.object({ type: z.string(), id: z.string() }), link: z.record(z.string(), z.union([z.string(), z.number()])),
  createdAt: z.string(), readAt: z.string().nullable(),
}).meta({ id: 'Notification' });

function presentNotification(row: NotificationRow): z.infer<typeof notificationResponse> {
  return {
    id: row.id, kind: row.kind as z.infer<typeof notificationResponse>['kind'], title: row.title as { it: string; en: string }, body: row.body as { it: string; en: string },
    subject: { type: row.subjectType, id: row.subjectId }, link: row.link as Record<string, string | number>,
    createdAt: row.createdAt.toISOString(), readAt: row.readAt?.toISOString() ?? null,
  };
}

export async function notificationRoutes(app: FastifyInstance, { db }: RouteContext): Promise<void> {
  const routes = zodApp(app);

  routes.get('/api/me/notifications', {
    schema: {
      tags, summary: 'My notifications, newest first, with the unread count',
      querystring: z.strictObject({ unread: z.enum(['true', 'false']).optional(), limit: z.coerce.number().int().min(1).max(200).default(50) }),
      response: { 200: z.object({ items: z.array(notificationResponse), unread: z.number().int() }), ...cycleProblems },
    },
  }, async (request) => {
    const { user } = callerOf(request);
    const [rows, unread] = await Promise.all([
      listNotifications(db, user.id, { unreadOnly: request.query.unread === 'true', limit: request.query.limit }), countUnread(db, user.id),
    ]);
    return { items: rows.map(presentNotification), unread };
  });

  routes.post('/api/me/notifications/:id/read', {
    schema: { tags, summary: 'Mark one of my notifications read', params: z.strictObject({ id: uuidParam }), response: { 200: notificationResponse, ...cycleProblems } },
  }, async (request, reply) => {
    const { user } = callerOf(request);
    const result = await markNotificationRead(db, user.id, request.params.id);
    if (!result.ok) return sendCycleFailure(request, reply, result);
    return presentNotification(result.value);
  });

  routes.post('/api/me/notifications/read-all', {
    schema: { tags, summary: 'Mark all my notifications read', response: { 200: z.object({ marked: z.number().int() }), ...cycleProblems } },
  }, async (request) => {
    const { user } = callerOf(request);
    return { marked: await markAllNotificationsRead(db, user.id) };
  });
}
