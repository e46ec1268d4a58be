import 'server-only';
import { and, eq, gt, sql } from 'drizzle-orm';
import { db as defaultDb, type Database } from '../client';
import { auditLog } from '../schema';
import { recordAudit, type AuditEntry } from './audit';

/**
 * Appends `entry` unless an entry with the same action and `key` was recorded since `since`; true
 * when it wrote. For events an attacker can repeat at will (refused sign-ins against a lock): the
 * log keeps that the lock was hit, not every hit. The advisory lock makes simultaneous requests
 * for one key write one row; the key is stored in details.key, which the lookup matches.
 */
export async function recordAuditOnce(entry: AuditEntry, key: string, since: Date, database: Database = defaultDb()): Promise<boolean> {
  return database.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(727003, hashtext(${key}))`);
    const [existing] = await tx
      .select({ id: auditLog.id })
      .from(auditLog)
      .where(and(eq(auditLog.action, entry.action), gt(auditLog.at, since), sql`${auditLog.details}->>'key' = ${key}`))
      .limit(1);
    if (existing) return false;
    await recordAudit({ ...entry, details: { ...entry.details, key } }, tx as unknown as Database);
    return true;
  });
}

/** Deletes audit entries older than `days` days (an index range on audit_log.at); returns how many went. */
export async function pruneAuditLog(days: number, database: Database = defaultDb()): Promise<number> {
  const result = await database.execute(sql`delete from ${auditLog} where ${auditLog.at} < now() - make_interval(days => ${days}::int)`);
  return result.rowCount ?? 0;
}
