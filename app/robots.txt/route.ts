import { robotsTxt } from '@/features/seo/robots';

// Read at request time so the sitemap URLs follow SITE_URL of the running server, not of the build.
export const dynamic = 'force-dynamic';

export function GET() {
  return new Response(robotsTxt(), { headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'public, max-age=3600' } });
}
