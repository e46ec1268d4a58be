import 'server-only';
import { offsetOf } from '@/lib/paging';
import { and, asc, count, desc, eq, isNotNull, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { db } from '../client';
import { readFromCaughtUpReplica } from '../replica';
import { auditLog, users } from '../schema';

type AuditFilter = { action?: string; actorId?: number };

export type AuditRow = {
  id: number;
  at: Date;
  action: string;
  actorId: number | null;
  actorName: string | null;
  targetType: string;
  targetId: string;
  targetName: string | null;
  ip: string;
  details: Record<string, unknown>;
};

function where(filter: AuditFilter): SQL | undefined {
  const conditions: SQL[] = [];
  if (filter.action) conditions.push(eq(auditLog.action, filter.action));
  if (filter.actorId) conditions.push(eq(auditLog.actorId, filter.actorId));
  return conditions.length ? and(...conditions) : undefined;
}

/** One page of the audit log, newest first, with the names of the people involved. */
export async function listAuditEntries(filter: AuditFilter, page: number, pageSize: number): Promise<{ items: AuditRow[]; total: number }> {
  // Shown right after the person's own writes: the replica only once it has them (../replica.ts).
  return readFromCaughtUpReplica(async ({ db }) => {
    const actor = alias(users, 'actor');
    const target = alias(users, 'target');
    const condition = where(filter);
    const [items, [totals]] = await Promise.all([
      db
        .select({
          id: auditLog.id,
          at: auditLog.at,
          action: auditLog.action,
          actorId: auditLog.actorId,
          actorName: actor.name,
          targetType: auditLog.targetType,
          targetId: auditLog.targetId,
          targetName: target.name,
          ip: auditLog.ip,
          details: auditLog.details,
        })
        .from(auditLog)
        .leftJoin(actor, eq(actor.id, auditLog.actorId))
        // Only user targets have a name to show; the id is compared as text because target_id holds any kind of id.
        .leftJoin(target, and(eq(auditLog.targetType, 'user'), sql`${auditLog.targetId} = ${target.id}::text`))
        .where(condition)
        .orderBy(desc(auditLog.at), desc(auditLog.id))
        .limit(pageSize)
        .offset(offsetOf(page, pageSize)),
      db.select({ total: count() }).from(auditLog).where(condition),
    ]);
    return { items, total: totals?.total ?? 0 };
  });
}

/** Actions that occur in the log, for the filter. */
export async function listAuditActions(): Promise<string[]> {
  const rows = await db().selectDistinct({ action: auditLog.action }).from(auditLog).orderBy(asc(auditLog.action));
  return rows.map((r) => r.action);
}

/** People who appear as actors in the log, for the filter. */
export async function listAuditActors(): Promise<{ id: number; name: string }[]> {
  return db()
    .selectDistinct({ id: users.id, name: users.name })
    .from(auditLog)
    .innerJoin(users, eq(users.id, auditLog.actorId))
    .where(isNotNull(auditLog.actorId))
    .orderBy(asc(users.name), asc(users.id));
}
