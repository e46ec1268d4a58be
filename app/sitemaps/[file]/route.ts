import { sitemapFileResponse } from '@/features/seo/sitemaps';

// Each file is rendered on first request, then cached until a story change expires 'sitemap'.
export const revalidate = 3600;

export function generateStaticParams() {
  return [];
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  return sitemapFileResponse((await params).file);
}
