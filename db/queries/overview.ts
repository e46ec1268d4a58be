import 'server-only';
import { and, asc, desc, eq, isNull, type SQL } from 'drizzle-orm';
import { db } from '../client';
import { articles, sections, users, type ArticleStatus } from '../schema';

export type OverviewItem = {
  id: number;
  title: string;
  status: ArticleStatus;
  authorName: string;
  /** Null for a draft whose section is not chosen yet. */
  sectionName: string | null;
  updatedAt: Date;
  scheduledAt: Date | null;
  publishedAt: Date | null;
};

type Order = 'updated' | 'scheduled' | 'published';

const ORDER: Record<Order, SQL[]> = {
  updated: [desc(articles.updatedAt), desc(articles.id)],
  scheduled: [asc(articles.scheduledAt), asc(articles.id)],
  published: [desc(articles.publishedAt), desc(articles.id)],
};

/**
 * Articles in one status for the dashboard overview, excluding the trash. `authorId` limits the list
 * to one person's articles; callers decide that from the viewer's role.
 */
export async function listArticlesByStatus(status: ArticleStatus, options: { authorId?: number; order: Order; limit: number }): Promise<OverviewItem[]> {
  const conditions = [eq(articles.status, status), isNull(articles.deletedAt)];
  if (options.authorId !== undefined) conditions.push(eq(articles.authorId, options.authorId));
  return db()
    .select({
      id: articles.id,
      title: articles.title,
      status: articles.status,
      authorName: users.name,
      sectionName: sections.name,
      updatedAt: articles.updatedAt,
      scheduledAt: articles.scheduledAt,
      publishedAt: articles.publishedAt,
    })
    .from(articles)
    .innerJoin(users, eq(users.id, articles.authorId))
    .leftJoin(sections, eq(sections.id, articles.sectionId))
    .where(and(...conditions))
    .orderBy(...ORDER[options.order])
    .limit(options.limit);
}
