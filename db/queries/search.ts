import 'server-only';
import { offsetOf } from '@/lib/paging';
import { fillPlaceholders, sql, type SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import { MARK_END, MARK_START } from '@/lib/search/highlight';
import { RECENT_WINDOW, TITLE_WINDOW } from '@/lib/search/windows';
import type { Connection } from '../client';
import { readFromReplica } from '../replica';
import type { MediaVariant } from '../schema';
import { toCard } from './public-articles';
import type { ArticleCard } from './types';
import { visibleToReadersUnqualified } from './visibility';

export type SearchResult = ArticleCard & {
  /** Headline and snippet from ts_headline, matches between MARK_START and MARK_END. */
  titleHighlight: string;
  snippet: string;
};

// Weights for D, C, B, A (body C, standfirst B, title A): a title match counts five times a body match.
const WEIGHTS = '{0.1, 0.2, 0.4, 1.0}';
const SENTINELS = `${MARK_START}${MARK_END}`;
const TITLE_OPTIONS = `StartSel="${MARK_START}", StopSel="${MARK_END}", HighlightAll=true`;
// One window of 15-35 words around the best match. Not fragment mode: over a short passage it trims
// the passage's first and last short words ("Tom & Jerry met…" became "Jerry met…").
const SNIPPET_OPTIONS = `StartSel="${MARK_START}", StopSel="${MARK_END}", MaxWords=35, MinWords=15, ShortWord=3`;

/**
 * The relevance of a match: ts_rank over the stored, weighted tsvector (length-normalised so long
 * bodies do not win by size), times a recency boost that is 2 for a story published now, 1.5 a
 * week later and tends to 1, so news outranks archive only between otherwise similar matches.
 */
const score = sql`ts_rank(${WEIGHTS}::float4[], a.search, query.q, 1) * (1 + 1 / (1 + greatest(extract(epoch from now() - a.published_at), 0) / 604800.0))`;

type SearchWindows = { recent: number; title: number };
const WINDOWS: SearchWindows = { recent: RECENT_WINDOW, title: TITLE_WINDOW };

const published = visibleToReadersUnqualified;

/**
 * The text a result's snippet is cut from: the first two blocks of the article that match, plus the
 * block after the first for context, in reading order. A title-only match has none and falls back
 * to the standfirst. Only these few hundred characters are parsed per result, not the whole body.
 * One pass over the article's own blocks (by primary key), with window functions to pick them.
 */
const snippetSource = sql`
  select string_agg(text, ' ' order by position) as text from (
    select position, text, matches, matched_so_far,
      lag(matches) over (order by position) as follows_match, lag(matched_so_far) over (order by position) as follows_count
    from (
      select position, text, matches, count(*) filter (where matches) over (order by position) as matched_so_far
      from (select position, text, search @@ query.q as matches from article_passages where article_id = a.id) own
    ) counted
  ) marked
  where (matches and matched_so_far <= 2) or (follows_match and follows_count = 1)`;

type Row = {
  id: number;
  slug: string;
  title: string;
  standfirst: string;
  published_at: Date | string | null;
  updated_at: Date | string;
  section_slug: string;
  section_name: string;
  author_slug: string;
  author_name: string;
  hero_alt: string;
  hero_caption: string;
  hero_credit: string;
  hero_key: string | null;
  hero_variants: MediaVariant[] | null;
  title_highlight: string;
  snippet: string;
};

/**
 * The ranking step: the bounded candidate set (see RECENT_WINDOW), ranked, one page cut out, with
 * the candidate count on every row. The tsquery is written out in each branch (not taken from a
 * CTE) so the planner sees how common the words are: an index walk newest-first for common words,
 * the GIN indexes for rare ones. Each branch already reads the rows it filters, so it carries what
 * ranking needs: no join back to articles, which the planner would otherwise hash over the table.
 */
export function searchRanking(q: string, limit: number, offset: number, windows: SearchWindows = WINDOWS): SQL {
  const tsq = sql`websearch_to_tsquery('english', ${q})`;
  return sql`
    with candidates as materialized (
      select distinct on (id) id, search, published_at from (
        (select id, search, published_at from articles where search @@ ${tsq} and ${published}
          order by published_at desc, id desc limit ${windows.recent})
        union all
        (select id, search, published_at from articles where search_title @@ ${tsq} and ${published}
          order by published_at desc, id desc limit ${windows.title})
      ) branches
      order by id
    ),
    query as (select ${tsq} as q)
    select a.id, ${score} as score, (select count(*) from candidates)::int as total
    from candidates a cross join query
    order by score desc, a.published_at desc, a.id desc
    limit ${limit} offset ${offset}`;
}

/** Everything a result shows, for the ids of one page in rank order; ts_headline runs only here. */
const DETAILS = new PgDialect().sqlToQuery(sql`
  with query as (select websearch_to_tsquery('english', ${sql.placeholder('q')}) as q)
  select a.id, a.slug, a.title, a.standfirst, a.published_at, a.updated_at,
    s.slug as section_slug, s.name as section_name, u.slug as author_slug, u.name as author_name,
    a.hero_alt, a.hero_caption, a.hero_credit, m.storage_key as hero_key, m.variants as hero_variants,
    ts_headline('english', translate(a.title, ${SENTINELS}, ''), query.q, ${TITLE_OPTIONS}) as title_highlight,
    ts_headline('english', translate(coalesce(passage.text, a.standfirst), ${SENTINELS}, ''), query.q, ${SNIPPET_OPTIONS}) as snippet
  from unnest(${sql.placeholder('ids')}::int[]) with ordinality as hit(id, rank)
  join articles a on a.id = hit.id
  join sections s on s.id = a.section_id
  join users u on u.id = a.author_id
  left join media m on m.id = a.hero_media_id
  cross join query
  left join lateral (${snippetSource}) passage on true
  order by hit.rank`);

export type SearchPage = {
  /** Stories ranked for this query; at least RECENT_WINDOW means there may be more (`capped`). */
  total: number;
  capped: boolean;
  items: SearchResult[];
};

/**
 * One page of published stories matching a web-search style query ("quoted phrases", -exclusions,
 * or), best first. Two statements: the ranking, planned afresh for each query because the best
 * plan depends on how common its words are, and the details of the page's ten rows, a named
 * prepared statement whose plan PostgreSQL keeps (planning it took longer than running it).
 */
export function searchPublishedArticles(q: string, page: number, pageSize: number, windows: SearchWindows = WINDOWS): Promise<SearchPage> {
  // Stored search pages are expired by every change, after the replica has it (db/replica.ts).
  return readFromReplica((on) => searchOn(on, q, page, pageSize, windows));
}

async function searchOn(on: Connection, q: string, page: number, pageSize: number, windows: SearchWindows): Promise<SearchPage> {
  const ranked = await on.db.execute<{ id: number; total: number }>(searchRanking(q, pageSize, offsetOf(page, pageSize), windows));
  const total = ranked.rows[0]?.total ?? (page > 1 ? await countCandidates(on, q, windows) : 0);
  if (ranked.rows.length === 0) return { total, capped: total >= windows.recent, items: [] };
  const params = fillPlaceholders(DETAILS.params, { q, ids: ranked.rows.map((r) => r.id) });
  const found = await on.pool.query<Row>({ name: 'search-page-details', text: DETAILS.sql, values: params });
  const items = found.rows.map((r) => ({
    ...toCard({
      id: r.id,
      slug: r.slug,
      title: r.title,
      standfirst: r.standfirst,
      publishedAt: r.published_at ? new Date(r.published_at) : null,
      updatedAt: new Date(r.updated_at),
      sectionSlug: r.section_slug,
      sectionName: r.section_name,
      authorSlug: r.author_slug,
      authorName: r.author_name,
      heroAlt: r.hero_alt,
      heroCaption: r.hero_caption,
      heroCredit: r.hero_credit,
      heroKey: r.hero_key,
      heroVariants: r.hero_variants,
    }),
    titleHighlight: r.title_highlight,
    snippet: r.snippet,
  }));
  return { total, capped: total >= windows.recent, items };
}

/** How many candidates a query has, for a page past the end of its results. */
async function countCandidates(on: Connection, q: string, windows: SearchWindows): Promise<number> {
  const first = await on.db.execute<{ total: number }>(searchRanking(q, 1, 0, windows));
  return first.rows[0]?.total ?? 0;
}
