import { AsyncLocalStorage } from 'node:async_hooks';

// One slot per request, through which a page rendered by Next tells the HTTP server in front of it
// what Next does not pass on: the status it wants (a refused dashboard page: 403) and the cache
// tags of what it showed (for the front cache).

// Shared through globalThis between the HTTP server (not bundled) and the pages (bundled by Next),
// which cannot import each other's module instances (as failure-signal.ts does for its flag).
const KEY = '__northgateResponseStatus';
export type Slot = {
  /** When the request arrived (Date.now()): a render that began before a change may show the old data. */
  startedAt: number;
  status: number | null;
  /** Cache tags of what the page rendered in this request showed, as it declared them (tagPage). */
  tags: Set<string> | null;
  /** The render may be stored and shown to every reader until its tags expire, though Next renders it per request. */
  shared: boolean;
  /** Cache tags a write in this request expired (a server action, the internal routes). */
  expired: Set<string> | null;
  /** Of those, the tags to purge from the HTTP cache in front (Varnish) as this request ends, once Next has applied them. */
  purge: Set<string> | null;
  /** Tags Next's page cache has expired in this request, and who waits for that (see noteAppliedByNext). */
  applied?: { tags: Set<string>; waiters: Set<() => void> };
};
const APPLIED_KEY = '__northgateTagsAppliedByNext';
const DECLARE_KEY = '__northgateDeclarePageTags';
type Holder = { [KEY]?: AsyncLocalStorage<Slot>; [APPLIED_KEY]?: (tags: readonly string[]) => void; [DECLARE_KEY]?: (tags: readonly string[]) => void };

/** The slot of the request running now, if the production server gave it one. */
export function currentSlot(): Slot | undefined {
  return storage().getStore();
}

function storage(): AsyncLocalStorage<Slot> {
  const holder = globalThis as Holder;
  return (holder[KEY] ??= new AsyncLocalStorage<Slot>());
}

/**
 * Server side: runs Next's handling of one request with a slot in which the page it renders can
 * declare the response's status. runtime/server/status-rewrite.ts applies it as the headers go out.
 */
export function withRequestSlot<T>(fn: (slot: Slot) => T): T {
  const slot: Slot = { startedAt: Date.now(), status: null, tags: null, shared: false, expired: null, purge: null };
  return storage().run(slot, () => fn(slot));
}

/**
 * Page side: this response answers with `status` although the page renders normally, e.g. a
 * dashboard page refusing someone with its notice. Next's forbidden() would set the status too,
 * but it answers with an empty error shell drawn only by JavaScript (vercel/next.js#62228), while
 * this keeps the server-rendered page. Dashboard pages are never cached, so the page runs on every
 * request and the status is always declared before the headers are sent. Outside the production
 * server (next dev) there is no slot and the page answers 200.
 */
export function declareResponseStatus(status: 403): void {
  const slot = storage().getStore();
  if (slot) slot.status = status;
}

/**
 * Page side: the cache tags of what this render shows, so the front cache in front of Next can
 * drop exactly the pages a change touches (Next keeps a page's tags to itself). Nothing happens
 * outside the production server or when the page is served from Next's cache without rendering.
 */
export function declarePageTags(tags: readonly string[]): void {
  const slot = storage().getStore();
  if (!slot) return;
  slot.tags ??= new Set();
  for (const tag of tags) slot.tags.add(tag);
}

/**
 * Page side: this dynamic render (search results: Next cannot cache a page that reads its query)
 * is the same for every reader, so the front cache may keep it until one of its declared tags
 * expires. Only for pages that read nothing of the reader's (no cookies, no session).
 */
export function declareSharedRender(): void {
  const slot = storage().getStore();
  if (slot) slot.shared = true;
}

/**
 * Subscriber side: the change being delivered was committed by the request running now. Next
 * applies tag expiry only as that request ends, so a copy stored meanwhile may be old; the HTTP
 * server drops these tags once more just before the request's answer goes out.
 */
export function noteExpiredInRequest(tags: readonly string[], options: { purgeHttpCache: boolean } = { purgeHttpCache: false }): void {
  const slot = storage().getStore();
  if (!slot) return;
  slot.expired ??= new Set();
  for (const tag of tags) slot.expired.add(tag);
  if (!options.purgeHttpCache) return;
  slot.purge ??= new Set();
  for (const tag of tags) slot.purge.add(tag);
}

/**
 * Next's cache handler side (runtime/server/next-cache-handler.cjs): Next has now expired `tags`
 * in its page cache. A route handler's expiry runs in Next's waitUntil, which may finish after the
 * answer was handed over, so whoever purges an HTTP cache in front waits for this, not for the end.
 */
export function noteAppliedByNext(tags: readonly string[]): void {
  const slot = storage().getStore();
  if (!slot) return;
  slot.applied ??= { tags: new Set(), waiters: new Set() };
  for (const tag of tags) slot.applied.tags.add(tag);
  for (const wake of slot.applied.waiters) wake();
}

/** Resolves once Next has expired every one of `tags` in this slot's request, or after `ms` (true: applied). */
export function appliedByNext(slot: Slot, tags: readonly string[], ms: number): Promise<boolean> {
  slot.applied ??= { tags: new Set(), waiters: new Set() };
  const applied = slot.applied;
  const done = () => tags.every((t) => applied.tags.has(t));
  if (done()) return Promise.resolve(true);
  return new Promise((resolve) => {
    const finish = (ok: boolean) => {
      clearTimeout(timer);
      applied.waiters.delete(wake);
      resolve(ok);
    };
    const wake = () => done() && finish(true);
    const timer = setTimeout(() => finish(false), ms);
    applied.waiters.add(wake);
  });
}

// The cache handler is plain CommonJS loaded by Next; it finds these through globalThis. A page
// served from Next's cache is not rendered, so its tags are declared from the cache entry.
(globalThis as Holder)[APPLIED_KEY] = noteAppliedByNext;
(globalThis as Holder)[DECLARE_KEY] = declarePageTags;
