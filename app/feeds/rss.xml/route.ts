import { feedResponse } from '@/features/feeds/build-feed';

// Cached like a page; publishing or changing a story expires the 'feed' tag at once.
export const revalidate = 3600;

export function GET() {
  return feedResponse({ kind: 'site' }, 'rss');
}
