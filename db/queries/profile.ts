import 'server-only';
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { ArticleFootprint } from '@/lib/changes/tags';
import { db as defaultDb, type Executor } from '../client';
import { articles, articleTags, media, sections, tags, users, type MediaVariant } from '../schema';
import { visibleToReaders } from './visibility';

type OwnProfile = { id: number; name: string; slug: string; email: string; bio: string; avatarMediaId: number | null };

export async function getOwnProfile(userId: number): Promise<OwnProfile | null> {
  const [row] = await defaultDb()
    .select({ id: users.id, name: users.name, slug: users.slug, email: users.email, bio: users.bio, avatarMediaId: users.avatarMediaId })
    .from(users)
    .where(eq(users.id, userId))
    .limit(1);
  return row ?? null;
}

export type AvatarChoice = { id: number; storageKey: string; variants: MediaVariant[]; alt: string; originalName: string };

/** The newest images in the media library, offered as profile pictures. */
export async function listAvatarChoices(limit: number): Promise<AvatarChoice[]> {
  return defaultDb()
    .select({ id: media.id, storageKey: media.storageKey, variants: media.variants, alt: media.alt, originalName: media.originalName })
    .from(media)
    .orderBy(desc(media.createdAt), desc(media.id))
    .limit(limit);
}

export async function getAvatarChoice(id: number): Promise<AvatarChoice | null> {
  const [row] = await defaultDb()
    .select({ id: media.id, storageKey: media.storageKey, variants: media.variants, alt: media.alt, originalName: media.originalName })
    .from(media)
    .where(eq(media.id, id))
    .limit(1);
  return row ?? null;
}

/**
 * What readers can see of each published story by this author: the byline appears on article
 * pages, cards on listings, feeds and structured data, so all of those pages show the name.
 */
export async function publishedFootprintsByAuthor(authorId: number, database: Executor = defaultDb()): Promise<ArticleFootprint[]> {
  const rows = await database
    .select({ id: articles.id, slug: articles.slug, sectionSlug: sections.slug, authorSlug: users.slug, publishedAt: articles.publishedAt })
    .from(articles)
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .innerJoin(users, eq(users.id, articles.authorId))
    .where(and(eq(articles.authorId, authorId), visibleToReaders))
    .orderBy(asc(articles.id));
  if (!rows.length) return [];
  const tagRows = await database
    .select({ articleId: articleTags.articleId, slug: tags.slug })
    .from(articleTags)
    .innerJoin(tags, eq(tags.id, articleTags.tagId))
    .where(
      inArray(
        articleTags.articleId,
        rows.map((r) => r.id),
      ),
    );
  return rows.map((r) => ({
    ...r,
    publishedAt: r.publishedAt?.toISOString() ?? null,
    visible: true,
    tagSlugs: tagRows.filter((t) => t.articleId === r.id).map((t) => t.slug),
  }));
}
