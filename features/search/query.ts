import { z } from 'zod';

/** Longer queries are refused with a message: nobody types more, and tsquery work grows with length. */
export const MAX_QUERY_LENGTH = 200;
export const SEARCH_PAGE_SIZE = 10;
const MAX_PAGE = 1000;

export type SearchRequest =
  | { state: 'empty' }
  | { state: 'too-long'; length: number }
  | { state: 'no-words'; q: string }
  | { state: 'ok'; q: string; page: number };

const params = z
  .object({
    q: z.string().max(100_000).optional(),
    page: z.string().max(20).optional(),
  })
  .strict();

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

// Control characters (NUL would make PostgreSQL reject the text) and our highlight sentinels.
const UNWANTED = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uE000\uE001]/g;

/**
 * Reads ?q= and ?page= from a search URL. Anything else in the query string (tracking
 * parameters, say) is ignored; an over-long or wordless query gets its own state so the page can
 * say what is wrong instead of failing.
 */
export function parseSearchRequest(searchParams: Record<string, string | string[] | undefined>): SearchRequest {
  const parsed = params.safeParse({ q: first(searchParams.q), page: first(searchParams.page) });
  if (!parsed.success) return { state: 'too-long', length: (first(searchParams.q) ?? '').length };
  const q = (parsed.data.q ?? '').replace(UNWANTED, ' ').replace(/\s+/g, ' ').trim();
  if (q === '') return { state: 'empty' };
  const length = [...q].length;
  if (length > MAX_QUERY_LENGTH) return { state: 'too-long', length };
  // websearch_to_tsquery needs at least one letter or digit to find anything.
  if (!/[\p{L}\p{N}]/u.test(q)) return { state: 'no-words', q };
  const pageText = parsed.data.page ?? '1';
  const page = /^[1-9]\d{0,5}$/.test(pageText) ? Math.min(Number(pageText), MAX_PAGE) : 1;
  return { state: 'ok', q, page };
}

/** The URL of a page of results; page 1 has no page parameter. */
export function searchPath(q: string, page = 1): string {
  const params = new URLSearchParams({ q });
  if (page > 1) params.set('page', String(page));
  return `/search?${params.toString()}`;
}
