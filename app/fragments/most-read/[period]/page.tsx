import { notFound } from 'next/navigation';
import { MostRead } from '@/components/site/most-read';
import { mostReadIds } from '@/db/queries/article-views';
import { getCardsInOrder } from '@/db/queries/public-articles';
import { tagPage } from '@/features/cache/page-tags';
import { TAG } from '@/lib/changes/tags';
import { FRAGMENTS, MOST_READ_PERIOD } from '@/lib/esi';

export const revalidate = 3600;

// Rendered on first request, not at build: Next judges a build-prerendered route by its build-time
// tags, and this one must also expire by the stories it lists (an edited headline, an unpublish),
// which only a render at run time can declare. A publish elsewhere leaves it alone.
export function generateStaticParams() {
  return [];
}

/**
 * "Most read" of the last 24 hours, one fragment for the homepage and every article page. Expired
 * by the view counter when the order changes (app/api/internal/views) and by a change to a story
 * it lists. The period segment leaves room for one list per language.
 */
export default async function MostReadFragment({ params }: { params: Promise<{ period: string }> }) {
  if ((await params).period !== MOST_READ_PERIOD) notFound();
  const articles = await getCardsInOrder(await mostReadIds(FRAGMENTS.mostRead.shown));
  await tagPage(TAG.mostRead, ...articles.map((a) => TAG.article(a.id)));
  return <MostRead articles={articles} />;
}
