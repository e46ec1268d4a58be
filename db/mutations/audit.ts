import 'server-only';
import { db as defaultDb, type Executor } from '../client';
import { auditLog } from '../schema';

export type AuditEntry = {
  actorId: number | null;
  action:
    | 'auth.sign_in'
    | 'auth.sign_in_failed'
    | 'auth.sign_in_throttled'
    | 'auth.first_admin'
    | 'article.publish'
    | 'article.schedule'
    | 'article.scheduled_publish'
    | 'article.unpublish'
    | 'article.archive'
    | 'article.trash'
    | 'article.restore'
    | 'article.purge'
    | 'staff.create'
    | 'staff.role_change'
    | 'staff.disable'
    | 'staff.enable'
    | 'staff.password_reset'
    | 'staff.password_change'
    | 'section.delete'
    | 'section.rename'
    | 'tag.delete'
    | 'tag.merge';
  targetType?: string;
  targetId?: string | number;
  ip?: string;
  details?: Record<string, unknown>;
};

/** Appends to the audit log. Never pass secrets or password hashes in `details`. */
export async function recordAudit(entry: AuditEntry, database: Executor = defaultDb()): Promise<void> {
  await database.insert(auditLog).values({
    actorId: entry.actorId,
    action: entry.action,
    targetType: entry.targetType ?? '',
    targetId: entry.targetId === undefined ? '' : String(entry.targetId),
    ip: entry.ip ?? '',
    details: entry.details ?? {},
  });
}
