import { LatestNews } from '@/components/site/latest-news';
import { getLatestArticles } from '@/db/queries/public-articles';
import { tagPage } from '@/features/cache/page-tags';
import { TAG } from '@/lib/changes/tags';
import { FRAGMENTS } from '@/lib/esi';

export const revalidate = 3600;

/** The Latest News sidebar, rendered once for every article page (components/site/fragment-slot.tsx). */
export default async function LatestNewsFragment() {
  const articles = await getLatestArticles(FRAGMENTS.latestNews.shown + 1);
  await tagPage(TAG.latest, ...articles.map((a) => TAG.article(a.id)));
  return <LatestNews articles={articles} />;
}
