import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { DailyViewsChart } from '@/components/dashboard/stats/daily-views-chart';
import { CHART_DAYS, loadArticleStats } from '@/features/analytics/stats';
import { requireStaff } from '@/features/auth/session';
import { AppError } from '@/lib/errors';
import { parseRouteId } from '@/lib/route-params';

export const metadata: Metadata = { title: 'Story statistics' };

type Props = { params: Promise<{ id: string }> };

export default async function ArticleStatsPage({ params }: Props) {
  const staff = await requireStaff();
  const id = parseRouteId((await params).id);
  if (id === null) notFound();
  // Someone who may not open the story learns nothing, not even that it exists.
  const stats = await loadArticleStats(staff, id).catch((error: unknown) => {
    if (error instanceof AppError) return null;
    throw error;
  });
  if (!stats) notFound();
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
