import 'server-only';
import { getArticleDetailById } from '@/db/queries/newsroom-articles';
import { getLatestNewsSidebar, getRelatedArticles } from '@/db/queries/public-articles';
import { canArticle, type StaffUser } from '@/features/auth/permissions';
import { getArticleRow } from '@/db/queries/article-rows';

/**
 * What the preview page renders: the article in any status exactly as readers would get it, with
 * the same sidebar and related stories. Null for people who may not open the article.
 */
export async function loadPreview(staff: StaffUser, id: number) {
  const row = await getArticleRow(id);
  if (!row || !canArticle(staff, 'view', row)) return null;
  const article = await getArticleDetailById(id);
  if (!article) return null;
  const [latest, related] = await Promise.all([getLatestNewsSidebar(id, 6), getRelatedArticles(article, 4)]);
  return { article, latest, related, status: row.status, deleted: row.deletedAt !== null, version: row.version };
}
