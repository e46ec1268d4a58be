/**
 * Where an article stands for readers, written once. db/queries/visibility.ts holds the same rule
 * as SQL for queries; everything else asks these functions.
 */
export const ARTICLE_STATUSES = ['draft', 'pending_review', 'scheduled', 'published', 'archived'] as const;
export type ArticleStatus = (typeof ARTICLE_STATUSES)[number];

/** The one status readers see, for the SQL form of the rule. */
export const READER_STATUS = 'published' satisfies ArticleStatus;

type Standing = { status: ArticleStatus; deletedAt: Date | string | null };

/** Readers can see it now: published and not in the trash. */
export function isVisibleToReaders(article: Standing): boolean {
  return article.status === READER_STATUS && article.deletedAt === null;
}

/** Readers see it now or at a set time, so every save must keep it ready to publish. */
export function isLiveBound(article: Standing): boolean {
  return (article.status === 'published' || article.status === 'scheduled') && article.deletedAt === null;
}
