import { TAG } from './tags';

/**
 * What a committed write changed, as far as readers can see: the cache tags of every page that
 * showed the changed thing. Mutations return one; the change pipeline (./pipeline.ts) hands it to
 * whoever keeps copies of pages (Next's cache, the front cache, and later other instances, an HTTP
 * cache and open live pages).
 */
export type Change = {
  readonly tags: readonly string[];
  /** For logs: what happened, e.g. "article 12 published". */
  readonly reason: string;
  /** How far the change travels; absent means 'cluster'. */
  readonly scope?: ChangeScope;
};

/**
 * - 'cluster': committed here (a write, a script through the internal route): expire this
 *   instance's caches, tell every other instance, and purge the HTTP cache in front once this
 *   instance's own caches are expired.
 * - 'relayed': committed elsewhere and received from the broadcast (or a resync after the
 *   broadcast was lost): expire this instance's caches and purge the HTTP cache after them; never
 *   sent on again.
 * - 'process': only this process's caches (the server's start: nothing in the database changed,
 *   so neither other instances nor the HTTP cache are touched).
 */
export type ChangeScope = 'cluster' | 'relayed' | 'process';

/**
 * The change again, for a second announcement in this process whose only purpose is a request
 * scope (Next's cache can be expired only inside one, features/cache/next-expiry.ts). The first
 * announcement already reached the subscribers that tell other instances, so the second must not
 * tell them again: a 'cluster' change goes on as 'relayed' (this instance's caches and the HTTP
 * cache in front, nothing sent), 'process' stays 'process'.
 */
export function againInThisProcess(change: Change): Change {
  return { ...change, scope: change.scope === 'process' ? 'process' : 'relayed' };
}

/** A change with no scope travels as far as a 'cluster' one. */
export function scopeOf(change: Change): ChangeScope {
  return change.scope ?? 'cluster';
}

export const NO_CHANGE: Change = { tags: [], reason: 'nothing visible changed' };

export function changeOf(tags: Iterable<string>, reason: string): Change {
  const unique = new Set(tags);
  // A stored search page could list, quote or link anything a change touched.
  if (unique.size > 0) unique.add(TAG.search);
  return { tags: [...unique], reason };
}

/** Every cached page: after a start, a restore, or when a precise expiry could not be delivered. */
export function everything(reason: string, scope?: ChangeScope): Change {
  return scope ? { tags: [TAG.all], reason, scope } : { tags: [TAG.all], reason };
}

/** One change for several writes committed together (one transaction, or a batch such as the seed). */
export function mergeChanges(...changes: Change[]): Change {
  const visible = changes.filter((c) => c.tags.length > 0);
  if (visible.length === 0) return NO_CHANGE;
  return changeOf(
    visible.flatMap((c) => c.tags),
    visible.map((c) => c.reason).join('; '),
  );
}
