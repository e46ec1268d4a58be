import 'server-only';
import { offsetOf, pageCount } from '@/lib/paging';
import { and, count, desc, eq, ilike, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import { containsPattern } from '@/lib/sql-like';
import { db } from '../client';
import { readFromCaughtUpReplica } from '../replica';
import { articles, media, users, type MediaVariant } from '../schema';
import type { Paged } from './types';

/** A library item as the newsroom lists it; dates are ISO strings so it crosses to the browser as is. */
export type MediaItem = {
  id: number;
  storageKey: string;
  originalName: string;
  width: number;
  height: number;
  bytes: number;
  variants: MediaVariant[];
  alt: string;
  caption: string;
  credit: string;
  uploadedBy: number | null;
  uploaderName: string | null;
  createdAt: string;
  /** Live (not trashed) articles that use it as their lead image. */
  heroUses: number;
};

const columns = {
  id: media.id,
  storageKey: media.storageKey,
  originalName: media.originalName,
  width: media.width,
  height: media.height,
  bytes: media.bytes,
  variants: media.variants,
  alt: media.alt,
  caption: media.caption,
  credit: media.credit,
  uploadedBy: media.uploadedBy,
  uploaderName: users.name,
  createdAt: media.createdAt,
};

type Row = Omit<MediaItem, 'createdAt' | 'heroUses'> & { createdAt: Date };

function matching(term: string): SQL | undefined {
  const words = term.trim().split(/\s+/).filter(Boolean).slice(0, 8);
  if (words.length === 0) return undefined;
  // Every word must appear somewhere (alt, caption, credit or file name), in any order.
  return and(
    ...words.map((word) => {
      const pattern = containsPattern(word);
      return or(ilike(media.alt, pattern), ilike(media.caption, pattern), ilike(media.credit, pattern), ilike(media.originalName, pattern));
    }),
  );
}

/** How many live articles lead with each of these images: one scan for a whole page of results. */
async function heroUseCounts(ids: number[]): Promise<Map<number, number>> {
  if (ids.length === 0) return new Map();
  const rows = await db()
    .select({ id: articles.heroMediaId, n: count() })
    .from(articles)
    .where(and(inArray(articles.heroMediaId, ids), isNull(articles.deletedAt)))
    .groupBy(articles.heroMediaId);
  return new Map(rows.map((r) => [r.id!, r.n]));
}

async function withUses(rows: Row[]): Promise<MediaItem[]> {
  const uses = await heroUseCounts(rows.map((r) => r.id));
  return rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString(), heroUses: uses.get(r.id) ?? 0 }));
}

/** Newest first; `term` matches alt text, caption, credit or the uploaded file's name. `page` is 1-based. */
export async function searchMedia(options: { term: string; page: number; pageSize: number }): Promise<Paged<MediaItem>> {
  // Shown right after the person's own writes: the replica only once it has them (../replica.ts).
  return readFromCaughtUpReplica(async ({ db }) => {
    const where = matching(options.term);
    const [rows, [totals]] = await Promise.all([
      db
        .select(columns)
        .from(media)
        .leftJoin(users, eq(users.id, media.uploadedBy))
        .where(where)
        .orderBy(desc(media.createdAt), desc(media.id))
        .limit(options.pageSize)
        .offset(offsetOf(options.page, options.pageSize)),
      db.select({ total: count() }).from(media).where(where),
    ]);
    const total = totals?.total ?? 0;
    return {
      items: await withUses(rows),
      page: options.page,
      pageSize: options.pageSize,
      total,
      pages: pageCount(total, options.pageSize),
    };
  });
}

export async function getMediaItem(id: number): Promise<MediaItem | null> {
  const rows = await db().select(columns).from(media).leftJoin(users, eq(users.id, media.uploadedBy)).where(eq(media.id, id)).limit(1);
  const [item] = await withUses(rows);
  return item ?? null;
}

/** Who may edit an item's text: its uploader (null for seeded or orphaned items). */
export async function getMediaOwner(id: number): Promise<{ uploadedBy: number | null } | null> {
  const [row] = await db().select({ uploadedBy: media.uploadedBy }).from(media).where(eq(media.id, id)).limit(1);
  return row ?? null;
}

/**
 * Live articles whose body shows this image inline. Reads every body, so it is asked for one item
 * on its own page, never for a grid of them.
 */
export async function countInlineUses(storageKey: string): Promise<number> {
  const [row] = await db()
    .select({ n: count() })
    .from(articles)
    .where(and(isNull(articles.deletedAt), sql`strpos(${articles.body}, ${`/media/${storageKey}/`}) > 0`));
  return row?.n ?? 0;
}
