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

/** The fragments `html` includes, in order, each once. */
export function includedFragments(html: string): string[] {
  return [...new Set([...html.matchAll(INCLUDE)].map((m) => m[1]!))];
}

/** `html` with every include replaced by its fragment's body (an unknown one by nothing). */
export function assemble(html: string, bodies: ReadonlyMap<string, string>): string {
  return html.replace(INCLUDE, (_tag, src: string) => bodies.get(src) ?? '');
}

/** The markup a page renders where a fragment goes. */
export function includeTag(src: string): string {
  return `<esi:include src="${src}"/>`;
}

/** The site's fragments, and how many stories each page shows of them (a fragment lists one more). */
export const FRAGMENTS = {
  latestNews: { src: '/fragments/latest-news', shown: 6 },
  moreFrom: (sectionSlug: string) => ({ src: `/fragments/more-from/${sectionSlug}`, shown: 4 }),
} as const;
