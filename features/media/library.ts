import 'server-only';
import { z } from 'zod';
import { NotFoundError } from '@/lib/errors';
import * as mediaRows from '@/db/mutations/media';
import { countInlineUses, getMediaItem, getMediaOwner, searchMedia, type MediaItem } from '@/db/queries/media';
import type { Paged } from '@/db/queries/types';
import { can, type StaffUser } from '@/features/auth/permissions';
import { invalid, type ActionResult } from '@/features/actions/result';
import { RECOMMENDED_MIN_WIDTH } from '@/lib/media/limits';
import { mediaEditSchema } from './media-text';
import type { PickedMedia } from '@/lib/media/picked';
import { toPickedMedia } from '@/db/queries/picked-media';

/** A library item as the dashboard shows it: what the editor needs, plus who, when and where used. */
export type MediaSummary = PickedMedia & {
  originalName: string;
  /** Of the uploaded image (after EXIF rotation), not of a rendition. */
  sourceWidth: number;
  sourceHeight: number;
  bytes: number;
  uploaderName: string | null;
  createdAt: string;
  heroUses: number;
  /** Narrower than the 1200 px that lead images and large search previews need. */
  narrow: boolean;
  canEdit: boolean;
};

const LIBRARY_PAGE_SIZE = 24;

const browseSchema = z
  .object({
    q: z.string().max(200, 'Search for at most 200 characters.').default(''),
    page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
    pageSize: z.coerce.number().int().min(1).max(48).catch(LIBRARY_PAGE_SIZE).default(LIBRARY_PAGE_SIZE),
  })
  .strict();

/** Uploaders look after their own items' text; editors and admins look after everyone's. */
function canEditMedia(staff: StaffUser, item: { uploadedBy: number | null }): boolean {
  return can(staff, 'media.editAny') || (item.uploadedBy !== null && item.uploadedBy === staff.id);
}

function summarize(staff: StaffUser, item: MediaItem): MediaSummary {
  return {
    ...toPickedMedia(item),
    originalName: item.originalName,
    sourceWidth: item.width,
    sourceHeight: item.height,
    bytes: item.bytes,
    uploaderName: item.uploaderName,
    createdAt: item.createdAt,
    heroUses: item.heroUses,
    narrow: item.width < RECOMMENDED_MIN_WIDTH,
    canEdit: canEditMedia(staff, item),
  };
}

/**
 * One page of the library for any signed-in staff member: the library is the newsroom's shared
 * stock of pictures, and its files are public once used. Bad paging input falls back to page one.
 */
export async function browseMedia(staff: StaffUser, raw: unknown): Promise<Paged<MediaSummary> & { q: string }> {
  const input = browseSchema.safeParse(raw);
  const { q, page, pageSize } = input.success ? input.data : { q: '', page: 1, pageSize: LIBRARY_PAGE_SIZE };
  const result = await searchMedia({ term: q, page, pageSize });
  return { ...result, items: result.items.map((item) => summarize(staff, item)), q };
}

type MediaDetail = MediaSummary & { storageKey: string; inlineUses: number; variants: MediaItem['variants'] };

export async function getMediaDetail(staff: StaffUser, id: number): Promise<MediaDetail | null> {
  const item = await getMediaItem(id);
  if (!item) return null;
  return { ...summarize(staff, item), storageKey: item.storageKey, variants: item.variants, inlineUses: await countInlineUses(item.storageKey) };
}

/** Saves an item's alt text, caption and credit, for its uploader or an editor. */
export async function updateMediaDetails(staff: StaffUser, raw: unknown): Promise<ActionResult<MediaSummary>> {
  const parsed = mediaEditSchema.safeParse(raw);
  if (!parsed.success) return invalid(parsed.error);
  const { id, ...text } = parsed.data;
  const owner = await getMediaOwner(id);
  if (!owner) throw new NotFoundError('This image is no longer in the library.');
  if (!canEditMedia(staff, owner)) {
    return { ok: false, code: 'forbidden', error: 'Only the person who uploaded this image, or an editor, can change its details.' };
  }
  if (!(await mediaRows.updateMediaDetails(id, text))) throw new NotFoundError('This image is no longer in the library.');
  const item = await getMediaItem(id);
  if (!item) throw new NotFoundError('This image is no longer in the library.');
  return { ok: true, data: summarize(staff, item), message: 'Details saved.' };
}
