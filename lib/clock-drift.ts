/**
 * Keeps `performance.timeOrigin + performance.now()` in step with `Date.now()`.
 *
 * Next 16.4.6 stamps a tag's expiry with Date.now() (server/lib/incremental-cache/
 * file-system-cache.js, revalidateTag) but decides whether it has taken effect with
 * performance.timeOrigin + performance.now() (tags-manifest.external.js, areTagsExpired). The
 * monotonic clock stops while a VM or container is paused and the wall clock does not, so after a
 * pause every expiry takes effect as many seconds late as the pause lasted, and Next answers HIT
 * with the old page: an unpublished story stayed readable for 75 s on a long-running instance.
 *
 * Correcting the performance clock (an own `timeOrigin` on the global performance object, read by
 * Next and everything else) makes both sides of that comparison agree again. It is re-measured on
 * every request and before every expiry, which costs two clock reads.
 */
const nativeTimeOrigin = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(performance), 'timeOrigin')?.get;

/** Differences below this are scheduling noise, not a paused clock. */
const TOLERANCE_MS = 20;

function native(): number {
  return nativeTimeOrigin ? (nativeTimeOrigin.call(performance) as number) : performance.timeOrigin;
}

/** How far the wall clock has run ahead of the monotonic one since the process started, in ms. */
export function measureClockDrift(): number {
  return Date.now() - (native() + performance.now());
}

/** The correction currently applied to performance.timeOrigin, in ms. */
export function appliedClockCorrection(): number {
  return performance.timeOrigin - native();
}

/** Re-aligns the performance clock with the wall clock when they differ; returns the drift. */
export function alignPerformanceClock(): number {
  const drift = measureClockDrift();
  if (!nativeTimeOrigin || Math.abs(drift - appliedClockCorrection()) < TOLERANCE_MS) return drift;
  const corrected = native() + drift;
  Object.defineProperty(performance, 'timeOrigin', { configurable: true, get: () => corrected });
  return drift;
}
