import 'server-only';
import { offsetOf, pageCount } from '@/lib/paging';
import { and, asc, count, desc, eq, ilike, inArray, isNotNull, isNull, ne, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { PickedMedia } from '@/lib/media/picked';
import { toPickedMedia } from '@/db/queries/picked-media';
import { containsPattern, escapeLike } from '@/lib/sql-like';
import { db } from '../client';
import { readFromCaughtUpReplica } from '../replica';
import {
  articles,
  media,
  sections,
  tags,
  users,
  type ArticleStatus,
} from '../schema';
import { articleDetail } from './public-articles';
import type { ArticleDetail, Paged } from './types';

// These reads see unpublished and trashed articles. Callers are the newsroom's data functions in
// features/articles/*, which check the staff member's role before calling them.

export const NEWSROOM_TABS = ['drafts', 'pending', 'scheduled', 'published', 'archived', 'trash'] as const;
export type NewsroomTab = (typeof NEWSROOM_TABS)[number];

export const NEWSROOM_SORTS = ['updated-desc', 'updated-asc', 'title-asc', 'title-desc', 'published-desc', 'scheduled-asc'] as const;
export type NewsroomSort = (typeof NEWSROOM_SORTS)[number];

export const TAB_STATUS: Record<Exclude<NewsroomTab, 'trash'>, ArticleStatus> = {
  drafts: 'draft',
  pending: 'pending_review',
  scheduled: 'scheduled',
  published: 'published',
  archived: 'archived',
};

export type NewsroomListQuery = {
  tab: NewsroomTab;
  sort: NewsroomSort;
  page: number;
  pageSize: number;
  sectionId?: number;
  authorId?: number;
  /** Title search, matched literally (wildcards typed by a person are escaped). */
  q?: string;
  /** Restricts the list to one author's articles (contributors see only their own). */
  onlyAuthorId?: number;
};

export type NewsroomRow = {
  id: number;
  title: string;
  slug: string;
  status: ArticleStatus;
  /** Null for a draft whose section is not chosen yet. */
  section: { id: number; name: string; slug: string } | null;
  author: { id: number; name: string };
  lastEditedBy: string | null;
  updatedAt: string;
  publishedAt: string | null;
  scheduledAt: string | null;
  deletedAt: string | null;
};

function tabCondition(tab: NewsroomTab): SQL {
  if (tab === 'trash') return isNotNull(articles.deletedAt);
  return and(eq(articles.status, TAB_STATUS[tab]), isNull(articles.deletedAt)) as SQL;
}

function scopeConditions(query: Pick<NewsroomListQuery, 'sectionId' | 'authorId' | 'q' | 'onlyAuthorId'>): SQL[] {
  const out: SQL[] = [];
  if (query.onlyAuthorId !== undefined) out.push(eq(articles.authorId, query.onlyAuthorId));
  if (query.sectionId !== undefined) out.push(eq(articles.sectionId, query.sectionId));
  if (query.authorId !== undefined) out.push(eq(articles.authorId, query.authorId));
  if (query.q) out.push(ilike(articles.title, containsPattern(query.q)));
  return out;
}

function orderFor(sort: NewsroomSort): SQL[] {
  switch (sort) {
    case 'updated-desc':
      return [desc(articles.updatedAt), desc(articles.id)];
    case 'updated-asc':
      return [asc(articles.updatedAt), asc(articles.id)];
    case 'title-asc':
      return [sql`lower(${articles.title}) asc`, asc(articles.id)];
    case 'title-desc':
      return [sql`lower(${articles.title}) desc`, desc(articles.id)];
    case 'published-desc':
      return [sql`${articles.publishedAt} desc nulls last`, desc(articles.id)];
    case 'scheduled-asc':
      return [sql`${articles.scheduledAt} asc nulls last`, asc(articles.id)];
  }
}

const editors = alias(users, 'last_editor');

/** One page of the newsroom's article list for a status tab, with filters, title search and sort. */
export async function listNewsroomArticles(query: NewsroomListQuery): Promise<Paged<NewsroomRow>> {
  // Shown right after the person's own writes: the replica only once it has them (../replica.ts).
  return readFromCaughtUpReplica(async ({ db }) => {
    const where = and(tabCondition(query.tab), ...scopeConditions(query));
    const [rows, [totals]] = await Promise.all([
      db
        .select({
          id: articles.id,
          title: articles.title,
          slug: articles.slug,
          status: articles.status,
          sectionId: sections.id,
          sectionName: sections.name,
          sectionSlug: sections.slug,
          authorId: users.id,
          authorName: users.name,
          lastEditedBy: editors.name,
          updatedAt: articles.updatedAt,
          publishedAt: articles.publishedAt,
          scheduledAt: articles.scheduledAt,
          deletedAt: articles.deletedAt,
        })
        .from(articles)
        // Drafts without a section yet are listed too.
        .leftJoin(sections, eq(sections.id, articles.sectionId))
        .innerJoin(users, eq(users.id, articles.authorId))
        .leftJoin(editors, eq(editors.id, articles.lastEditedBy))
        .where(where)
        .orderBy(...orderFor(query.sort))
        .limit(query.pageSize)
        .offset(offsetOf(query.page, query.pageSize)),
      db.select({ total: count() }).from(articles).where(where),
    ]);
    const total = totals?.total ?? 0;
    return {
      items: rows.map((r) => ({
        id: r.id,
        title: r.title,
        slug: r.slug,
        status: r.status,
        section: r.sectionId !== null && r.sectionName !== null && r.sectionSlug !== null ? { id: r.sectionId, name: r.sectionName, slug: r.sectionSlug } : null,
        author: { id: r.authorId, name: r.authorName },
        lastEditedBy: r.lastEditedBy,
        updatedAt: r.updatedAt.toISOString(),
        publishedAt: r.publishedAt?.toISOString() ?? null,
        scheduledAt: r.scheduledAt?.toISOString() ?? null,
        deletedAt: r.deletedAt?.toISOString() ?? null,
      })),
      page: query.page,
      pageSize: query.pageSize,
      total,
      pages: pageCount(total, query.pageSize),
    };
  });
}

/** How many articles each tab holds, for the tab labels (one grouped query plus the trash count). */
export async function countNewsroomTabs(onlyAuthorId?: number): Promise<Record<NewsroomTab, number>> {
  return readFromCaughtUpReplica(async ({ db }) => {
    const own = onlyAuthorId === undefined ? [] : [eq(articles.authorId, onlyAuthorId)];
    const [byStatus, [trash]] = await Promise.all([
      db
        .select({ status: articles.status, n: count() })
        .from(articles)
        .where(and(isNull(articles.deletedAt), ...own))
        .groupBy(articles.status),
      db.select({ n: count() }).from(articles).where(and(isNotNull(articles.deletedAt), ...own)),
    ]);
    const n = (status: ArticleStatus) => byStatus.find((r) => r.status === status)?.n ?? 0;
    return {
      drafts: n('draft'),
      pending: n('pending_review'),
      scheduled: n('scheduled'),
      published: n('published'),
      archived: n('archived'),
      trash: trash?.n ?? 0,
    };
  });
}

/** People who have written at least one article, for the author filter. */
export async function listArticleAuthors(): Promise<{ id: number; name: string }[]> {
  return db()
    .selectDistinct({ id: users.id, name: users.name })
    .from(users)
    .innerJoin(articles, eq(articles.authorId, users.id))
    .orderBy(asc(users.name), asc(users.id));
}

export async function listAllTags(): Promise<{ id: number; name: string; slug: string }[]> {
  return db().select({ id: tags.id, name: tags.name, slug: tags.slug }).from(tags).orderBy(asc(tags.name));
}


const pickedColumns = {
  id: media.id,
  storageKey: media.storageKey,
  variants: media.variants,
  alt: media.alt,
  caption: media.caption,
  credit: media.credit,
};

/** A library item in the shape the editor's image fields use. */
export async function getPickedMedia(id: number): Promise<PickedMedia | null> {
  const [row] = await db().select(pickedColumns).from(media).where(eq(media.id, id)).limit(1);
  return row && row.variants.length ? toPickedMedia(row) : null;
}


/** The article's people and places by name, for the editor's header and the history page. */
export async function getArticleContext(id: number) {
  const [row] = await db()
    .select({
      authorName: users.name,
      sectionSlug: sections.slug,
      lastEditedBy: editors.name,
    })
    .from(articles)
    .innerJoin(users, eq(users.id, articles.authorId))
    // Null for a draft without a section yet.
    .leftJoin(sections, eq(sections.id, articles.sectionId))
    .leftJoin(editors, eq(editors.id, articles.lastEditedBy))
    .where(eq(articles.id, id))
    .limit(1);
  return row ?? null;
}

/**
 * An article in any status rendered as readers would see it, for the staff preview. Unlike
 * getPublishedArticle it ignores status and trash, so it must only be reached after a role check.
 */
export function getArticleDetailById(id: number): Promise<ArticleDetail | null> {
  return articleDetail(eq(articles.id, id));
}

/** Whether a slug is used by an article other than `exceptId`. */
export async function isSlugTaken(slug: string, exceptId?: number): Promise<boolean> {
  const where = exceptId === undefined ? eq(articles.slug, slug) : and(eq(articles.slug, slug), ne(articles.id, exceptId));
  const [row] = await db().select({ id: articles.id }).from(articles).where(where).limit(1);
  return Boolean(row);
}

/** Slugs starting with `base` (for picking "base-2", "base-3"… when a generated slug is taken). */
export async function slugsLike(base: string, exceptId?: number): Promise<Set<string>> {
  const pattern = `${escapeLike(base)}%`;
  const where = exceptId === undefined ? sql`${articles.slug} like ${pattern}` : and(sql`${articles.slug} like ${pattern}`, ne(articles.id, exceptId));
  const rows = await db().select({ slug: articles.slug }).from(articles).where(where);
  return new Set(rows.map((r) => r.slug));
}

export async function sectionExists(id: number): Promise<boolean> {
  const [row] = await db().select({ id: sections.id }).from(sections).where(eq(sections.id, id)).limit(1);
  return Boolean(row);
}

export async function existingTagIds(ids: number[]): Promise<number[]> {
  if (!ids.length) return [];
  const rows = await db().select({ id: tags.id }).from(tags).where(inArray(tags.id, ids));
  const found = new Set(rows.map((r) => r.id));
  return ids.filter((id) => found.has(id));
}

export async function mediaExists(id: number): Promise<boolean> {
  const [row] = await db().select({ id: media.id }).from(media).where(eq(media.id, id)).limit(1);
  return Boolean(row);
}

export async function getTagById(id: number): Promise<{ id: number; name: string; slug: string } | null> {
  const [row] = await db().select({ id: tags.id, name: tags.name, slug: tags.slug }).from(tags).where(eq(tags.id, id)).limit(1);
  return row ?? null;
}
