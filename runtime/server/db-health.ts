import { Pool } from 'pg';
import { recentDatabaseFailure } from '@/lib/failure-signal';

export type DbHealth = { healthy: () => boolean; stop: () => Promise<void> };

/**
 * Watches database reachability from outside the request path, so the server can tell readers
 * "temporarily unavailable" (503 + Retry-After) rather than a generic 500 while the database is down.
 */
export function watchDatabase(url: string, intervalMs = 1000): DbHealth {
  const pool = new Pool({ connectionString: url, max: 1, connectionTimeoutMillis: 1500, idleTimeoutMillis: 10_000 });
  pool.on('error', () => undefined);
  let healthy = true;
  let stopped = false;
  const check = async () => {
    try {
      await pool.query({ text: 'select 1', query_timeout: 1500 } as never);
      if (!healthy) console.log('[db] database reachable again');
      healthy = true;
    } catch (error) {
      if (healthy) console.error(`[db] database unreachable: ${(error as Error).message}`);
      healthy = false;
    }
  };
  const timer = setInterval(() => void check(), intervalMs);
  timer.unref();
  void check();
  return {
    // Down if the last check failed, or the app's own pool saw a connection fail just now.
    healthy: () => healthy && !recentDatabaseFailure(),
    stop: async () => {
      if (stopped) return;
      stopped = true;
      clearInterval(timer);
      await pool.end().catch(() => undefined);
    },
  };
}
