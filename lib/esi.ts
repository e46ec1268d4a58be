/**
 * Edge Side Includes, the subset pages use: `<esi:include src="/fragments/…"/>`. Varnish assembles
 * them in front of a cluster; on a single machine the HTTP server does, from its front cache.
 * Only this site's own fragments can be included, so a stored story can never pull in anything.
 */

const INCLUDE = /<esi:include\s+src="(\/fragments\/[a-z0-9/-]+)"\s*\/>/g;

export const FRAGMENT_PREFIX = '/fragments/';

export function isFragmentPath(pathname: string): boolean {
  return pathname.startsWith(FRAGMENT_PREFIX);
}

/** `html` cut at its includes: the text around them (one more than there are includes) and their sources. */
export function splitIncludes(html: string): { statics: string[]; includes: string[] } {
  const statics: string[] = [];
  const includes: string[] = [];
  let last = 0;
  for (const m of html.matchAll(INCLUDE)) {
    statics.push(html.slice(last, m.index));
    includes.push(m[1]!);
    last = m.index + m[0].length;
  }
  statics.push(html.slice(last));
  return { statics, includes };
}

/** The markup a page renders where a fragment goes. */
export function includeTag(src: string): string {
  return `<esi:include src="${src}"/>`;
}

/** "Most read" covers the last 24 hours (the fragment's path segment). */
export const MOST_READ_PERIOD = 'day';

/** The site's fragments, and how many stories each page shows of them (a fragment lists one more). */
export const FRAGMENTS = {
  latestNews: { src: '/fragments/latest-news', shown: 6 },
  // Not a list of the newest stories: lists exactly what pages show, the story being read included.
  mostRead: { src: `/fragments/most-read/${MOST_READ_PERIOD}`, shown: 5 },
  moreFrom: (sectionSlug: string) => ({ src: `/fragments/more-from/${sectionSlug}`, shown: 4 }),
} as const;
