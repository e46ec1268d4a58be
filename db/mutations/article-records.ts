import 'server-only';
import { asc, eq } from 'drizzle-orm';
import { pickContent } from '@/lib/articles/content';
import { isVisibleToReaders } from '@/lib/articles/visibility';
import { changeOf, type Change } from '@/lib/changes/change';
import { tagsForArticleChange, type ArticleFootprint } from '@/lib/changes/tags';
import { sanitizeBody } from '@/lib/rich-text/sanitize';
import type { Executor } from '../client';
import { articleRevisions, articles, articleTags, sections, tags, users, type Article, type RevisionSnapshot } from '../schema';
import type { ArticleFields, SavedArticle } from './articles';
import { FieldErrors, fieldError, NotFoundError, VersionConflictError } from '@/lib/errors';

// The pieces every article write is made of (footprints, revisions, tags, locking); the writes
// themselves are in ./articles.ts.

export type Transition =
  | { to: 'published'; publishedAt?: Date }
  | { to: 'scheduled'; at: Date }
  | { to: 'draft' }
  | { to: 'pending_review' }
  | { to: 'archived' };

/** What the revision list says about each status change. */
export const NOTES: Record<Transition['to'], string> = {
  published: 'Published',
  scheduled: 'Scheduled',
  draft: 'Moved to drafts',
  pending_review: 'Submitted for review',
  archived: 'Archived',
};

export async function footprint(tx: Executor, id: number): Promise<ArticleFootprint | null> {
  const [row] = await tx
    .select({
      id: articles.id,
      slug: articles.slug,
      status: articles.status,
      deletedAt: articles.deletedAt,
      publishedAt: articles.publishedAt,
      sectionSlug: sections.slug,
      authorSlug: users.slug,
    })
    .from(articles)
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
    visible: isVisibleToReaders(row),
    // A story without a section is never visible, so the empty slug never becomes a tag.
    sectionSlug: row.sectionSlug ?? '',
    authorSlug: row.authorSlug,
    tagSlugs: tagRows.map((t) => t.slug),
    publishedAt: row.publishedAt?.toISOString() ?? null,
  };
}

function snapshotOf(row: Article, tagIds: number[]): RevisionSnapshot {
  return { ...pickContent({ ...row, tagIds }), status: row.status, scheduledAt: row.scheduledAt?.toISOString() ?? null };
}

export async function writeTags(tx: Executor, articleId: number, tagIds: number[]) {
  await tx.delete(articleTags).where(eq(articleTags.articleId, articleId));
  const unique = [...new Set(tagIds)];
  if (unique.length) {
    await tx.insert(articleTags).values(unique.map((tagId, position) => ({ articleId, tagId, position })));
  }
  return unique;
}

export async function writeRevision(tx: Executor, row: Article, tagIds: number[], editorId: number | null, note: string) {
  await tx.insert(articleRevisions).values({
    articleId: row.id,
    version: row.version,
    editorId,
    snapshot: snapshotOf(row, tagIds),
    note,
  });
}

export async function currentTagIds(tx: Executor, articleId: number): Promise<number[]> {
  const rows = await tx
    .select({ tagId: articleTags.tagId })
    .from(articleTags)
    .where(eq(articleTags.articleId, articleId))
    .orderBy(asc(articleTags.position));
  return rows.map((r) => r.tagId);
}

/** Locks the row and checks the caller saw the latest version; a stale version is a conflict, never an overwrite. */
export async function lockForUpdate(tx: Executor, id: number, expectedVersion: number | undefined): Promise<Article> {
  const [row] = await tx.select().from(articles).where(eq(articles.id, id)).for('update');
  if (!row) throw new NotFoundError('This article no longer exists.');
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

export function slugTaken(): FieldErrors {
  return fieldError('slug', 'Another article already uses this slug. Choose a different one.');
}

export function cleanFields(fields: ArticleFields) {
  return { ...fields, body: sanitizeBody(fields.body) };
}

export function saved(row: Article): SavedArticle {
  return { id: row.id, version: row.version, slug: row.slug, status: row.status, updatedAt: row.updatedAt.toISOString() };
}

export async function articleChange(tx: Executor, before: ArticleFootprint | null, id: number, reason: string): Promise<Change> {
  return changeOf(tagsForArticleChange(before, await footprint(tx, id)), reason);
}

/** The columns a status change sets. Publishing keeps the first publish time, so a correction does not make an old story look new. */
export function statusColumns(transition: Transition, firstPublishedAt: Date | null): Partial<typeof articles.$inferInsert> {
  const set: Partial<typeof articles.$inferInsert> = { status: transition.to, scheduledAt: null };
  if (transition.to === 'published') set.publishedAt = firstPublishedAt ?? transition.publishedAt ?? new Date();
  if (transition.to === 'scheduled') set.scheduledAt = transition.at;
  return set;
}

