import { pruneAuditLog } from '@/db/mutations/audit-upkeep';
import { pruneRevokedSessions } from '@/db/mutations/sessions';
import { revalidateSecret, secretsMatch } from '@/features/cache/secret';
import { env } from '@/lib/env';
import { refuseCrossSite } from '@/lib/security/origin';

export const dynamic = 'force-dynamic';

/**
 * Called at start and daily by the server (runtime/server/retention.ts): deletes audit entries older
 * than AUDIT_RETENTION_DAYS and the revocations of sessions that have expired anyway.
 */
export async function POST(request: Request) {
  const refused = refuseCrossSite(request);
  if (refused) return refused;
  if (!secretsMatch(request.headers.get('x-revalidate-secret'), revalidateSecret())) {
    return Response.json({ error: 'Forbidden' }, { status: 403 });
  }
  const days = env().auditRetentionDays;
  return Response.json({ auditEntries: await pruneAuditLog(days), revokedSessions: await pruneRevokedSessions(), retentionDays: days });
}
