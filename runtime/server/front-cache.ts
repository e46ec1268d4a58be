import type http from 'node:http';
import { TAG } from '@/lib/changes/tags';
import type { Slot } from '@/lib/request-slot';
import type { Piece } from './gzip-stitch';

/** A document as stored: the text around its fragments, each part compressed once (./gzip-stitch.ts), and the fragments' sources. */
export type Layout = { statics: Piece[]; includes: string[] };

/**
 * A small in-memory copy of public pages and fragments in front of Next's page cache. Next's cache
 * is exact (pages expire by tag) but answering a hit still runs its whole request pipeline, about
 * 3 ms of CPU; on two cores that caps a news site at a few hundred pages a second. This store lets
 * the HTTP server answer repeat reads from memory, precompressed, in microseconds
 * (./public-pages.ts decides what goes in and serves it).
 *
 * Freshness: it drops what a change touches by the same cache tags Next expires: the HTTP server
 * subscribes it to the change pipeline (lib/changes/pipeline.ts), which every publish, edit,
 * unpublish, scheduled publish, taxonomy or profile change goes through. An entry's tags are what
 * its render declared (lib/request-slot.ts); an entry whose tags it never saw is dropped on any
 * change. So it can never hold a page that Next would not serve.
 */

export type StoredDocument = {
  /** Unique per stored copy: a page assembled with a fragment remembers which copy it used. */
  id: number;
  status: number;
  headers: [string, string | string[]][];
  /** As served by Next without its runtime, cut at its <esi:include> tags. */
  layout: Layout;
  storedAt: number;
  bytes: number;
  /** The tags the page declared when Next last rendered it; null when unknown (dropped on any change). */
  tags: ReadonlySet<string> | null;
  /** The page as last sent, with its fragments in (identity and gzip), and the fragment copies it used. */
  assembled: { using: string; body: Buffer; gzip: Buffer } | null;
};

/** Pages whose tags are remembered; beyond this the oldest are forgotten (their entries then count as unknown). */
const LEARNED_MAX = 20_000;
const MAX_TTL_MS = 60_000;

export type FrontCache = ReturnType<typeof createFrontCache>;

export function createFrontCache(maxBytes: number) {
  const entries = new Map<string, StoredDocument>();
  let bytes = 0;
  let hits = 0;
  let misses = 0;
  let nextId = 1;
  // Bumped on every expiry: an answer that started rendering before one that touched its tags must not be stored after it.
  let generation = 0;

  const evict = (key: string) => {
    const e = entries.get(key);
    if (e) {
      bytes -= e.bytes;
      entries.delete(key);
    }
  };
  const sizeOf = (e: Pick<StoredDocument, 'layout' | 'assembled'>) =>
    e.layout.statics.reduce((n, p) => n + p.raw.length + p.deflated.length, 0) + (e.assembled ? e.assembled.body.length + e.assembled.gzip.length : 0) + 512;
  const trim = () => {
    for (const oldest of entries.keys()) {
      if (bytes <= maxBytes) break;
      evict(oldest);
    }
  };

  // What each page showed when Next last rendered it: a HIT from Next's own cache comes without a
  // render, and then the tags learned from that page's last render are the ones it carries.
  const learned = new Map<string, ReadonlySet<string>>();
  // Recent expiries, so an answer that was rendering meanwhile is refused only if one touched it.
  const recent: { generation: number; tags: readonly string[] }[] = [];
  const touchedSince = (startedAt: number, tags: ReadonlySet<string> | null) => {
    const since = recent.filter((e) => e.generation > startedAt);
    // The log no longer reaches back that far: assume the worst.
    if (since.length < generation - startedAt) return true;
    return since.some((e) => !tags || e.tags.includes(TAG.all) || e.tags.some((t) => tags.has(t)));
  };
  const drop = (tags: readonly string[]) => {
    generation++;
    recent.push({ generation, tags });
    if (recent.length > 256) recent.shift();
    if (tags.includes(TAG.all)) {
      entries.clear();
      bytes = 0;
      return;
    }
    for (const [key, entry] of entries) {
      if (!entry.tags || tags.some((t) => entry.tags!.has(t))) evict(key);
    }
  };
  // No timed second drop: a write's tags are dropped again once Next has applied them, as its
  // request ends (purgeAtEnd in ./http-cache-purge.ts), and an answer that began before that is
  // refused by store(); Next itself refuses a render that began before (lib/changes/stale-renders.ts).
  const expire = (tags: readonly string[]) => drop(tags);

  return {
    /** The stored copy under `key`, if still fresh; counts a hit or a miss. */
    lookup(key: string): StoredDocument | null {
      const entry = entries.get(key);
      if (!entry || Date.now() - entry.storedAt > MAX_TTL_MS) {
        if (entry) evict(key);
        misses++;
        return null;
      }
      // Least recently used goes first on eviction: re-insert on every hit.
      entries.delete(key);
      entries.set(key, entry);
      hits++;
      return entry;
    },
    /** Where expiry stands now: pass it back to store() for an answer that started rendering now. */
    generation: () => generation,
    /** Stores an answer unless a change expired one of its tags since it started rendering. */
    store(key: string, doc: Pick<StoredDocument, 'status' | 'headers' | 'layout'>, startedAt: number, declaredTags: ReadonlySet<string> | null): StoredDocument | null {
      const tags = declaredTags?.size ? declaredTags : (learned.get(key) ?? null);
      if (generation !== startedAt && touchedSince(startedAt, tags)) return null;
      const entry: StoredDocument = { ...doc, id: nextId++, storedAt: Date.now(), tags, assembled: null, bytes: 0 };
      entry.bytes = sizeOf(entry);
      evict(key);
      entries.set(key, entry);
      bytes += entry.bytes;
      trim();
      return entry;
    },
    /** Keeps the assembled bytes of a stored page, if it is still the stored one. */
    keepAssembled(key: string, entry: StoredDocument, assembled: NonNullable<StoredDocument['assembled']>): void {
      if (entries.get(key) !== entry) return;
      bytes -= entry.bytes;
      entry.assembled = assembled;
      entry.bytes = sizeOf(entry);
      bytes += entry.bytes;
      trim();
    },
    /** Remembers the tags a render of `key` declared. */
    learn(key: string, tags: ReadonlySet<string>): void {
      learned.delete(key);
      learned.set(key, tags);
      if (learned.size > LEARNED_MAX) learned.delete(learned.keys().next().value!);
    },
    /** The tags the last render of `key` declared, if remembered. */
    learnedTags: (key: string): ReadonlySet<string> | null => learned.get(key) ?? null,
    /** Drops the entries that showed any of `tags` (every entry for TAG.all, and every entry whose tags are unknown). */
    expire,
    flush: () => expire([TAG.all]),
    stats: () => ({ entries: entries.size, bytes, hits, misses }),
  };
}

/**
 * A write's request (a server action, the scheduler's or the internal revalidate route) drops its
 * tags when it commits, but Next applies them only as that request ends: a page read in between
 * is Next's old copy and could be stored here. Dropping them again just before the write's answer
 * goes out means whoever sees "published" (and everyone after) reads the new page. A route
 * handler applies them later still (in waitUntil); purgeAtEnd (./http-cache-purge.ts) drops them
 * once more after that.
 */
export function dropAgainAtEnd(res: http.ServerResponse, slot: Pick<Slot, 'expired'>, cache: Pick<FrontCache, 'expire'>): void {
  const end = res.end;
  res.end = function endAfterDropping(this: http.ServerResponse, ...args: unknown[]) {
    if (slot.expired?.size) cache.expire([...slot.expired]);
    return (end as (...a: unknown[]) => http.ServerResponse).apply(this, args);
  } as typeof res.end;
}
