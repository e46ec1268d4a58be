import 'server-only';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { expireTags } from '@/lib/cache/expire';
import { tagsForArticleChange, type ArticleFootprint } from '@/lib/cache/tags';
import { sanitizeBody } from '@/lib/rich-text/sanitize';
import { db as defaultDb, type Database } from '../client';
import {
  articleRedirects,
  articleRevisions,
  articles,
  articleTags,
  sections,
  tags,
  users,
  type Article,
  type ArticleStatus,
  type RevisionSnapshot,
} from '../schema';
import { isUniqueViolation, MutationError, VersionConflictError } from './errors';

type Tx = Parameters<Parameters<Database['transaction']>[0]>[0];
type Executor = Database | Tx;

/** Everything an editor sets on an article; status changes go through transitionArticle. */
export type ArticleFields = {
  title: string;
  slug: string;
  standfirst: string;
  body: string;
  /** Null for a draft whose section is not chosen yet; publishing requires one (and a CHECK enforces it). */
  sectionId: number | null;
  authorId: number;
  tagIds: number[];
  heroMediaId: number | null;
  heroAlt: string;
  heroCaption: string;
  heroCredit: string;
  seoTitle: string;
  seoDescription: string;
};

export type SavedArticle = { id: number; version: number; slug: string; status: ArticleStatus; updatedAt: string };

async function footprint(tx: Executor, id: number): Promise<ArticleFootprint | null> {
  const [row] = await tx
    .select({
      id: articles.id,
      slug: articles.slug,
      status: articles.status,
      deletedAt: articles.deletedAt,
      sectionSlug: sections.slug,
      authorSlug: users.slug,
    })
    .from(articles)
    // A draft may have no section yet; it is invisible then, so no section page showed it.
    .leftJoin(sections, eq(sections.id, articles.sectionId))
    .innerJoin(users, eq(users.id, articles.authorId))
    .where(eq(articles.id, id));
  if (!row) return null;
  const tagRows = await tx
    .select({ slug: tags.slug })
    .from(articleTags)
    .innerJoin(tags, eq(tags.id, articleTags.tagId))
    .where(eq(articleTags.articleId, id));
  return {
    id: row.id,
    slug: row.slug,
    visible: row.status === 'published' && row.deletedAt === null,
    sectionSlug: row.sectionSlug ?? '',
    authorSlug: row.authorSlug,
    tagSlugs: tagRows.map((t) => t.slug),
  };
}

function snapshotOf(row: Article, tagIds: number[]): RevisionSnapshot {
  return {
    title: row.title,
    slug: row.slug,
    standfirst: row.standfirst,
    body: row.body,
    sectionId: row.sectionId,
    tagIds,
    heroMediaId: row.heroMediaId,
    heroAlt: row.heroAlt,
    heroCaption: row.heroCaption,
    heroCredit: row.heroCredit,
    seoTitle: row.seoTitle,
    seoDescription: row.seoDescription,
    status: row.status,
    scheduledAt: row.scheduledAt?.toISOString() ?? null,
  };
}

async function writeTags(tx: Tx, articleId: number, tagIds: number[]) {
  await tx.delete(articleTags).where(eq(articleTags.articleId, articleId));
  const unique = [...new Set(tagIds)];
  if (unique.length) {
    await tx.insert(articleTags).values(unique.map((tagId, position) => ({ articleId, tagId, position })));
  }
  return unique;
}

async function writeRevision(tx: Tx, row: Article, tagIds: number[], editorId: number | null, note: string) {
  await tx.insert(articleRevisions).values({
    articleId: row.id,
    version: row.version,
    editorId,
    snapshot: snapshotOf(row, tagIds),
    note,
  });
}

async function currentTagIds(tx: Executor, articleId: number): Promise<number[]> {
  const rows = await tx
    .select({ tagId: articleTags.tagId })
    .from(articleTags)
    .where(eq(articleTags.articleId, articleId))
    .orderBy(asc(articleTags.position));
  return rows.map((r) => r.tagId);
}

/** Locks the row and checks the caller saw the latest version; a stale version is a conflict, never an overwrite. */
async function lockForUpdate(tx: Tx, id: number, expectedVersion: number | undefined): Promise<Article> {
  const [row] = await tx.select().from(articles).where(eq(articles.id, id)).for('update');
  if (!row) throw new MutationError('This article no longer exists.', 'not_found');
  if (expectedVersion !== undefined && row.version !== expectedVersion) {
    const [editor] = row.lastEditedBy
      ? await tx.select({ name: users.name }).from(users).where(eq(users.id, row.lastEditedBy))
      : [];
    throw new VersionConflictError({
      currentVersion: row.version,
      savedAt: row.updatedAt.toISOString(),
      savedBy: editor?.name ?? null,
    });
  }
  return row;
}

function slugTaken(): MutationError {
  return new MutationError('Another article already uses this slug. Choose a different one.', 'slug_taken', 'slug');
}

function cleanFields(fields: ArticleFields) {
  return { ...fields, body: sanitizeBody(fields.body) };
}

/** Creates a draft (version 1) and its first revision. */
export async function createArticle(
  fields: ArticleFields,
  editorId: number | null,
  database: Database = defaultDb(),
): Promise<SavedArticle> {
  const { tagIds, ...values } = cleanFields(fields);
  try {
    const saved = await database.transaction(async (tx) => {
      // A new article may take a slug that used to redirect elsewhere: the live article wins.
      await tx.delete(articleRedirects).where(eq(articleRedirects.oldSlug, values.slug));
      const [row] = await tx
        .insert(articles)
        .values({ ...values, status: 'draft', version: 1, lastEditedBy: editorId })
        .returning();
      if (!row) throw new Error('insert returned no row');
      const ids = await writeTags(tx, row.id, tagIds);
      await writeRevision(tx, row, ids, editorId, 'Created');
      return row;
    });
    await expireTags(tagsForArticleChange(null, await footprint(database, saved.id)));
    return { id: saved.id, version: saved.version, slug: saved.slug, status: saved.status, updatedAt: saved.updatedAt.toISOString() };
  } catch (error) {
    if (isUniqueViolation(error, 'articles_slug_key')) throw slugTaken();
    throw error;
  }
}

/**
 * Saves an edit made from `expectedVersion`. Exactly one of several concurrent saves from the same
 * version wins; the others get a VersionConflictError naming who saved and when.
 */
export async function updateArticle(
  id: number,
  expectedVersion: number,
  fields: ArticleFields,
  editorId: number | null,
  database: Database = defaultDb(),
  // What the revision list says about this save, e.g. "Restored version 3".
  note = 'Edited',
): Promise<SavedArticle> {
  const { tagIds, ...values } = cleanFields(fields);
  let before: ArticleFootprint | null = null;
  try {
    const saved = await database.transaction(async (tx) => {
      const current = await lockForUpdate(tx, id, expectedVersion);
      before = await footprint(tx, id);
      if (values.slug !== current.slug) {
        await tx.delete(articleRedirects).where(eq(articleRedirects.oldSlug, values.slug));
        // Once an article has been public its URL may be bookmarked or indexed: keep it answering.
        if (current.publishedAt) {
          await tx
            .insert(articleRedirects)
            .values({ oldSlug: current.slug, articleId: id })
            .onConflictDoUpdate({ target: articleRedirects.oldSlug, set: { articleId: id } });
        }
      }
      const [row] = await tx
        .update(articles)
        .set({ ...values, version: sql`${articles.version} + 1`, updatedAt: sql`now()`, lastEditedBy: editorId })
        .where(and(eq(articles.id, id), eq(articles.version, expectedVersion)))
        .returning();
      if (!row) throw new Error('version check passed under lock but update matched no row');
      const ids = await writeTags(tx, id, tagIds);
      await writeRevision(tx, row, ids, editorId, note);
      return row;
    });
    await expireTags(tagsForArticleChange(before, await footprint(database, id)));
    return { id, version: saved.version, slug: saved.slug, status: saved.status, updatedAt: saved.updatedAt.toISOString() };
  } catch (error) {
    if (isUniqueViolation(error, 'articles_slug_key')) throw slugTaken();
    throw error;
  }
}

export type Transition =
  | { to: 'published'; publishedAt?: Date }
  | { to: 'scheduled'; at: Date }
  | { to: 'draft' }
  | { to: 'pending_review' }
  | { to: 'archived' };

const NOTES: Record<Transition['to'], string> = {
  published: 'Published',
  scheduled: 'Scheduled',
  draft: 'Moved to drafts',
  pending_review: 'Submitted for review',
  archived: 'Archived',
};

/**
 * Moves an article between statuses, as a new version with its own revision. Publishing keeps the
 * first publish time, so republishing a correction does not make an old story look new.
 */
export async function transitionArticle(
  id: number,
  transition: Transition,
  options: { expectedVersion?: number; editorId: number | null },
  database: Database = defaultDb(),
): Promise<SavedArticle> {
  let before: ArticleFootprint | null = null;
  const saved = await database.transaction(async (tx) => {
    const current = await lockForUpdate(tx, id, options.expectedVersion);
    before = await footprint(tx, id);
    const set: Partial<typeof articles.$inferInsert> = { status: transition.to, scheduledAt: null };
    if (transition.to === 'published') {
      set.publishedAt = current.publishedAt ?? transition.publishedAt ?? new Date();
    }
    if (transition.to === 'scheduled') set.scheduledAt = transition.at;
    const [row] = await tx
      .update(articles)
      .set({ ...set, version: sql`${articles.version} + 1`, updatedAt: sql`now()`, lastEditedBy: options.editorId })
      .where(eq(articles.id, id))
      .returning();
    if (!row) throw new Error('update under lock matched no row');
    await writeRevision(tx, row, await currentTagIds(tx, id), options.editorId, NOTES[transition.to]);
    return row;
  });
  await expireTags(tagsForArticleChange(before, await footprint(database, id)));
  return { id, version: saved.version, slug: saved.slug, status: saved.status, updatedAt: saved.updatedAt.toISOString() };
}

/**
 * Moves an article to the trash (or back). Trashed articles vanish from every public page but keep
 * their row, revisions and status, so an editor can restore them exactly as they were.
 */
export async function setArticleTrashed(
  id: number,
  trashed: boolean,
  options: { expectedVersion?: number; editorId: number | null },
  database: Database = defaultDb(),
): Promise<SavedArticle> {
  let before: ArticleFootprint | null = null;
  const saved = await database.transaction(async (tx) => {
    await lockForUpdate(tx, id, options.expectedVersion);
    before = await footprint(tx, id);
    const [row] = await tx
      .update(articles)
      .set({
        deletedAt: trashed ? sql`now()` : null,
        version: sql`${articles.version} + 1`,
        updatedAt: sql`now()`,
        lastEditedBy: options.editorId,
      })
      .where(eq(articles.id, id))
      .returning();
    if (!row) throw new Error('update under lock matched no row');
    await writeRevision(tx, row, await currentTagIds(tx, id), options.editorId, trashed ? 'Moved to trash' : 'Restored from trash');
    return row;
  });
  await expireTags(tagsForArticleChange(before, await footprint(database, id)));
  return { id, version: saved.version, slug: saved.slug, status: saved.status, updatedAt: saved.updatedAt.toISOString() };
}

/**
 * Publishes every scheduled article whose time has come, each exactly once: rows are claimed with
 * FOR UPDATE SKIP LOCKED inside one transaction, so overlapping runs (two timers, two instances, a
 * restart) never publish the same article twice. Returns the published ids.
 */
export async function publishDueArticles(now: Date = new Date(), database: Database = defaultDb()): Promise<number[]> {
  const befores: ArticleFootprint[] = [];
  const published = await database.transaction(async (tx) => {
    const due = await tx
      .select({ id: articles.id })
      .from(articles)
      .where(and(eq(articles.status, 'scheduled'), sql`${articles.deletedAt} is null`, sql`${articles.scheduledAt} <= ${now.toISOString()}::timestamptz`))
      .orderBy(asc(articles.scheduledAt))
      .limit(100)
      .for('update', { skipLocked: true });
    const ids: number[] = [];
    for (const { id } of due) {
      const before = await footprint(tx, id);
      if (before) befores.push(before);
      const [row] = await tx
        .update(articles)
        .set({
          status: 'published',
          publishedAt: sql`coalesce(${articles.publishedAt}, ${articles.scheduledAt})`,
          scheduledAt: null,
          version: sql`${articles.version} + 1`,
          updatedAt: sql`now()`,
        })
        .where(and(eq(articles.id, id), eq(articles.status, 'scheduled')))
        .returning();
      if (!row) continue;
      await writeRevision(tx, row, await currentTagIds(tx, id), null, 'Published on schedule');
      ids.push(id);
    }
    return ids;
  });
  const tags: string[] = [];
  for (const before of befores) tags.push(...tagsForArticleChange(before, await footprint(database, before.id)));
  await expireTags(tags);
  return published;
}

/** Deletes an article for good, with its revisions, tags and redirects. Only for the trash's purge. */
export async function purgeArticle(id: number, database: Database = defaultDb()): Promise<void> {
  const before = await footprint(database, id);
  if (!before) return;
  await database.delete(articles).where(eq(articles.id, id));
  await expireTags(tagsForArticleChange(before, null));
}

/** For seed and imports: ids of existing articles by slug. */
export async function articleIdsBySlug(slugs: string[], database: Database = defaultDb()): Promise<Map<string, number>> {
  if (!slugs.length) return new Map();
  const rows = await database.select({ id: articles.id, slug: articles.slug }).from(articles).where(inArray(articles.slug, slugs));
  return new Map(rows.map((r) => [r.slug, r.id]));
}
