import 'server-only';
import { asc, eq } from 'drizzle-orm';
import { pickContent } from '@/lib/articles/content';
import { db } from '../client';
import type { ArticleFields } from '../mutations/articles';
import { articles, articleTags, type Article } from '../schema';

export type EditableArticle = Article & { fields: ArticleFields };

/**
 * An article in any status, with the exact fields a save sends back. Unauthorized callers must
 * never reach this: the newsroom's data functions check the session and role before calling it.
 */
export async function getArticleRow(id: number): Promise<EditableArticle | null> {
  const [row] = await db().select().from(articles).where(eq(articles.id, id));
  if (!row) return null;
  const tagRows = await db()
    .select({ tagId: articleTags.tagId })
    .from(articleTags)
    .where(eq(articleTags.articleId, id))
    .orderBy(asc(articleTags.position));
  return { ...row, fields: { ...pickContent({ ...row, tagIds: tagRows.map((t) => t.tagId) }), authorId: row.authorId } };
}
