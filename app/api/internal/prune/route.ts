import { pruneAuditLog } from '@/db/mutations/audit-upkeep';
import { pruneArticleViews } from '@/db/mutations/article-views';
import { pruneRevokedSessions } from '@/db/mutations/sessions';
import { refuseUnlessInternal } from '@/features/cache/internal-route';
import { env } from '@/lib/env';

export const dynamic = 'force-dynamic';

/**
 * Called at start and daily by the server (runtime/server/retention.ts): deletes audit entries older
 * than AUDIT_RETENTION_DAYS, hourly view counts older than VIEW_RETENTION_DAYS and the revocations of sessions that have expired anyway.
 */
export async function POST(request: Request) {
  const refused = refuseUnlessInternal(request);
  if (refused) return refused;
  const days = env().auditRetentionDays;
  return Response.json({
    auditEntries: await pruneAuditLog(days),
    revokedSessions: await pruneRevokedSessions(),
    viewRows: await pruneArticleViews(env().viewRetentionDays),
    retentionDays: days,
  });
}
