import 'server-only';
import { eq } from 'drizzle-orm';
import type { ProcessedImage } from '@/lib/media/variants';
import { mediaStorage, type MediaStorage } from '@/lib/media/storage';
import { db as defaultDb, type Executor } from '../client';
import { media, type MediaVariant } from '../schema';

type MediaMeta = { storageKey: string; originalName: string; alt: string; caption: string; credit: string; uploadedBy: number | null };

/**
 * Stores processed image files, then records them. Files first: a row never points at missing
 * bytes, and orphaned files from a failed insert are harmless (same key is reused on retry).
 */
export async function saveMedia(
  image: ProcessedImage,
  meta: MediaMeta,
  storage: MediaStorage = mediaStorage(),
  database: Executor = defaultDb(),
): Promise<number> {
  for (const f of image.files) await storage.put(meta.storageKey, f.variant.file, f.bytes);
  const files = image.files.map((f) => ({ variant: f.variant, size: f.bytes.length }));
  return recordStoredMedia({ width: image.width, height: image.height, files }, meta, database);
}


export async function mediaIdByKey(storageKey: string, database: Executor = defaultDb()): Promise<number | null> {
  const [row] = await database.select({ id: media.id }).from(media).where(eq(media.storageKey, storageKey)).limit(1);
  return row?.id ?? null;
}

type MediaText = { alt: string; caption: string; credit: string };

/** Changes an item's library text. Articles keep their own copies, so no public page changes. */
export async function updateMediaDetails(id: number, text: MediaText, database: Executor = defaultDb()): Promise<boolean> {
  const rows = await database.update(media).set(text).where(eq(media.id, id)).returning({ id: media.id });
  return rows.length > 0;
}

/**
 * Records renditions that are already in storage (after saveMedia wrote them, or when seeding a new
 * database from an existing media folder); recording the same key again refreshes the row.
 */
export async function recordStoredMedia(
  image: { width: number; height: number; files: { variant: MediaVariant; size: number }[] },
  meta: MediaMeta,
  database: Executor = defaultDb(),
): Promise<number> {
  const { width, height, files } = image;
  const original = files.find((f) => f.variant.kind === 'original');
  const variants = files.map((f) => f.variant);
  const [row] = await database
    .insert(media)
    .values({
      ...meta,
      mimeType: original?.variant.mime ?? 'image/webp',
      width,
      height,
      bytes: files.reduce((sum, f) => sum + f.size, 0),
      variants,
    })
    .onConflictDoUpdate({ target: media.storageKey, set: { variants, width, height } })
    .returning({ id: media.id });
  if (!row) throw new Error('media insert returned no row');
  return row.id;
}
