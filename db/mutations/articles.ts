import 'server-only';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { ArticleContent } from '@/lib/articles/content';
import { changeOf, mergeChanges, type Change } from '@/lib/changes/change';
import { tagsForArticleChange } from '@/lib/changes/tags';
import { db as defaultDb, type Executor } from '../client';
import { articleRedirects, articles, auditLog, type ArticleStatus } from '../schema';
import {
  articleChange,
  cleanFields,
  currentTagIds,
  footprint,
  lockForUpdate,
  NOTES,
  saved,
  slugTaken,
  statusColumns,
  writeRevision,
  writeTags,
  type Transition,
} from './article-records';
import { isUniqueViolation } from './errors';

export type { Transition } from './article-records';

/** Everything an editor sets on an article (lib/articles/content.ts) and whose byline it carries. A draft may have no section yet; publishing requires one (and a CHECK enforces it). */
export type ArticleFields = ArticleContent & { authorId: number };

export type SavedArticle = { id: number; version: number; slug: string; status: ArticleStatus; updatedAt: string };
/** A write's result and what readers can see of it, for the change pipeline. */
type ArticleWrite = SavedArticle & { change: Change };

/** Who made the change and what the revision list says about it. */
type WriteOptions = { editorId: number | null; note?: string; transition?: Transition };

/**
 * Creates an article (version 1) and its first revision: a draft, or — with a transition — already
 * submitted, scheduled or published, still as one version and one revision.
 */
export async function createArticle(fields: ArticleFields, options: WriteOptions, database: Executor = defaultDb()): Promise<ArticleWrite> {
  const { tagIds, ...values } = cleanFields(fields);
  const { transition } = options;
  try {
    return await database.transaction(async (tx) => {
      // A new article may take a slug that used to redirect elsewhere: the live article wins.
      await tx.delete(articleRedirects).where(eq(articleRedirects.oldSlug, values.slug));
      const [row] = await tx
        .insert(articles)
        .values({ ...values, status: 'draft', ...(transition ? statusColumns(transition, null) : {}), version: 1, lastEditedBy: options.editorId })
        .returning();
      if (!row) throw new Error('insert returned no row');
      const ids = await writeTags(tx, row.id, tagIds);
      await writeRevision(tx, row, ids, options.editorId, options.note ?? (transition ? NOTES[transition.to] : 'Created'));
      return { ...saved(row), change: await articleChange(tx, null, row.id, `article ${row.id} created`) };
    });
  } catch (error) {
    if (isUniqueViolation(error, 'articles_slug_key')) throw slugTaken();
    throw error;
  }
}

/**
 * Saves an edit made from `expectedVersion` (with a transition: the edit and the status change as
 * one version). Exactly one of several concurrent saves from the same version wins; the others get
 * a VersionConflictError naming who saved and when.
 */
export async function updateArticle(
  id: number,
  expectedVersion: number,
  fields: ArticleFields,
  options: WriteOptions,
  database: Executor = defaultDb(),
): Promise<ArticleWrite> {
  const { tagIds, ...values } = cleanFields(fields);
  const { transition } = options;
  try {
    return await database.transaction(async (tx) => {
      const current = await lockForUpdate(tx, id, expectedVersion);
      const before = await footprint(tx, id);
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
        .set({
          ...values,
          ...(transition ? statusColumns(transition, current.publishedAt) : {}),
          version: sql`${articles.version} + 1`,
          updatedAt: sql`now()`,
          lastEditedBy: options.editorId,
        })
        .where(and(eq(articles.id, id), eq(articles.version, expectedVersion)))
        .returning();
      if (!row) throw new Error('version check passed under lock but update matched no row');
      const ids = await writeTags(tx, id, tagIds);
      await writeRevision(tx, row, ids, options.editorId, options.note ?? (transition ? NOTES[transition.to] : 'Edited'));
      return { ...saved(row), change: await articleChange(tx, before, id, `article ${id} ${transition ? NOTES[transition.to].toLowerCase() : 'edited'}`) };
    });
  } catch (error) {
    if (isUniqueViolation(error, 'articles_slug_key')) throw slugTaken();
    throw error;
  }
}

/** Moves an article between statuses, as a new version with its own revision. */
export async function transitionArticle(
  id: number,
  transition: Transition,
  options: { expectedVersion?: number; editorId: number | null },
  database: Executor = defaultDb(),
): Promise<ArticleWrite> {
  return database.transaction(async (tx) => {
    const current = await lockForUpdate(tx, id, options.expectedVersion);
    const before = await footprint(tx, id);
    const [row] = await tx
      .update(articles)
      .set({ ...statusColumns(transition, current.publishedAt), version: sql`${articles.version} + 1`, updatedAt: sql`now()`, lastEditedBy: options.editorId })
      .where(eq(articles.id, id))
      .returning();
    if (!row) throw new Error('update under lock matched no row');
    await writeRevision(tx, row, await currentTagIds(tx, id), options.editorId, NOTES[transition.to]);
    return { ...saved(row), change: await articleChange(tx, before, id, `article ${id} ${NOTES[transition.to].toLowerCase()}`) };
  });
}

/**
 * Moves an article to the trash (or back). Trashed articles vanish from every public page but keep
 * their row, revisions and status, so an editor can restore them exactly as they were.
 */
export async function setArticleTrashed(
  id: number,
  trashed: boolean,
  options: { expectedVersion?: number; editorId: number | null },
  database: Executor = defaultDb(),
): Promise<ArticleWrite> {
  return database.transaction(async (tx) => {
    await lockForUpdate(tx, id, options.expectedVersion);
    const before = await footprint(tx, id);
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
    const note = trashed ? 'Moved to trash' : 'Restored from trash';
    await writeRevision(tx, row, await currentTagIds(tx, id), options.editorId, note);
    return { ...saved(row), change: await articleChange(tx, before, id, `article ${id} ${note.toLowerCase()}`) };
  });
}

/**
 * Publishes every scheduled article whose time has come, each exactly once: rows are claimed with
 * FOR UPDATE SKIP LOCKED inside one transaction, so overlapping runs (two timers, two instances, a
 * restart) never publish the same article twice. Each publish is audited in the same transaction.
 */
export async function publishDueArticles(now: Date = new Date(), database: Executor = defaultDb()): Promise<{ ids: number[]; change: Change }> {
  return database.transaction(async (tx) => {
    const due = await tx
      .select({ id: articles.id })
      .from(articles)
      .where(and(eq(articles.status, 'scheduled'), sql`${articles.deletedAt} is null`, sql`${articles.scheduledAt} <= ${now.toISOString()}::timestamptz`))
      .orderBy(asc(articles.scheduledAt))
      .limit(100)
      .for('update', { skipLocked: true });
    const ids: number[] = [];
    const changes: Change[] = [];
    for (const { id } of due) {
      const before = await footprint(tx, id);
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
      await tx.insert(auditLog).values({ actorId: null, action: 'article.scheduled_publish', targetType: 'article', targetId: String(id), ip: '', details: {} });
      changes.push(await articleChange(tx, before, id, `article ${id} published on schedule`));
      ids.push(id);
    }
    return { ids, change: mergeChanges(...changes) };
  });
}

/** Deletes an article for good, with its revisions, tags and redirects. Only for the trash's purge. */
export async function purgeArticle(id: number, database: Executor = defaultDb()): Promise<{ change: Change }> {
  return database.transaction(async (tx) => {
    const before = await footprint(tx, id);
    if (!before) return { change: changeOf([], `article ${id} already gone`) };
    await tx.delete(articles).where(eq(articles.id, id));
    return { change: changeOf(tagsForArticleChange(before, null), `article ${id} deleted`) };
  });
}

/** For seed and imports: ids of existing articles by slug. */
export async function articleIdsBySlug(slugs: string[], database: Executor = defaultDb()): Promise<Map<string, number>> {
  if (!slugs.length) return new Map();
  const rows = await database.select({ id: articles.id, slug: articles.slug }).from(articles).where(inArray(articles.slug, slugs));
  return new Map(rows.map((r) => [r.slug, r.id]));
}
