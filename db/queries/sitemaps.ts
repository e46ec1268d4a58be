import 'server-only';
import { and, asc, desc, eq, gt, gte, isNotNull, lt, or, sql, type SQL } from 'drizzle-orm';
import { readFromReplica } from '../replica';
import { articles, articleTags, sections, tags, users } from '../schema';
import { visibleToReaders as isPublic } from './visibility';

// Sitemaps are cached by tag and re-rendered after a change, so their reads may go to the replica:
// the change pipeline tells no cache of a change before the replica has it (../replica.ts).

// Published stories always have a first-publication time; the guard keeps a damaged row out of the files.
const listed = and(isPublic, isNotNull(articles.publishedAt)) as SQL;

type MonthSummary = { month: string; urls: number; lastModified: Date };

/**
 * One row per month that has published stories, newest month first. Walks the months between the
 * first and the latest story and, for each, counts on articles_sitemap_months_idx (index only), so
 * the cost is one short range scan per month rather than a sort of every published story.
 */
export function articleMonthsQuery(): SQL {
  return sql`
    with bounds as (
      select min(published_at) as first, max(published_at) as last from articles where ${listed}
    ), months as (
      select generate_series(date_trunc('month', first at time zone 'UTC'), date_trunc('month', last at time zone 'UTC'), interval '1 month') as start
      from bounds where first is not null
    )
    select to_char(months.start, 'YYYY-MM') as month, counted.urls, counted.last_modified
    from months cross join lateral (
      select count(*)::int as urls, max(updated_at) as last_modified from articles
      where ${listed} and published_at >= months.start at time zone 'UTC' and published_at < (months.start + interval '1 month') at time zone 'UTC'
    ) counted
    where counted.urls > 0
    order by months.start desc`;
}

export async function articleMonths(): Promise<MonthSummary[]> {
  return readFromReplica(async ({ db }) => {
    const { rows } = await db.execute<{ month: string; urls: number; last_modified: Date | string | null }>(articleMonthsQuery());
    return rows.map((r) => ({ month: r.month, urls: r.urls, lastModified: r.last_modified ? new Date(r.last_modified) : new Date(0) }));
  });
}

type SitemapArticle = { id: number; slug: string; sectionSlug: string; publishedAt: Date; updatedAt: Date };
export type MonthCursor = { publishedAt: Date; id: number };

function monthRange(month: string): { start: Date; end: Date } {
  const [year, m] = month.split('-').map(Number) as [number, number];
  return { start: new Date(Date.UTC(year, m - 1, 1)), end: new Date(Date.UTC(year, m, 1)) };
}

const sitemapColumns = {
  id: articles.id,
  slug: articles.slug,
  sectionSlug: sections.slug,
  publishedAt: sql<Date>`${articles.publishedAt}`.mapWith(articles.publishedAt),
  updatedAt: articles.updatedAt,
};

/**
 * A month's stories in publication order, `limit` at a time after `cursor` (exclusive): a keyset
 * walk on the published-articles index, so a big month is never held in memory at once.
 */
export async function articlesOfMonth(month: string, cursor: MonthCursor | null, limit: number): Promise<SitemapArticle[]> {
  return readFromReplica(async ({ db }) => {
    const { start, end } = monthRange(month);
    const conditions = [listed, gte(articles.publishedAt, start), lt(articles.publishedAt, end)];
    if (cursor) {
      conditions.push(
        or(gt(articles.publishedAt, cursor.publishedAt), and(eq(articles.publishedAt, cursor.publishedAt), gt(articles.id, cursor.id)))!,
      );
    }
    return db
      .select(sitemapColumns)
      .from(articles)
      .innerJoin(sections, eq(sections.id, articles.sectionId))
      .where(and(...conditions))
      .orderBy(asc(articles.publishedAt), asc(articles.id))
      .limit(limit);
  });
}

/**
 * Where part `offset / partSize` of a month's sitemap starts: the cursor just before the
 * `offset`-th story (null for the first part). Only months above the per-file limit need it.
 */
export async function monthCursorAt(month: string, offset: number): Promise<MonthCursor | null> {
  return readFromReplica(async ({ db }) => {
    if (offset <= 0) return null;
    const { start, end } = monthRange(month);
    const [row] = await db
      .select({ publishedAt: sitemapColumns.publishedAt, id: articles.id })
      .from(articles)
      .where(and(listed, gte(articles.publishedAt, start), lt(articles.publishedAt, end)))
      .orderBy(asc(articles.publishedAt), asc(articles.id))
      .offset(offset - 1)
      .limit(1);
    return row ?? null;
  });
}

type ListingEntry = { slug: string; lastModified: Date | null };

/**
 * A listing page shows its newest stories, so it last changed when one of those did: the latest
 * change among its LISTING_DEPTH newest stories. Each listing costs an index walk of that many rows,
 * never an aggregate over every story it ever had (which grew with the archive).
 */
const LISTING_DEPTH = 12;

function lastChangeAmongNewest(filter: SQL, depth = LISTING_DEPTH): SQL {
  return sql`(select max(newest.updated_at) from (
    select ${articles.updatedAt} as updated_at from ${articles} where ${listed} and ${filter}
    order by ${articles.publishedAt} desc, ${articles.id} desc limit ${depth}) newest)`;
}

type EntryRow = { slug: string; last_modified: Date | string | null };

function toEntries(rows: EntryRow[]): ListingEntry[] {
  return rows.map((r) => ({ slug: r.slug, lastModified: r.last_modified ? new Date(r.last_modified) : null }));
}

/** Every section, with the time its newest stories last changed (null when it has none yet). */
export async function sectionSitemapEntries(): Promise<ListingEntry[]> {
  return readFromReplica(async ({ db }) => {
    const { rows } = await db.execute<EntryRow>(sql`
      select s.slug, ${lastChangeAmongNewest(sql`${articles.sectionId} = s.id`)} as last_modified
      from ${sections} s order by s.position, s.name`);
    return toEntries(rows);
  });
}

/** The newest change among the stories the homepage and the archive's first page show. */
export async function newestPublicChange(): Promise<Date | null> {
  return readFromReplica(async ({ db }) => {
    const { rows } = await db.execute<{ at: Date | string | null }>(sql`select ${lastChangeAmongNewest(sql`true`, 50)} as at`);
    const at = rows[0]?.at;
    return at ? new Date(at) : null;
  });
}

const hasPublishedStory = (column: SQL) => sql`exists (select 1 from ${articles} where ${listed} and ${column})`;

/** Authors with at least one published story; pages of staff who never published stay out. */
export async function authorSitemapEntries(offset: number, limit: number): Promise<ListingEntry[]> {
  return readFromReplica(async ({ db }) => {
    const { rows } = await db.execute<EntryRow>(sql`
      select u.slug, ${lastChangeAmongNewest(sql`${articles.authorId} = u.id`)} as last_modified
      from ${users} u where ${hasPublishedStory(sql`${articles.authorId} = u.id`)}
      order by u.slug offset ${offset} limit ${limit}`);
    return toEntries(rows);
  });
}

export async function authorSitemapCount(): Promise<number> {
  return readFromReplica(async ({ db }) => {
    const { rows } = await db.execute<{ n: number }>(sql`
      select count(*)::int as n from ${users} u where ${hasPublishedStory(sql`${articles.authorId} = u.id`)}`);
    return rows[0]?.n ?? 0;
  });
}

const taggedWith = sql`${articles.id} in (select ${articleTags.articleId} from ${articleTags} where ${articleTags.tagId} = t.id)`;

/** Topics with at least one published story. */
export async function tagSitemapEntries(offset: number, limit: number): Promise<ListingEntry[]> {
  return readFromReplica(async ({ db }) => {
    const { rows } = await db.execute<EntryRow>(sql`
      select t.slug, ${lastChangeAmongNewest(taggedWith)} as last_modified
      from ${tags} t where ${hasPublishedStory(taggedWith)}
      order by t.slug offset ${offset} limit ${limit}`);
    return toEntries(rows);
  });
}

export async function tagSitemapCount(): Promise<number> {
  return readFromReplica(async ({ db }) => {
    const { rows } = await db.execute<{ n: number }>(sql`select count(*)::int as n from ${tags} t where ${hasPublishedStory(taggedWith)}`);
    return rows[0]?.n ?? 0;
  });
}

type NewsEntry = { id: number; slug: string; sectionSlug: string; title: string; publishedAt: Date };

/** Stories first published within the last `hours`, newest first, at most `limit` (Google News sitemap). */
export async function recentlyPublished(hours: number, limit: number): Promise<NewsEntry[]> {
  return readFromReplica(async ({ db }) => {
    return db
      .select({ id: articles.id, slug: articles.slug, sectionSlug: sections.slug, title: articles.title, publishedAt: sitemapColumns.publishedAt })
      .from(articles)
      .innerJoin(sections, eq(sections.id, articles.sectionId))
      .where(and(listed, sql`${articles.publishedAt} > now() - make_interval(hours => ${hours})`))
      .orderBy(desc(articles.publishedAt), desc(articles.id))
      .limit(limit);
  });
}
