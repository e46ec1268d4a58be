import 'server-only';
import { getArticleRow } from '@/db/queries/article-rows';
import { dailyViews, exportDailyViews, topStories, viewsSince, type DailyViews, type StoryViews } from '@/db/queries/article-views';
import { can, canArticle, type StaffUser } from '@/features/auth/permissions';
import { csvDocument } from '@/lib/analytics/csv';
import { env } from '@/lib/env';
import { AppError } from '@/lib/errors';

export const LIST_VIEWS_DAYS = 7;
export const CHART_DAYS = 30;
const TOP_STORIES = 10;

/** The "Views" column of the newsroom list: rows the list already authorized. */
export function listViews(articleIds: number[]): Promise<Map<number, number>> {
  return viewsSince(articleIds, LIST_VIEWS_DAYS);
}

/** One story's daily readership: for whoever may open the story. */
export async function loadArticleStats(staff: StaffUser, articleId: number): Promise<{ id: number; title: string; days: DailyViews[] }> {
  const row = await getArticleRow(articleId);
  if (!row || !canArticle(staff, 'view', row)) throw new AppError('No such article.', 'not_found');
  return { id: row.id, title: row.title, days: await dailyViews(row.id, CHART_DAYS, env().siteTimeZone) };
}

function requireStatsReader(staff: StaffUser) {
  if (!can(staff, 'stats.read')) throw new AppError('Site-wide readership is for editors and administrators.', 'forbidden');
}

/** The whole site's readership: editors and administrators. */
export async function loadSiteStats(staff: StaffUser): Promise<{ days: DailyViews[]; top: StoryViews[] }> {
  requireStatsReader(staff);
  const [days, top] = await Promise.all([dailyViews(null, CHART_DAYS, env().siteTimeZone), topStories(LIST_VIEWS_DAYS, TOP_STORIES)]);
  return { days, top };
}

/** Daily views per story for the last CHART_DAYS days as CSV (editors and administrators). */
export async function exportStatsCsv(staff: StaffUser): Promise<string> {
  requireStatsReader(staff);
  const rows = await exportDailyViews(CHART_DAYS, env().siteTimeZone);
  return csvDocument(
    ['day', 'article_id', 'title', 'views', 'visitors'],
    rows.map((r) => [r.day, r.articleId, r.title, r.views, r.visitors]),
  );
}
