import type { Change } from '@/lib/changes/change';
import type { Subscriber } from '@/lib/changes/pipeline';
import { env } from '@/lib/env';
import { revalidateSecret } from './secret';

/** Where the running app listens, for processes outside it (scripts, tests, bench) and for the app itself. */
function internalAppUrl(): string | null {
  return env().internalAppUrl ?? null;
}

/**
 * Hands a change to the running app's internal route, which announces it there (Next's cache, the
 * front cache and, for a 'cluster' change, the other instances) with the change's scope. `required: false` is for processes that may run while no app does (the seed
 * before the first start): with nothing listening nothing is cached, and the app expires every
 * page when it starts, so a refused connection is not a failure.
 */
export async function expireInRunningApp(change: Change, options: { required: boolean }): Promise<void> {
  const url = internalAppUrl();
  const secret = revalidateSecret();
  if (!url || !secret) {
    if (options.required) throw new Error('INTERNAL_APP_URL and AUTH_SECRET are needed to reach the running app');
    return;
  }
  let response: Response;
  try {
    response = await fetch(`${url}/api/internal/revalidate`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-revalidate-secret': secret, origin: url },
      body: JSON.stringify({ tags: change.tags, reason: change.reason, ...(change.scope ? { scope: change.scope } : {}) }),
      signal: AbortSignal.timeout(10_000),
    });
  } catch (error) {
    if (!options.required && (error as { cause?: { code?: string } }).cause?.code === 'ECONNREFUSED') return;
    throw error;
  }
  if (!response.ok) throw new Error(`Expiring cache tags in the running app failed with HTTP ${response.status}`);
}

/** Subscriber for processes outside the app (CLI, seed, tests, bench): their writes reach the app's caches. */
export const runningAppExpiry: Subscriber = {
  name: 'running-app',
  deliver: (change) => expireInRunningApp(change, { required: false }),
};
