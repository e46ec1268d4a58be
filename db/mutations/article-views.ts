import 'server-only';
import { sql } from 'drizzle-orm';
import type { HourlyRow } from '@/lib/analytics/tally';
import { db as defaultDb, type Database } from '../client';
import { articleViewsHourly } from '../schema';

/**
 * Adds a batch of hourly counts in one statement (one round trip per batch, not per view). Ids of
 * stories that do not exist (a made-up beacon URL) are skipped by the join, not an error.
 */
export async function addArticleViews(rows: HourlyRow[], database: Database = defaultDb()): Promise<number> {
  if (rows.length === 0) return 0;
  const batch = JSON.stringify(rows.map((r) => ({ article_id: r.articleId, hour: r.hour, views: r.views, visitors: r.visitors })));
  const result = await database.execute(sql`
    insert into ${articleViewsHourly} (article_id, hour, views, visitors)
    select b.article_id, b.hour, sum(b.views)::int, sum(b.visitors)::int
    from jsonb_to_recordset(${batch}::jsonb) as b(article_id int, hour timestamptz, views int, visitors int)
    join articles a on a.id = b.article_id
    group by b.article_id, b.hour
    on conflict (article_id, hour) do update
      set views = ${articleViewsHourly}.views + excluded.views,
          visitors = ${articleViewsHourly}.visitors + excluded.visitors`);
  return result.rowCount ?? 0;
}

/** Hourly counts older than `days` days go (they hold no personal data; this only bounds the table). */
export async function pruneArticleViews(days: number, database: Database = defaultDb()): Promise<number> {
  const result = await database.execute(sql`delete from ${articleViewsHourly} where ${articleViewsHourly.hour} < now() - make_interval(days => ${days}::int)`);
  return result.rowCount ?? 0;
}
