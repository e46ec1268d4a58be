import { sitemapIndexResponse } from '@/features/seo/sitemaps';

// Cached; publishing, unpublishing or editing a story expires the 'sitemap' tag immediately.
export const revalidate = 3600;

export function GET() {
  return sitemapIndexResponse();
}
