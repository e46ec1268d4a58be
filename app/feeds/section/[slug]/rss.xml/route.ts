import { feedResponse } from '@/features/feeds/build-feed';

// Rendered on first request, then cached until a story change expires the 'feed' tag.
export const revalidate = 3600;

export function generateStaticParams() {
  return [];
}

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  return feedResponse({ kind: 'section', slug: (await params).slug }, 'rss');
}
