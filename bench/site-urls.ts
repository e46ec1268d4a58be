// The public URLs of the running site, found the way a crawler finds them: the sitemaps list the
// stories and every listing, and each listing's "Older stories" link leads to its next page. Only
// URLs that answer 200 without a redirect are kept, so a reader walking them never gets an error
// the site did not make.

export type UrlKind = 'home' | 'latest' | 'section' | 'author' | 'tag' | 'listing page' | 'article' | 'search';

export type SiteUrls = {
  paths: string[];
  kinds: Partial<Record<UrlKind, number>>;
  /** Listed by the site but not answering 200: a finding in itself, left out of the walk. */
  excluded: { path: string; status: number }[];
};

// Words the demo content and the grown archive (db/bench-fixtures.ts) both use.
const SEARCHES = ['harbour', 'council', 'tram', 'river', 'school', 'market'];
// A sitemap index with more files than this, or more URLs than this, is not the demo site.
const MAX_SITEMAPS = 50;
const MAX_URLS = 5000;
const FETCH_TIMEOUT_MS = 15_000;
const CHECK_CONCURRENCY = 4;

function unescapeXml(s: string): string {
  return s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

function locPaths(xml: string): string[] {
  // Locations are absolute on SITE_URL; only the path and query matter on loopback.
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => {
    const url = new URL(unescapeXml(m[1]!));
    return `${url.pathname}${url.search}`;
  });
}

async function get(appUrl: string, path: string): Promise<{ status: number; text: string }> {
  // A redirect is not followed: a reader's request that is answered 301 counts as an error.
  const res = await fetch(`${appUrl}${path}`, { redirect: 'manual', signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) });
  return { status: res.status, text: await res.text() };
}

/** "Page 1 of N" as React renders it (text and numbers separated by `<!-- -->`); 1 when the listing has no pagination. */
export function listingPageCount(html: string): number {
  const m = /Page (?:<!-- -->)?\d+(?:<!-- -->)? of (?:<!-- -->)?(\d+)/.exec(html);
  return m ? Number(m[1]) : 1;
}

function nextPageHref(html: string): string | null {
  const link = /<a\b[^>]*\brel="next"[^>]*>/.exec(html)?.[0];
  const href = link && /\bhref="([^"]+)"/.exec(link)?.[1];
  return href ? unescapeXml(href) : null;
}

function kindOf(path: string): UrlKind {
  if (path === '/') return 'home';
  if (path.startsWith('/search?')) return 'search';
  if (path.includes('?page=')) return 'listing page';
  if (path === '/latest') return 'latest';
  const segments = path.split('/').filter(Boolean);
  if (segments[0] === 'author') return 'author';
  if (segments[0] === 'tag') return 'tag';
  return segments.length === 1 ? 'section' : 'article';
}

/** A fixed shuffle (mulberry32), so every run walks the same order and neighbours are of mixed kinds. */
function shuffled<T>(items: T[], seed = 20261125): T[] {
  const out = [...items];
  let state = seed;
  const random = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/**
 * Every story and listing in the sitemaps, up to `pagesPerListing` pages of each listing, and a
 * handful of searches; each requested once (which also puts it in the server's caches).
 */
export async function gatherSiteUrls(appUrl: string, options: { pagesPerListing: number }): Promise<SiteUrls> {
  const index = await get(appUrl, '/sitemap.xml');
  if (index.status !== 200) throw new Error(`/sitemap.xml answered ${index.status}`);
  const files = locPaths(index.text).slice(0, MAX_SITEMAPS);
  const listed = new Set<string>(['/', '/latest']);
  for (const file of files) {
    const sitemap = await get(appUrl, file);
    if (sitemap.status !== 200) throw new Error(`${file} answered ${sitemap.status}`);
    for (const p of locPaths(sitemap.text)) if (listed.size < MAX_URLS) listed.add(p);
  }

  const paths = new Set<string>();
  const excluded: SiteUrls['excluded'] = [];
  const check = async (path: string): Promise<string | null> => {
    const res = await get(appUrl, path);
    if (res.status !== 200) {
      excluded.push({ path, status: res.status });
      return null;
    }
    paths.add(path);
    return res.text;
  };

  const queue = [...listed, ...SEARCHES.map((q) => `/search?q=${encodeURIComponent(q)}`)];
  const listings: [string, string][] = [];
  const worker = async () => {
    for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
      const html = await check(path);
      const kind = kindOf(path);
      if (html && kind !== 'article' && kind !== 'search' && kind !== 'home') listings.push([path, html]);
    }
  };
  await Promise.all(Array.from({ length: CHECK_CONCURRENCY }, worker));

  // Later pages are reached by their "Older stories" link, as a reader pages through them.
  for (const [, first] of listings) {
    let html: string | null = first;
    for (let page = 2; page <= options.pagesPerListing && html; page++) {
      const next = nextPageHref(html);
      if (!next || paths.has(next)) break;
      html = await check(next);
    }
  }

  const kinds: SiteUrls['kinds'] = {};
  for (const p of paths) kinds[kindOf(p)] = (kinds[kindOf(p)] ?? 0) + 1;
  return { paths: shuffled([...paths].sort()), kinds, excluded };
}
