import 'server-only';
import { againInThisProcess } from '@/lib/changes/change';
import type { Subscriber } from '@/lib/changes/pipeline';
import { alignPerformanceClock } from '@/lib/clock-drift';
import { expireInRunningApp } from './remote-expiry';
import { noteNextExpiry } from '@/lib/changes/stale-renders';

/**
 * Subscriber that expires the changed tags in Next's own page cache (registered by
 * instrumentation.ts, so it runs inside Next's server bundle).
 *
 * Expiry is immediate: the next reader gets a fresh render, never the stale page (Next's default
 * 'max' profile would serve stale once, too slow for news). Inside a server action this is
 * updateTag, so the person who made the change reads their own write on the very next request; a
 * route handler (the scheduler's publish-due call, the internal revalidate route) refuses updateTag
 * and revalidateTag with expire 0 does the same job. With no request scope at all (the server's
 * start, a timer, a change relayed from another instance) the change goes to this app's internal
 * route, which has one, marked so that it is not broadcast a second time.
 */
export const nextCacheExpiry: Subscriber = {
  name: 'next-cache',
  async deliver(change) {
    const { revalidateTag, updateTag } = await import('next/cache');
    // Next stamps expiry with Date.now() and checks it with the performance clock: keep them equal.
    alignPerformanceClock();
    // Before Next applies it: a render that began before now may have read the old rows (stale-renders.ts).
    noteNextExpiry(change.tags);
    try {
      // updateTag checks where it runs before touching anything, so the first call decides for all.
      for (const tag of change.tags) updateTag(tag);
      return;
    } catch {
      // Not a server action: try revalidateTag.
    }
    try {
      for (const tag of change.tags) revalidateTag(tag, { expire: 0 });
      return;
    } catch {
      // No request scope: fall through to the app's own internal route.
    }
    // This process's other subscribers have the change already; the route must not send it on again.
    await expireInRunningApp(againInThisProcess(change), { required: true });
  },
};
