import { newsSitemapResponse } from '@/features/seo/sitemaps';

// Publishing expires it at once through the 'sitemap' tag; the short timer drops stories that
// have aged out of the 48-hour window even when nothing is published for a while.
export const revalidate = 300;

export function GET() {
  return newsSitemapResponse();
}
