import type http from 'node:http';
import { TAG } from '@/lib/changes/tags';
import { appliedByNext, type Slot } from '@/lib/request-slot';
import { purgeHeaderValues, XKEY_HEADER } from './http-cache-tags';

/**
 * Purges the HTTP cache in front (Varnish, deploy/varnish/) by tag: `PURGE /` with the tags in an
 * `xkey` header, a hard purge in the VCL. A failed purge is retried in the background and its tags
 * ride along with the next one; it never turns a saved write into an error.
 */
export type HttpCachePurger = {
  /** Resolves once Varnish confirmed the purge (true) or the first attempt failed (false); retries go on after that. */
  purge: (tags: readonly string[]) => Promise<boolean>;
};

/** No HTTP cache in front (a single machine): nothing to purge. */
export const NOTHING_IN_FRONT: HttpCachePurger = { purge: async () => true };

/** Purges that failed every retry; their tags go with the next purge. Beyond this many, everything is purged. */
const MAX_OWED_TAGS = 500;

export function createHttpCachePurger(
  purgeUrl: string,
  options: { timeoutMs?: number; retryDelaysMs?: readonly number[]; log?: (message: string) => void } = {},
): HttpCachePurger {
  const timeoutMs = options.timeoutMs ?? 2000;
  const retryDelays = options.retryDelaysMs ?? [250, 1000, 4000];
  const log = options.log ?? ((m: string) => console.error(m));
  const owed = new Set<string>();

  const send = async (tags: readonly string[]) => {
    for (const value of purgeHeaderValues(tags)) {
      const res = await fetch(`${purgeUrl}/`, { method: 'PURGE', headers: { [XKEY_HEADER]: value }, signal: AbortSignal.timeout(timeoutMs) });
      await res.arrayBuffer();
      if (res.status !== 200) throw new Error(`HTTP ${res.status}`);
    }
  };
  const attempt = async (tags: readonly string[]) => {
    try {
      await send(tags);
      return null;
    } catch (error) {
      return error instanceof Error ? error.message : String(error);
    }
  };

  return {
    async purge(changed) {
      const tags = [...new Set([...owed, ...changed])];
      owed.clear();
      const all = tags.includes(TAG.all) ? [TAG.all] : tags;
      const first = await attempt(all);
      if (first === null) return true;
      log(`[http-cache] purging ${all.length} tag(s) at ${purgeUrl} failed (${first}); retrying`);
      void (async () => {
        for (const delay of retryDelays) {
          await new Promise((r) => setTimeout(r, delay).unref());
          if ((await attempt(all)) === null) return log(`[http-cache] purge of ${all.length} tag(s) went through on a retry`);
        }
        log(`[http-cache] purge of ${all.length} tag(s) failed after retries; they go with the next purge. Readers may see old pages until then.`);
        for (const tag of all) owed.add(tag);
        if (owed.size > MAX_OWED_TAGS) {
          owed.clear();
          owed.add(TAG.all);
        }
      })();
      return false;
    },
  };
}

/**
 * Holds the answer of a request that delivered changes (a server action, the internal routes) until
 * the HTTP cache in front has been purged of their tags, so whoever sees "saved" reads the new
 * page through it. Purging earlier would let it fetch the old page again: first Next must have
 * applied the expiry (a route handler does that in waitUntil, possibly after the answer was
 * handed over), then the front cache drops those tags once more (it may have stored Next's old
 * copy meanwhile), then the purge. All of it bounded by `waitMs`.
 */
export function purgeAtEnd(
  res: http.ServerResponse,
  slot: Slot,
  purger: HttpCachePurger,
  options: { waitMs?: number; beforePurge?: (tags: readonly string[]) => void } = {},
): void {
  const waitMs = options.waitMs ?? 2000;
  const write = res.write;
  const end = res.end;
  const held: unknown[][] = [];
  const holding = () => (slot.purge?.size ?? 0) > 0;

  res.write = function writeAfterPurge(this: http.ServerResponse, ...args: unknown[]) {
    if (!holding()) return (write as (...a: unknown[]) => boolean).apply(this, args);
    const callback = args.find((a) => typeof a === 'function') as (() => void) | undefined;
    held.push(args.filter((a) => typeof a !== 'function'));
    // Next may wait for a write's callback before it writes on (and ends).
    if (callback) process.nextTick(callback);
    return true;
  } as typeof res.write;

  res.end = function endAfterPurge(this: http.ServerResponse, ...args: unknown[]) {
    res.write = write;
    res.end = end;
    if (!holding()) return (end as (...a: unknown[]) => http.ServerResponse).apply(this, args);
    const tags = [...slot.purge!];
    const deadline = Date.now() + waitMs;
    const flush = () => {
      for (const chunk of held) (write as (...a: unknown[]) => boolean).apply(res, chunk);
      (end as (...a: unknown[]) => http.ServerResponse).apply(res, args);
    };
    (async () => {
      await appliedByNext(slot, tags, waitMs);
      options.beforePurge?.(tags);
      const left = Math.max(0, deadline - Date.now());
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([purger.purge(tags), new Promise((r) => (timer = setTimeout(r, left)))]);
      clearTimeout(timer);
    })()
      .catch((error: unknown) => console.error('[http-cache] purge at the end of a request failed', error))
      .finally(flush);
    return this;
  } as typeof res.end;
}
