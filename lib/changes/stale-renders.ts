import { currentSlot } from '@/lib/request-slot';

/**
 * Keeps Next's page cache from storing a render that read the database before a change committed.
 *
 * Next stamps a cache entry with the time it is stored, not the time its render began, and judges
 * it fresh when its tags expired before that stamp. A homepage render that read the old rows, then
 * finished a moment after an unpublish expired `latest`, was therefore kept as fresh for up to an
 * hour (CI saw an unpublished story stay on the homepage). Next's cache handler
 * (runtime/server/next-cache-handler.cjs) asks `renderIsStale` before storing anything, and an
 * answer whose tags expired at or after its request began is not stored: the next reader renders.
 *
 * The record lives on globalThis because two copies of this module run in one process (Next's
 * bundle, where the expiry subscriber notes expiries, and the handler's plain require).
 */

type Log = Map<string, number>;
const KEY = '__northgateNextExpiries';
const CHECK_KEY = '__northgateRenderIsStale';
/** Renders run for well under this; older entries are forgotten so the record stays small. */
const KEEP_MS = 5 * 60_000;

type Holder = { [KEY]?: Log; [CHECK_KEY]?: (tags: readonly string[]) => boolean };
const holder = globalThis as Holder;

function log(): Log {
  return (holder[KEY] ??= new Map());
}

/** The expiry subscriber: these tags are being expired in Next now (after their change committed). */
export function noteNextExpiry(tags: readonly string[], now = Date.now()): void {
  const record = log();
  for (const tag of tags) {
    record.delete(tag);
    record.set(tag, now);
  }
  // Oldest first (re-inserted above), so pruning stops at the first recent one.
  for (const [tag, at] of record) {
    if (now - at <= KEEP_MS) break;
    record.delete(tag);
  }
}

/** True when the request rendering now began before one of `tags` last expired: its data may be old. */
export function renderIsStale(tags: readonly string[]): boolean {
  const slot = currentSlot();
  if (!slot) return false;
  const record = log();
  if (Date.now() - slot.startedAt > KEEP_MS) return true;
  return tags.some((tag) => (record.get(tag) ?? -Infinity) >= slot.startedAt);
}

holder[CHECK_KEY] = renderIsStale;
