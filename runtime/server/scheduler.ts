import { revalidateSecret } from '@/features/cache/secret';

/**
 * Publishes scheduled articles at their time whether or not anyone visits the dashboard. The work
 * itself runs in the app (app/api/internal/publish-due) and is idempotent, so a tick that overlaps
 * another instance's, or the first tick after a restart, never publishes an article twice.
 */
export function startScheduler(appUrl: string, intervalMs = 2000): () => void {
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      const secret = revalidateSecret();
      if (!secret) return;
      const res = await fetch(`${appUrl}/api/internal/publish-due`, {
        method: 'POST',
        headers: { 'x-revalidate-secret': secret, origin: appUrl },
        signal: AbortSignal.timeout(15_000),
      });
      if (res.ok) {
        const { published } = (await res.json()) as { published: number[] };
        if (published.length) console.log(`[scheduler] published ${published.length} scheduled article(s): ${published.join(', ')}`);
      }
    } catch {
      // Database or app briefly unavailable: the next tick tries again; nothing is lost.
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void tick(), intervalMs);
  timer.unref();
  void tick();
  return () => clearInterval(timer);
}
