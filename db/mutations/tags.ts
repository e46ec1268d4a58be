import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import { changeOf, type Change } from '@/lib/changes/change';
import { TAG } from '@/lib/changes/tags';
import { db as defaultDb, type Executor } from '../client';
import { visibleToReaders } from '../queries/visibility';
import { articles, articleTags, tags } from '../schema';
import type { Actor } from './staff-admin';
import { recordAudit } from './audit';
import { FieldErrors, fieldError, NotFoundError } from '@/lib/errors';
import { isUniqueViolation } from './errors';

function slugTaken(): FieldErrors {
  return fieldError('slug', 'Another tag already uses this address. Choose a different slug, or merge the two tags.');
}

/** Published stories carrying the tag: their pages list the tag by name. */
async function publishedArticleIds(tx: Executor, tagId: number): Promise<number[]> {
  const rows = await tx
    .select({ id: articles.id })
    .from(articleTags)
    .innerJoin(articles, eq(articles.id, articleTags.articleId))
    .where(and(eq(articleTags.tagId, tagId), visibleToReaders));
  return rows.map((r) => r.id);
}

async function lockTag(tx: Executor, id: number) {
  const [row] = await tx.select().from(tags).where(eq(tags.id, id)).for('update');
  if (!row) throw new NotFoundError('This tag no longer exists.');
  return row;
}

export async function createTag(fields: { name: string; slug: string }, database: Executor = defaultDb()): Promise<{ id: number; change: Change }> {
  try {
    const [row] = await database.insert(tags).values(fields).returning({ id: tags.id });
    if (!row) throw new Error('tag insert returned no row');
    // A cached 404 for /tag/<slug> becomes the (empty) tag page.
    return { id: row.id, change: changeOf([TAG.tag(fields.slug)], `tag ${fields.slug} created`) };
  } catch (error) {
    if (isUniqueViolation(error, 'tags_slug_key')) throw slugTaken();
    throw error;
  }
}

/** Renames a tag; its address stays, so links and search results keep working. */
export async function renameTag(id: number, name: string, database: Executor = defaultDb()): Promise<{ change: Change }> {
  const { slug, ids } = await database.transaction(async (tx) => {
    const current = await lockTag(tx, id);
    await tx.update(tags).set({ name }).where(eq(tags.id, id));
    return { slug: current.slug, ids: await publishedArticleIds(tx, id) };
  });
  return { change: changeOf([TAG.tag(slug), TAG.feed, ...ids.map(TAG.article)], `tag ${slug} renamed`) };
}

/** Deletes a tag and takes it off every article; the articles themselves are untouched. */
export async function deleteTag(id: number, actor: Actor, database: Executor = defaultDb()): Promise<{ change: Change }> {
  const { slug, ids } = await database.transaction(async (tx) => {
    const current = await lockTag(tx, id);
    const published = await publishedArticleIds(tx, id);
    await tx.delete(tags).where(eq(tags.id, id));
    await recordAudit(
      { actorId: actor.id, action: 'tag.delete', targetType: 'tag', targetId: id, ip: actor.ip, details: { name: current.name, slug: current.slug } },
      tx,
    );
    return { slug: current.slug, ids: published };
  });
  return { change: changeOf([TAG.tag(slug), TAG.feed, ...ids.map(TAG.article)], `tag ${slug} deleted`) };
}

/**
 * Folds one tag into another: every article tagged `sourceId` gets `targetId` (keeping its place
 * in the article's tag order), then the source tag is deleted.
 */
export async function mergeTags(sourceId: number, targetId: number, actor: Actor, database: Executor = defaultDb()): Promise<{ moved: number; change: Change }> {
  if (sourceId === targetId) throw fieldError('targetId', 'Choose a different tag to merge into.');
  const outcome = await database.transaction(async (tx) => {
    // Lock in id order so two opposite merges cannot deadlock.
    const [first, second] = sourceId < targetId ? [sourceId, targetId] : [targetId, sourceId];
    const a = await lockTag(tx, first);
    const b = await lockTag(tx, second);
    const source = a.id === sourceId ? a : b;
    const target = a.id === targetId ? a : b;
    const published = await publishedArticleIds(tx, sourceId);
    const moved = await tx.execute(sql`
      insert into ${articleTags} (article_id, tag_id, position)
      select article_id, ${targetId}, position from ${articleTags} where tag_id = ${sourceId}
      on conflict do nothing`);
    await tx.delete(tags).where(eq(tags.id, sourceId));
    await recordAudit(
      {
        actorId: actor.id,
        action: 'tag.merge',
        targetType: 'tag',
        targetId,
        ip: actor.ip,
        details: { from: source.slug, into: target.slug },
      },
      tx,
    );
    return { sourceSlug: source.slug, targetSlug: target.slug, published, moved: moved.rowCount ?? 0 };
  });
  const expired = [TAG.tag(outcome.sourceSlug), TAG.tag(outcome.targetSlug), TAG.feed, ...outcome.published.map(TAG.article)];
  return { moved: outcome.moved, change: changeOf(expired, `tag ${outcome.sourceSlug} merged into ${outcome.targetSlug}`) };
}
