import 'server-only';
import { unstable_cache } from 'next/cache';
import { TAG } from '@/lib/changes/tags';
import { declarePageTags } from '@/lib/request-slot';

/**
 * Attaches cache tags to the page being rendered. Pages are cached whole (ISR); Next records
 * every tag seen by unstable_cache during the render on the page's cache entry, so this no-op
 * lookup is how a page that read the database by hand says what it showed.
 */
export async function tagPage(...tags: string[]): Promise<void> {
  const all = [TAG.all, ...new Set(tags)];
  declarePageTags(all);
  await unstable_cache(async () => true, ['page-tags', ...all], { tags: all })();
}
