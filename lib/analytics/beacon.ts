/**
 * The view beacon: a 1×1 image each public article page carries, fetched by the reader's browser
 * even when the page itself came from a cache and JavaScript is off. The HTTP server answers it
 * before Next (runtime/server/view-counter.ts).
 */
export const BEACON_PREFIX = '/v/';

export function beaconPath(articleId: number): string {
  return `${BEACON_PREFIX}${articleId}.gif`;
}

const BEACON = /^\/v\/([1-9][0-9]{0,9})\.gif$/;

/** The story a beacon path counts, or null (not a beacon, or not a possible id). */
export function beaconArticleId(pathname: string): number | null {
  const m = BEACON.exec(pathname);
  if (!m) return null;
  const id = Number(m[1]);
  return id <= 2_147_483_647 ? id : null;
}

/** A transparent 1×1 GIF. */
export const PIXEL = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');
