import { env } from '../env';
import { flushFrontCache } from './front-cache-hook';
import { revalidateSecret } from './secret';

/** Where the running app listens, for processes outside it (scheduler timer, tests, bench). */
function internalAppUrl(): string | null {
  return env().internalAppUrl;
}

export async function expireOverHttp(tags: string[]): Promise<void> {
  const url = internalAppUrl();
  const secret = revalidateSecret();
  if (!url || !secret) return;
  let response: Response;
  try {
    response = await fetch(`${url}/api/internal/revalidate`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-revalidate-secret': secret, origin: url },
      body: JSON.stringify({ tags }),
      signal: AbortSignal.timeout(10_000),
    });
  } catch (error) {
    // No app listening: nothing is being served from memory, and the app expires every cached
    // page when it starts (lib/cli/start.ts), so the change cannot be hidden behind a stale page.
    if ((error as { cause?: { code?: string } }).cause?.code === 'ECONNREFUSED') return;
    throw error;
  }
  if (!response.ok) throw new Error(`Expiring cache tags failed with HTTP ${response.status}`);
}

/**
 * Expires cached pages carrying any of `tags`, immediately: the next reader gets a fresh render,
 * never the stale page (Next's default 'max' profile would serve stale once, too slow for news).
 *
 * Inside a server action this is updateTag, so the person who made the change reads their own
 * write on the very next request. In a route handler (the scheduler's publish-due call) updateTag
 * is refused, and revalidateTag with expire 0 does the same job. Outside any request, e.g. a
 * script or a test process, the request goes through the app's internal route; with no app
 * running (seeding before the first start) there is no cache to expire.
 */
export async function expireTags(tags: string[]): Promise<void> {
  const unique = [...new Set(tags)];
  if (unique.length === 0) return;
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { revalidateTag, updateTag } = await import('next/cache');
    try {
      // updateTag checks where it runs before touching anything, so the first call decides for all.
      for (const tag of unique) updateTag(tag);
      flushFrontCache();
      return;
    } catch {
      // Not a server action: fall through to revalidateTag.
    }
    try {
      for (const tag of unique) revalidateTag(tag, { expire: 0 });
      flushFrontCache();
      return;
    } catch (error) {
      // revalidateTag needs a request scope; a timer has none, so fall back to the internal route.
      if (!internalAppUrl()) throw error;
    }
  }
  await expireOverHttp(unique);
}
