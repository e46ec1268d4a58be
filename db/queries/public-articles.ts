import 'server-only';
import { offsetOf, paged } from '@/lib/paging';
import { and, asc, count, desc, eq, inArray, lt, notInArray, or, sql, type SQL } from 'drizzle-orm';
import { cache } from 'react';
import { db, type Database } from '../client';
import { readFromReplica } from '../replica';
import { articleRedirects, articles, articleTags, media, sections, tags, users, type MediaVariant } from '../schema';
import type { ArticleCard, ArticleDetail, Paged } from './types';
import { visibleToReaders } from './visibility';

/** The one definition of "a reader may see this". */
const isPublic = visibleToReaders;

const cardColumns = {
  id: articles.id,
  slug: articles.slug,
  title: articles.title,
  standfirst: articles.standfirst,
  publishedAt: articles.publishedAt,
  updatedAt: articles.updatedAt,
  sectionSlug: sections.slug,
  sectionName: sections.name,
  authorSlug: users.slug,
  authorName: users.name,
  heroAlt: articles.heroAlt,
  heroCaption: articles.heroCaption,
  heroCredit: articles.heroCredit,
  heroKey: media.storageKey,
  heroVariants: media.variants,
};

type CardRow = {
  id: number;
  slug: string;
  title: string;
  standfirst: string;
  publishedAt: Date | null;
  updatedAt: Date;
  sectionSlug: string;
  sectionName: string;
  authorSlug: string;
  authorName: string;
  heroAlt: string;
  heroCaption: string;
  heroCredit: string;
  heroKey: string | null;
  heroVariants: MediaVariant[] | null;
};

export function toCard(row: CardRow): ArticleCard {
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    standfirst: row.standfirst,
    publishedAt: (row.publishedAt ?? row.updatedAt).toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    section: { slug: row.sectionSlug, name: row.sectionName },
    author: { slug: row.authorSlug, name: row.authorName },
    hero:
      row.heroKey && row.heroVariants
        ? { key: row.heroKey, variants: row.heroVariants, alt: row.heroAlt, caption: row.heroCaption, credit: row.heroCredit }
        : null,
  };
}

function cards() {
  return db()
    .select(cardColumns)
    .from(articles)
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .innerJoin(users, eq(users.id, articles.authorId))
    .leftJoin(media, eq(media.id, articles.heroMediaId));
}

const newestFirst = [desc(articles.publishedAt), desc(articles.id)];

/**
 * Published cards newest first: the one query shape behind the homepage, Latest News, related
 * stories and every listing page. Exported so a test can check its plan at 100 000 rows (an index
 * walk on articles_published_idx or a per-section/author one, never a sort of everything).
 */
export function newestCards(where: SQL, limit: number, offset = 0) {
  return cards().where(where).orderBy(...newestFirst).limit(limit).offset(offset);
}

/** Published, optionally within one section, leaving some stories out (the one on screen, the lead). */
export function latestCondition(excludeIds: number[] = [], sectionId?: number): SQL {
  const conditions = [isPublic];
  if (sectionId !== undefined) conditions.push(eq(articles.sectionId, sectionId));
  if (excludeIds.length) conditions.push(notInArray(articles.id, excludeIds));
  return and(...conditions) as SQL;
}

/** Most recent published stories, optionally leaving some out (the article being read, the lead). */
export async function getLatestArticles(limit: number, excludeIds: number[] = []): Promise<ArticleCard[]> {
  return (await newestCards(latestCondition(excludeIds), limit)).map(toCard);
}

/** The Latest News sidebar: the newest stories other than the one on screen. */
export async function getLatestNewsSidebar(currentId: number, limit = 6): Promise<ArticleCard[]> {
  return (await newestCards(latestCondition([currentId]), limit)).map(toCard);
}

export async function getSectionLatest(sectionId: number, limit: number, excludeIds: number[] = []): Promise<ArticleCard[]> {
  return (await newestCards(latestCondition(excludeIds, sectionId), limit)).map(toCard);
}

/** More from the story's section; a draft without a section yet (staff preview) has none. */
export async function getRelatedArticles(article: { id: number; sectionId: number | null }, limit = 4): Promise<ArticleCard[]> {
  if (article.sectionId === null) return [];
  return (await newestCards(latestCondition([article.id], article.sectionId), limit)).map(toCard);
}

/** Cards of visible stories in the order of `ids` ("Most read"); ids no longer visible drop out. */
export async function getCardsInOrder(ids: number[]): Promise<ArticleCard[]> {
  if (ids.length === 0) return [];
  const rows = await cards().where(and(isPublic, inArray(articles.id, ids)) as SQL);
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => (byId.has(id) ? [toCard(byId.get(id)!)] : []));
}

export const PAGE_SIZE = 12;

export type ListFilter = { kind: 'all' } | { kind: 'section'; id: number } | { kind: 'author'; id: number } | { kind: 'tag'; id: number };

export function listingCondition(filter: ListFilter): SQL {
  switch (filter.kind) {
    case 'all':
      return isPublic;
    case 'section':
      return and(isPublic, eq(articles.sectionId, filter.id)) as SQL;
    case 'author':
      return and(isPublic, eq(articles.authorId, filter.id)) as SQL;
    case 'tag':
      return and(
        isPublic,
        inArray(articles.id, db().select({ id: articleTags.articleId }).from(articleTags).where(eq(articleTags.tagId, filter.id))),
      ) as SQL;
  }
}

/** One page of a listing, newest first. `page` is 1-based; a page past the end comes back empty. */
export async function listPublishedArticles(filter: ListFilter, page: number, pageSize = PAGE_SIZE): Promise<Paged<ArticleCard>> {
  const where = listingCondition(filter);
  const [items, [totals]] = await Promise.all([
    newestCards(where, pageSize, offsetOf(page, pageSize)),
    db().select({ total: count() }).from(articles).where(where),
  ]);
  const total = totals?.total ?? 0;
  return paged(items.map(toCard), page, pageSize, total);
}

/** A published article by slug, with everything its page shows; null when readers may not see it. */
const detailColumns = {
  ...cardColumns,
  body: articles.body,
  sectionId: articles.sectionId,
  authorId: articles.authorId,
  authorBio: users.bio,
  seoTitle: articles.seoTitle,
  seoDescription: articles.seoDescription,
};

/**
 * Everything an article page shows but its tags, in one query (exported for the plan check). The
 * section is left-joined so the staff preview finds a draft that has none yet (it reads "No
 * section"); a story readers can see always has one (a CHECK in the schema).
 */
export function articleDetailQuery(where: SQL) {
  return db()
    .select({
      ...detailColumns,
      sectionSlug: sql<string>`coalesce(${sections.slug}, '')`,
      sectionName: sql<string>`coalesce(${sections.name}, 'No section')`,
    })
    .from(articles)
    .leftJoin(sections, eq(sections.id, articles.sectionId))
    .innerJoin(users, eq(users.id, articles.authorId))
    .leftJoin(media, eq(media.id, articles.heroMediaId))
    .where(where)
    .limit(1);
}

/** The article matching `where`, rendered as readers see it; callers decide who may see what. */
export async function articleDetail(where: SQL): Promise<ArticleDetail | null> {
  const [row] = await articleDetailQuery(where);
  if (!row) return null;
  const tagRows = await db()
    .select({ slug: tags.slug, name: tags.name })
    .from(articleTags)
    .innerJoin(tags, eq(tags.id, articleTags.tagId))
    .where(eq(articleTags.articleId, row.id))
    .orderBy(asc(articleTags.position), asc(tags.name));
  return {
    ...toCard(row),
    body: row.body,
    sectionId: row.sectionId,
    authorId: row.authorId,
    authorBio: row.authorBio,
    seoTitle: row.seoTitle,
    seoDescription: row.seoDescription,
    tags: tagRows,
  };
}

export function publishedBySlug(slug: string): SQL {
  return and(isPublic, eq(articles.slug, slug)) as SQL;
}

export const getPublishedArticle = cache((slug: string): Promise<ArticleDetail | null> => articleDetail(publishedBySlug(slug)));

/** Where an old slug of a still-published article points now, for a 301. */
export async function resolveOldSlug(slug: string): Promise<{ slug: string; sectionSlug: string; id: number } | null> {
  const [row] = await db()
    .select({ id: articles.id, slug: articles.slug, sectionSlug: sections.slug })
    .from(articleRedirects)
    .innerJoin(articles, eq(articles.id, articleRedirects.articleId))
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .where(and(eq(articleRedirects.oldSlug, slug), isPublic))
    .limit(1);
  return row ?? null;
}

/** Keyset walk over every published article, for sitemaps and exports that must not load everything. */
export async function publishedArticlesBefore(cursor: { publishedAt: Date; id: number } | null, limit: number) {
  const where = cursor
    ? and(
        isPublic,
        or(lt(articles.publishedAt, cursor.publishedAt), and(eq(articles.publishedAt, cursor.publishedAt), lt(articles.id, cursor.id))),
      )
    : isPublic;
  const rows = await cards().where(where).orderBy(...newestFirst).limit(limit);
  return rows.map(toCard);
}

export type FeedArticle = ArticleCard & { body: string; tags: { slug: string; name: string }[] };

/** The newest published stories of a listing with their bodies and topics, for RSS and Atom feeds. */
export function getFeedArticles(filter: ListFilter, limit: number): Promise<FeedArticle[]> {
  // Feeds are cached by tag; the replica serves them only once it holds every change announced (../replica.ts).
  return readFromReplica(({ db }) => feedArticlesOn(db, filter, limit));
}

async function feedArticlesOn(db: Database, filter: ListFilter, limit: number): Promise<FeedArticle[]> {
  const rows = await db
    .select({ ...cardColumns, body: articles.body })
    .from(articles)
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .innerJoin(users, eq(users.id, articles.authorId))
    .leftJoin(media, eq(media.id, articles.heroMediaId))
    .where(listingCondition(filter))
    .orderBy(...newestFirst)
    .limit(limit);
  if (rows.length === 0) return [];
  const tagRows = await db
    .select({ articleId: articleTags.articleId, slug: tags.slug, name: tags.name })
    .from(articleTags)
    .innerJoin(tags, eq(tags.id, articleTags.tagId))
    .where(inArray(articleTags.articleId, rows.map((r) => r.id)))
    .orderBy(asc(articleTags.position), asc(tags.name));
  return rows.map((row) => ({
    ...toCard(row),
    body: row.body,
    tags: tagRows.filter((t) => t.articleId === row.id).map(({ slug, name }) => ({ slug, name })),
  }));
}
