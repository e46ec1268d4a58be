import { absoluteUrl } from '@/lib/site';

/**
 * Crawlers may read the whole public site; the newsroom, the API, sign-in and search results
 * (endless, thin pages) are off limits. Both sitemap entry points are named by absolute URL.
 */
export function robotsTxt(): string {
  return [
    'User-agent: *',
    'Allow: /',
    // "$" ends a pattern (RFC 9309), so a section such as /search-and-rescue stays crawlable.
    'Disallow: /dashboard$',
    'Disallow: /dashboard/',
    'Disallow: /dashboard?',
    'Disallow: /api/',
    'Disallow: /login$',
    'Disallow: /login?',
    'Disallow: /search$',
    'Disallow: /search?',
    // Blocks pages include (Latest News…): never pages of their own.
    'Disallow: /fragments/',
    '',
    `Sitemap: ${absoluteUrl('/sitemap.xml')}`,
    `Sitemap: ${absoluteUrl('/news-sitemap.xml')}`,
    '',
  ].join('\n');
}
