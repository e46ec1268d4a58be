/**
 * URL normalisation for public pages, kept free of Next imports so it is unit-tested directly.
 * proxy.ts applies the decision.
 */
type UrlDecision =
  | { type: 'next' }
  | { type: 'redirect'; location: string }
  | { type: 'rewrite'; pathname: string };

/**
 * Every garbage URL is served as this one (cached) 404 instead of one cache entry per spelling. It
 * is Next's own route for URLs that match nothing, which renders app/not-found.tsx in full on the
 * server (a page's notFound() does not: see runtime/server/not-found-rewrite.ts).
 */
export const NOT_FOUND_PATH = '/_not-found';

const SEGMENT = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_SEGMENT = 200;

/** First path segments that are routes of their own, never section slugs. */
export const RESERVED_SLUGS = new Set([
  'latest', 'author', 'tag', 'search', 'login', 'logout', 'dashboard', 'api', 'media', 'feed', 'feeds',
  'sitemap', 'sitemaps', 'robots', 'not-found', 'page', 'preview', '_next', 'fragments',
]);

function listingBase(segments: string[]): string | null {
  if (segments.length === 1 && segments[0] === 'latest') return '/latest';
  if (segments.length === 1 && !RESERVED_SLUGS.has(segments[0]!)) return `/${segments[0]}`;
  if (segments.length === 2 && (segments[0] === 'author' || segments[0] === 'tag')) return `/${segments.join('/')}`;
  return null;
}

/** ?page=N → N when it names a page after the first; anything else means "first page". */
export function requestedPage(value: string | null): number | null {
  if (value === null || !/^\d{1,6}$/.test(value)) return null;
  const n = Number(value);
  return n >= 2 ? n : null;
}

export function decidePublicUrl(pathname: string, search: URLSearchParams): UrlDecision {
  const query = search.toString();
  const withQuery = (path: string, q = query) => (q ? `${path}?${q}` : path);

  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return { type: 'rewrite', pathname: NOT_FOUND_PATH };
  }
  if (decoded !== decoded.toLowerCase() && /^[\x20-\x7e]*$/.test(decoded)) {
    return { type: 'redirect', location: withQuery(pathname.toLowerCase()) };
  }
  const segments = pathname.split('/').filter(Boolean);
  if (segments.length === 0 || pathname === NOT_FOUND_PATH) return { type: 'next' };
  if (segments.some((s) => s.length > MAX_SEGMENT || !SEGMENT.test(s))) {
    return { type: 'rewrite', pathname: NOT_FOUND_PATH };
  }

  // Internal page routes are reachable only through ?page=N, so each listing page has one URL.
  const pageIndex = segments.length - 2;
  if (segments.length >= 3 && segments[pageIndex] === 'page') {
    const base = listingBase(segments.slice(0, pageIndex));
    const n = requestedPage(segments[segments.length - 1]!);
    if (base && n) {
      const params = new URLSearchParams(search);
      params.set('page', String(n));
      return { type: 'redirect', location: `${base}?${params.toString()}` };
    }
    if (base) return { type: 'redirect', location: base };
  }

  const base = listingBase(segments);
  if (base) {
    const n = requestedPage(search.get('page'));
    if (n) return { type: 'rewrite', pathname: `${base}/page/${n}` };
  }
  return { type: 'next' };
}
