import { beaconPath } from '@/lib/analytics/beacon';

/**
 * Counts a reading of a public article: the browser fetches this 1×1 image even when the page came
 * from a cache and without JavaScript; the HTTP server answers it (runtime/server/view-counter.ts).
 * Only public article pages render it: the staff preview and the newsroom never count.
 * Not lazy: a reader who never scrolls to the bottom still read the story.
 */
export function ViewBeacon({ articleId }: { articleId: number }) {
  return (
    // A counter, not a picture: next/image would route it through the optimizer and Next's runtime.
    <img src={beaconPath(articleId)} alt="" width={1} height={1} aria-hidden="true" className="pointer-events-none absolute h-px w-px opacity-0" fetchPriority="low" />
  );
}
