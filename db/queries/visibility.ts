import { and, eq, isNull, sql, type SQL } from 'drizzle-orm';
import { READER_STATUS } from '@/lib/articles/visibility';
import { articles } from '../schema';

/** isVisibleToReaders (lib/articles/visibility.ts) as a condition on the articles table. */
export const visibleToReaders = and(eq(articles.status, READER_STATUS), isNull(articles.deletedAt)) as SQL;

/** The same rule for hand-written SQL that reads articles without a table prefix. */
export const visibleToReadersUnqualified = sql.raw(`status = '${READER_STATUS}' and deleted_at is null`);
