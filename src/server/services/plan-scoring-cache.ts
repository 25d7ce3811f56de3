/**
 * Recently computed plan models and scores, reused while nothing of the entity has changed.
 * Every mutation of an entity's data appends to its audit log, which is append-only (a trigger
 * rejects UPDATE and DELETE), so (number of entries, highest id) changes whenever anything was
 * written — also when transactions commit out of id order. The mark is read before the data it
 * guards, so a write committed in between makes the next request recompute, never serve stale data.
 */
import { and, count, eq, max } from 'drizzle-orm';
import { auditLog } from '../db/schema.js';
import type { Queryable } from '../db/database.js';

/** The entity's change mark: equal marks mean no write in between. */
export async function readChangeMark(db: Queryable, entityId: string): Promise<string> {
  const [row] = await db.select({ entries: count(), last: max(auditLog.id) }).from(auditLog).where(and(eq(auditLog.entityId, entityId)));
  return `${row?.entries ?? 0}:${row?.last ?? 0}`;
}

/** A small least-recently-used map. */
export class RecentCache<V> {
  private readonly entries = new Map<string, V>();

  constructor(private readonly capacity: number) {}

  get(key: string): V | undefined {
    const value = this.entries.get(key);
    if (value === undefined) return undefined;
    this.entries.delete(key);
    this.entries.set(key, value);
    return value;
  }

  set(key: string, value: V): void {
    this.entries.delete(key);
    this.entries.set(key, value);
    while (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value as string);
  }

  get size(): number {
    return this.entries.size;
  }
}
