import { sql } from 'drizzle-orm';
import { customType } from 'drizzle-orm/pg-core';

export const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/**
 * Full-text document of an article: title weighted A, standfirst B, body C. 'english' stems
 * ("flooding" finds "floods") and drops stop words; the body's HTML tags are skipped by the parser.
 */
export const ARTICLE_SEARCH_DOCUMENT = sql`setweight(to_tsvector('english'::regconfig, coalesce(title, '')), 'A') || setweight(to_tsvector('english'::regconfig, coalesce(standfirst, '')), 'B') || setweight(to_tsvector('english'::regconfig, coalesce(body, '')), 'C')`;
