import type { Metadata } from 'next';
import { ForbiddenNotice } from '@/components/dashboard/forbidden-notice';
import { DailyViewsChart } from '@/components/dashboard/stats/daily-views-chart';
import { TopStoriesChart } from '@/components/dashboard/stats/top-stories-chart';
import { CHART_DAYS, LIST_VIEWS_DAYS, loadSiteStats } from '@/features/analytics/stats';
import { can } from '@/features/auth/permissions';
import { requireStaff } from '@/features/auth/session';

export const metadata: Metadata = { title: 'Readership' };

export default async function SiteStatsPage() {
  const staff = await requireStaff();
  if (!can(staff, 'stats.read')) {
    return <ForbiddenNotice title="Readership" reason="Site-wide readership is for editors and administrators. Your own stories’ numbers are on each story’s statistics page." />;
  }
  const { days, top } = await loadSiteStats(staff);
  return (
    <>
      <h1 className="text-2xl font-bold">Readership</h1>
      <p className="mt-1 text-sm text-muted">Counted without cookies or stored addresses; readers who ask not to be tracked, bots and staff are not counted.</p>
      <p className="mt-3">
        <a href="/dashboard/stats/export" download className="font-semibold text-accent underline">
          Download daily views per story (CSV, last {CHART_DAYS} days)
        </a>
      </p>
      <section aria-labelledby="site-views" className="mt-8">
        <h2 id="site-views" className="text-lg font-bold">
          Views per day
        </h2>
        <DailyViewsChart id="site-views-chart" title={`Views per day of the whole site, last ${CHART_DAYS} days`} days={days} />
      </section>
      <section aria-labelledby="top-stories" className="mt-8">
        <h2 id="top-stories" className="text-lg font-bold">
          Top stories, last {LIST_VIEWS_DAYS} days
        </h2>
        <TopStoriesChart title={`Most viewed stories, last ${LIST_VIEWS_DAYS} days`} stories={top} />
      </section>
    </>
  );
}
