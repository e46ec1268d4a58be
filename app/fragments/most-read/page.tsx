import { MostRead } from '@/components/site/most-read';
import { mostReadIds } from '@/db/queries/article-views';
import { getCardsInOrder } from '@/db/queries/public-articles';
import { tagPage } from '@/features/cache/page-tags';
import { TAG } from '@/lib/changes/tags';
import { FRAGMENTS } from '@/lib/esi';

export const revalidate = 3600;

/**
 * "Most read" of the last 24 hours, one fragment for the homepage and every article page. Expired
 * by the view counter when the order changes (app/api/internal/views), and, like Latest News, by
 * any change to a story readers see (TAG.latest: a headline edit or an unpublish must show here).
 */
export default async function MostReadFragment() {
  const articles = await getCardsInOrder(await mostReadIds(FRAGMENTS.mostRead.shown));
  await tagPage(TAG.mostRead, TAG.latest, ...articles.map((a) => TAG.article(a.id)));
  return <MostRead articles={articles} />;
}
