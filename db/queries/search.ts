import 'server-only';
import { sql, type SQL } from 'drizzle-orm';
import { MARK_END, MARK_START } from '@/lib/search/highlight';
import { db } from '../client';
import type { MediaVariant } from '../schema';
import { toCard } from './public-articles';
import type { ArticleCard } from './types';

export type SearchResult = ArticleCard & {
  /** Headline and snippet from ts_headline, matches between MARK_START and MARK_END. */
  titleHighlight: string;
  snippet: string;
};

// Weights for D, C, B, A (body C, standfirst B, title A): a title match counts five times a body match.
const WEIGHTS = '{0.1, 0.2, 0.4, 1.0}';
const SENTINELS = `${MARK_START}${MARK_END}`;
const TITLE_OPTIONS = `StartSel="${MARK_START}", StopSel="${MARK_END}", HighlightAll=true`;
const SNIPPET_OPTIONS = `StartSel="${MARK_START}", StopSel="${MARK_END}", MaxWords=35, MinWords=15, ShortWord=3, MaxFragments=2, FragmentDelimiter=" … "`;

/**
 * The relevance of a match: ts_rank over the stored, weighted tsvector (length-normalised so long
 * bodies do not win by size), times a recency boost that is 2 for a story published now, 1.5 a
 * week later and tends to 1, so news outranks archive only between otherwise similar matches.
 */
const score = sql`ts_rank(${WEIGHTS}::float4[], a.search, query.q, 1) * (1 + 1 / (1 + greatest(extract(epoch from now() - a.published_at), 0) / 604800.0))`;

const matches = sql`a.search @@ query.q and a.status = 'published' and a.deleted_at is null`;

/**
 * The text a result's snippet is cut from: the first two blocks of the article that match, plus the
 * block after the first for context, in reading order. A title-only match has none and falls back
 * to the standfirst. Only these few hundred characters are parsed per result, not the whole body.
 */
const snippetSource = sql`
  with matched as (
    select m.position from article_passages m
    where m.article_id = a.id and m.search @@ query.q
    order by m.position limit 2)
  select string_agg(p.text, ' ' order by p.position) as text
  from article_passages p
  where p.article_id = a.id
    and (p.position in (select position from matched) or p.position = (select min(position) + 1 from matched))`;

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

/** The matching and ranking step alone: ids and scores of one page of results, best first. */
export function searchHits(q: string, limit: number, offset: number): SQL {
  return sql`
    with query as (select websearch_to_tsquery('english', ${q}) as q)
    select a.id, ${score} as score, a.published_at
    from articles a, query
    where ${matches}
    order by score desc, a.published_at desc, a.id desc
    limit ${limit} offset ${offset}`;
}

/**
 * One page of published stories matching a web-search style query ("quoted phrases", -exclusions,
 * or), best first. Matching uses the GIN index on articles.search; ts_headline, the costly part,
 * runs only for the rows of the page shown and only over their matching blocks.
 */
export async function searchPublishedArticles(q: string, page: number, pageSize: number): Promise<{ total: number; items: SearchResult[] }> {
  const offset = (page - 1) * pageSize;
  const [found, counted] = await Promise.all([
    db().execute<Row>(sql`
      with hits as (${searchHits(q, pageSize, offset)}),
      query as (select websearch_to_tsquery('english', ${q}) as q)
      select a.id, a.slug, a.title, a.standfirst, a.published_at, a.updated_at,
        s.slug as section_slug, s.name as section_name, u.slug as author_slug, u.name as author_name,
        a.hero_alt, a.hero_caption, a.hero_credit, m.storage_key as hero_key, m.variants as hero_variants,
        ts_headline('english', translate(a.title, ${SENTINELS}, ''), query.q, ${TITLE_OPTIONS}) as title_highlight,
        ts_headline('english', translate(coalesce(passage.text, a.standfirst), ${SENTINELS}, ''), query.q, ${SNIPPET_OPTIONS}) as snippet
      from hits
      join articles a on a.id = hits.id
      join sections s on s.id = a.section_id
      join users u on u.id = a.author_id
      left join media m on m.id = a.hero_media_id
      cross join query
      left join lateral (${snippetSource}) passage on true
      order by hits.score desc, hits.published_at desc, a.id desc`),
    db().execute<{ total: number }>(sql`
      with query as (select websearch_to_tsquery('english', ${q}) as q)
      select count(*)::int as total from articles a, query where ${matches}`),
  ]);
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
  return { total: counted.rows[0]?.total ?? 0, items };
}
