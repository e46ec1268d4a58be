import 'server-only';
import { pageCount } from '@/lib/paging';
import { searchPublishedArticles, type SearchResult } from '@/db/queries/search';
import { parseSearchRequest, SEARCH_PAGE_SIZE, type SearchRequest } from './query';

export type SearchOutcome =
  | { state: 'empty' }
  | { state: 'too-long'; length: number }
  | { state: 'no-words'; q: string }
  | { state: 'results'; q: string; page: number; pages: number; total: number; capped: boolean; items: SearchResult[] };

/** Validates the request and, when it is a real query, fetches one page of published results. */
export async function runSearch(searchParams: Record<string, string | string[] | undefined>): Promise<SearchOutcome> {
  const request: SearchRequest = parseSearchRequest(searchParams);
  if (request.state !== 'ok') return request;
  const { total, capped, items } = await searchPublishedArticles(request.q, request.page, SEARCH_PAGE_SIZE);
  return {
    state: 'results',
    q: request.q,
    page: request.page,
    pages: pageCount(total, SEARCH_PAGE_SIZE),
    total,
    capped,
    items,
  };
}
