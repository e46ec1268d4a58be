import { revalidateSecret } from '@/features/cache/secret';

const DAY_MS = 86_400_000;

/**
 * Keeps the audit log (and the list of signed-out sessions) from growing forever: asks the app to
 * prune (app/api/internal/prune, inside the app where the database code lives) once at start and
 * then daily. A failed run (database briefly away) is only logged; the next one catches up.
 */
export function startRetention(appUrl: string, intervalMs = DAY_MS): () => void {
  const run = async () => {
    const secret = revalidateSecret();
    if (!secret) return;
    try {
      const res = await fetch(`${appUrl}/api/internal/prune`, {
        method: 'POST',
        headers: { 'x-revalidate-secret': secret, origin: appUrl },
        signal: AbortSignal.timeout(60_000),
      });
      if (!res.ok) throw new Error(`answered ${res.status}`);
      const { auditEntries, retentionDays } = (await res.json()) as { auditEntries: number; retentionDays: number };
      if (auditEntries > 0) console.log(`[retention] removed ${auditEntries} audit entries older than ${retentionDays} days`);
    } catch (error) {
      console.error(`[retention] pruning failed: ${(error as Error).message}`);
    }
  };
  const timer = setInterval(() => void run(), intervalMs);
  timer.unref();
  void run();
  return () => clearInterval(timer);
}
