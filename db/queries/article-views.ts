import 'server-only';
import { sql } from 'drizzle-orm';
import { db } from '../client';
import { articleViewsHourly } from '../schema';
import { visibleToReadersUnqualified } from './visibility';

const v = articleViewsHourly;

/**
 * The stories readers read most in the last `hours` hours (hourly buckets, the current one
 * included), most views first, ties to the newer story; only stories readers can still see.
 */
export async function mostReadIds(limit: number, hours = 24): Promise<number[]> {
  const result = await db().execute<{ id: number }>(sql`
    select a.id from (
      select ${v.articleId} as id, sum(${v.views}) as views from ${v}
      where ${v.hour} >= date_trunc('hour', now()) - make_interval(hours => ${hours - 1}::int)
      group by ${v.articleId}
    ) t
    join (select id from articles where ${visibleToReadersUnqualified}) a on a.id = t.id
    order by t.views desc, a.id desc
    limit ${limit}`);
  return result.rows.map((r) => Number(r.id));
}

/** Views per story over the last `days` days, for the newsroom list (stories without views are absent). */
export async function viewsSince(articleIds: number[], days: number): Promise<Map<number, number>> {
  if (articleIds.length === 0) return new Map();
  const result = await db().execute<{ id: number; views: string }>(sql`
    select ${v.articleId} as id, sum(${v.views}) as views from ${v}
    where ${v.articleId} in (${sql.join(articleIds.map((id) => sql`${id}`), sql`, `)})
      and ${v.hour} >= now() - make_interval(days => ${days}::int)
    group by ${v.articleId}`);
  return new Map(result.rows.map((r) => [Number(r.id), Number(r.views)]));
}

export type DailyViews = { day: string; views: number; visitors: number };

/** One row per day (in `timeZone`) for the last `days` days, zeros included, oldest first. */
export async function dailyViews(articleId: number | null, days: number, timeZone: string): Promise<DailyViews[]> {
  const only = articleId === null ? sql`true` : sql`${v.articleId} = ${articleId}`;
  const result = await db().execute<{ day: string; views: string; visitors: string }>(sql`
    with days as (
      select generate_series((now() at time zone ${timeZone})::date - (${days}::int - 1), (now() at time zone ${timeZone})::date, interval '1 day')::date as day
    ), counted as (
      select (${v.hour} at time zone ${timeZone})::date as day, sum(${v.views}) as views, sum(${v.visitors}) as visitors
      from ${v}
      where ${only} and ${v.hour} >= now() - make_interval(days => ${days + 1}::int)
      group by 1
    )
    select to_char(d.day, 'YYYY-MM-DD') as day, coalesce(c.views, 0) as views, coalesce(c.visitors, 0) as visitors
    from days d left join counted c on c.day = d.day
    order by d.day`);
  return result.rows.map((r) => ({ day: r.day, views: Number(r.views), visitors: Number(r.visitors) }));
}

export type StoryViews = { id: number; title: string; slug: string; views: number; visitors: number };

/** The most viewed stories of the last `days` days, any status (the newsroom's view). */
export async function topStories(days: number, limit: number): Promise<StoryViews[]> {
  const result = await db().execute<{ id: number; title: string; slug: string; views: string; visitors: string }>(sql`
    select a.id, a.title, a.slug, t.views, t.visitors from (
      select ${v.articleId} as id, sum(${v.views}) as views, sum(${v.visitors}) as visitors from ${v}
      where ${v.hour} >= now() - make_interval(days => ${days}::int)
      group by ${v.articleId}
    ) t join articles a on a.id = t.id
    order by t.views desc, a.id desc
    limit ${limit}`);
  return result.rows.map((r) => ({ id: Number(r.id), title: r.title, slug: r.slug, views: Number(r.views), visitors: Number(r.visitors) }));
}

export type ExportRow = { day: string; articleId: number; title: string; views: number; visitors: number };

/** Daily counts per story for the last `days` days (the CSV export), newest day first. */
export async function exportDailyViews(days: number, timeZone: string): Promise<ExportRow[]> {
  const result = await db().execute<{ day: string; id: number; title: string; views: string; visitors: string }>(sql`
    select to_char((${v.hour} at time zone ${timeZone})::date, 'YYYY-MM-DD') as day, a.id, a.title, sum(${v.views}) as views, sum(${v.visitors}) as visitors
    from ${v} join articles a on a.id = ${v.articleId}
    where ${v.hour} >= now() - make_interval(days => ${days}::int)
    group by 1, a.id, a.title
    order by 1 desc, views desc, a.id desc`);
  return result.rows.map((r) => ({ day: r.day, articleId: Number(r.id), title: r.title, views: Number(r.views), visitors: Number(r.visitors) }));
}
