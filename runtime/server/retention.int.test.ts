import { eq, inArray, like, sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { closeConnection, db } from '@/db/client';
import { auditLog, revokedSessions } from '@/db/schema';
import { revalidateSecret } from '@/features/cache/secret';
import { startApp } from '@/testing/app-process';

/**
 * Issue 16 point 3: the audit log was never pruned. Entries older than AUDIT_RETENTION_DAYS
 * (default 365) go at start and daily, through the app's internal prune route.
 */
const baseUrl = process.env.TEST_BASE_URL!;
const MARK = `retention-test-${process.pid}`;

async function auditAged(days: number, label: string): Promise<number> {
  const [row] = await db()
    .insert(auditLog)
    .values({ action: 'auth.sign_in_failed', at: sql`now() - make_interval(days => ${days}::int)`, details: { mark: MARK, label } })
    .returning({ id: auditLog.id });
  return row!.id;
}

async function remaining(ids: number[]): Promise<number[]> {
  const rows = await db().select({ id: auditLog.id }).from(auditLog).where(inArray(auditLog.id, ids));
  return rows.map((r) => r.id).sort((a, b) => a - b);
}

afterAll(async () => {
  await db().delete(auditLog).where(eq(sql`${auditLog.details}->>'mark'`, MARK));
  await db().delete(revokedSessions).where(like(revokedSessions.sid, `${MARK}%`));
  await closeConnection();
});

describe('audit retention', () => {
  it('the prune route deletes entries past retention and expired sign-outs, keeps the rest, and wants the secret', async () => {
    const old = await auditAged(400, 'old');
    const recent = await auditAged(300, 'recent');
    await db()
      .insert(revokedSessions)
      .values([
        { sid: `${MARK}-expired`, expiresAt: new Date(Date.now() - 60_000) },
        { sid: `${MARK}-live`, expiresAt: new Date(Date.now() + 3_600_000) },
      ]);
    const refused = await fetch(`${baseUrl}/api/internal/prune`, { method: 'POST', headers: { origin: baseUrl, 'x-revalidate-secret': 'guess' } });
    expect(refused.status).toBe(403);
    expect(await remaining([old, recent])).toEqual([old, recent]);

    const res = await fetch(`${baseUrl}/api/internal/prune`, { method: 'POST', headers: { origin: baseUrl, 'x-revalidate-secret': revalidateSecret()! } });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ auditEntries: expect.any(Number), revokedSessions: expect.any(Number), retentionDays: 365 });
    expect(await remaining([old, recent])).toEqual([recent]);
    const sessions = await db().select({ sid: revokedSessions.sid }).from(revokedSessions).where(like(revokedSessions.sid, `${MARK}%`));
    expect(sessions.map((s) => s.sid)).toEqual([`${MARK}-live`]);
  });

  it('a starting server prunes with its configured AUDIT_RETENTION_DAYS', async () => {
    const old = await auditAged(40, 'past 30 days');
    const kept = await auditAged(20, 'within 30 days');
    const app = await startApp({ AUDIT_RETENTION_DAYS: '30' });
    try {
      const deadline = Date.now() + 30_000;
      while ((await remaining([old])).length > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
      expect(await remaining([old, kept])).toEqual([kept]);
    } finally {
      await app.stop();
    }
  }, 120_000);
});
