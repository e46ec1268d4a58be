import type { ListParams } from '@/features/articles/list';

/** The list page's URL for `params`, leaving defaults out so links stay short and shareable. */
export function listHref(params: Partial<ListParams> & { tab: ListParams['tab'] }, keep: Partial<ListParams> = {}): string {
  const merged = { ...keep, ...params };
  const search = new URLSearchParams();
  if (merged.tab !== 'drafts') search.set('tab', merged.tab);
  if (merged.q) search.set('q', merged.q);
  if (merged.sectionId) search.set('section', String(merged.sectionId));
  if (merged.authorId) search.set('author', String(merged.authorId));
  if (merged.sort) search.set('sort', merged.sort);
  if (merged.page && merged.page > 1) search.set('page', String(merged.page));
  const query = search.toString();
  return query ? `/dashboard/articles?${query}` : '/dashboard/articles';
}
