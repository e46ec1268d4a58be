import 'server-only';
import { asc, eq, sql, type SQL } from 'drizzle-orm';
import { db } from '../client';
import { articles, articleTags, sections, tags } from '../schema';
import { visibleToReaders } from './visibility';

// Written as joins with GROUP BY rather than correlated subqueries: in a single-table select
// drizzle leaves column names unqualified, which inside a subquery would bind to the inner table.
const published = visibleToReaders;
const articleCount = sql<number>`count(${articles.id})::int`;
const publishedCount = sql<number>`(count(${articles.id}) filter (where ${published}))::int`;

type SectionAdminRow = {
  id: number;
  name: string;
  slug: string;
  description: string;
  position: number;
  /** Every article filed here, drafts and trash included: any of them blocks deleting the section. */
  articleCount: number;
  publishedCount: number;
};

function sectionsWithCounts(where?: SQL) {
  return db()
    .select({
      id: sections.id,
      name: sections.name,
      slug: sections.slug,
      description: sections.description,
      position: sections.position,
      articleCount,
      publishedCount,
    })
    .from(sections)
    .leftJoin(articles, eq(articles.sectionId, sections.id))
    .where(where)
    .groupBy(sections.id)
    .orderBy(asc(sections.position), asc(sections.name), asc(sections.id));
}

export async function listSectionsForAdmin(): Promise<SectionAdminRow[]> {
  return sectionsWithCounts();
}

export async function getSectionForAdmin(id: number): Promise<SectionAdminRow | null> {
  const [row] = await sectionsWithCounts(eq(sections.id, id));
  return row ?? null;
}

type TagAdminRow = { id: number; name: string; slug: string; articleCount: number; publishedCount: number };

function tagsWithCounts(where?: SQL) {
  return db()
    .select({ id: tags.id, name: tags.name, slug: tags.slug, articleCount, publishedCount })
    .from(tags)
    .leftJoin(articleTags, eq(articleTags.tagId, tags.id))
    .leftJoin(articles, eq(articles.id, articleTags.articleId))
    .where(where)
    .groupBy(tags.id)
    .orderBy(asc(sql`lower(${tags.name})`), asc(tags.id));
}

export async function listTagsForAdmin(): Promise<TagAdminRow[]> {
  return tagsWithCounts();
}

export async function getTagForAdmin(id: number): Promise<TagAdminRow | null> {
  const [row] = await tagsWithCounts(eq(tags.id, id));
  return row ?? null;
}
