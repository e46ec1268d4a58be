import 'server-only';
import { asc, eq, sql } from 'drizzle-orm';
import { db } from '../client';
import { articles, articleTags, sections, tags } from '../schema';

export type SectionAdminRow = {
  id: number;
  name: string;
  slug: string;
  description: string;
  position: number;
  /** Every article filed here, drafts and trash included: any of them blocks deleting the section. */
  articleCount: number;
  publishedCount: number;
};

const sectionCounts = {
  articleCount: sql<number>`(select count(*)::int from ${articles} where ${articles.sectionId} = ${sections.id})`,
  publishedCount: sql<number>`(select count(*)::int from ${articles} where ${articles.sectionId} = ${sections.id} and ${articles.status} = 'published' and ${articles.deletedAt} is null)`,
};

const sectionColumns = {
  id: sections.id,
  name: sections.name,
  slug: sections.slug,
  description: sections.description,
  position: sections.position,
  ...sectionCounts,
};

export async function listSectionsForAdmin(): Promise<SectionAdminRow[]> {
  return db().select(sectionColumns).from(sections).orderBy(asc(sections.position), asc(sections.name), asc(sections.id));
}

export async function getSectionForAdmin(id: number): Promise<SectionAdminRow | null> {
  const [row] = await db().select(sectionColumns).from(sections).where(eq(sections.id, id)).limit(1);
  return row ?? null;
}

export type TagAdminRow = { id: number; name: string; slug: string; articleCount: number; publishedCount: number };

const tagColumns = {
  id: tags.id,
  name: tags.name,
  slug: tags.slug,
  articleCount: sql<number>`(select count(*)::int from ${articleTags} where ${articleTags.tagId} = ${tags.id})`,
  publishedCount: sql<number>`(select count(*)::int from ${articleTags} inner join ${articles} on ${articles.id} = ${articleTags.articleId} where ${articleTags.tagId} = ${tags.id} and ${articles.status} = 'published' and ${articles.deletedAt} is null)`,
};

export async function listTagsForAdmin(): Promise<TagAdminRow[]> {
  return db().select(tagColumns).from(tags).orderBy(asc(sql`lower(${tags.name})`), asc(tags.id));
}

export async function getTagForAdmin(id: number): Promise<TagAdminRow | null> {
  const [row] = await db().select(tagColumns).from(tags).where(eq(tags.id, id)).limit(1);
  return row ?? null;
}
