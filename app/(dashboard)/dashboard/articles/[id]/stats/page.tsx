import type { Metadata } from 'next';
import { DailyViewsChart } from '@/components/dashboard/stats/daily-views-chart';
import { CHART_DAYS, loadArticleStats } from '@/features/analytics/stats';
import { loadStoryPage } from '@/features/articles/story-page';

export const metadata: Metadata = { title: 'Story statistics' };

type Props = { params: Promise<{ id: string }> };

export default async function ArticleStatsPage({ params }: Props) {
  // Someone who may not open the story learns nothing, not even that it exists.
  const { data: stats } = await loadStoryPage(params, loadArticleStats);
  const title = stats.title || 'Untitled';
  return (
    <>
      <p className="text-sm text-muted">
        <a href="/dashboard/articles" className="underline">
          Articles
        </a>{' '}
        /{' '}
        <a href={`/dashboard/articles/${stats.id}`} className="underline">
          {title}
        </a>{' '}
        / Statistics
      </p>
      <h1 className="mt-1 text-2xl font-bold">Readership of “{title}”</h1>
      <p className="mt-1 text-sm text-muted">
        Views per day for the last {CHART_DAYS} days. Counted without cookies; readers who ask not to be tracked, bots and staff are not counted.
      </p>
      <DailyViewsChart id="article-views" title={`Views per day of “${title}”, last ${CHART_DAYS} days`} days={stats.days} />
    </>
  );
}
