import 'server-only';
import { randomUUID } from 'node:crypto';
import sharp from 'sharp';
import { saveMedia } from '@/db/mutations/media';
import { can, type StaffUser } from '@/features/auth/permissions';
import { AppError } from '@/lib/errors';
import { MAX_UPLOAD_BYTES, MIN_IMAGE_SIDE, RECOMMENDED_MIN_WIDTH, UPLOAD_MESSAGES } from '@/lib/media/limits';
import { cleanFileName, uploadFieldsSchema } from './media-text';
import type { PickedMedia } from '@/lib/media/picked';
import { toPickedMedia } from '@/db/queries/picked-media';
import { withProcessingSlot } from './processing-slots';
import { SHARP_FORMAT, sniffImageType, type AcceptedImageType } from '@/lib/media/sniff';
import { mediaStorage, type MediaStorage } from '@/lib/media/storage';
import { MAX_INPUT_PIXELS, processImage } from '@/lib/media/variants';

/** An upload refused for a reason the uploader can act on; `status` is the HTTP answer. */
export class UploadRefusal extends AppError {
  constructor(
    message: string,
    readonly status: 400 | 403 | 413 | 415,
    readonly field?: string,
  ) {
    super(message, status === 403 ? 'forbidden' : 'invalid', field ? { [field]: message } : {});
  }
}

export type UploadedMedia = PickedMedia & {
  /** Accepted, but worth telling the uploader about (too narrow for a lead image, animation dropped). */
  warnings: string[];
};

type Inspection = { width: number; height: number; warnings: string[] };

/**
 * Reads only the image header: the declared size is checked before any pixel is decoded, so a
 * small file declaring a gigapixel canvas costs nothing. The decoder must also agree with the
 * sniffer about the format, as a second opinion on what the bytes are.
 */
async function inspect(bytes: Buffer, type: AcceptedImageType): Promise<Inspection> {
  let meta: Awaited<ReturnType<ReturnType<typeof sharp>["metadata"]>>;
  try {
    meta = await sharp(bytes, { limitInputPixels: false }).metadata();
  } catch {
    throw new UploadRefusal(UPLOAD_MESSAGES.unreadable, 400, 'file');
  }
  const agrees = meta.format === SHARP_FORMAT[type] && (type !== 'image/avif' || meta.compression === 'av1');
  if (!agrees) throw new UploadRefusal(UPLOAD_MESSAGES.notAnImage, 415, 'file');
  const width = meta.width ?? 0;
  const height = meta.height ?? 0;
  if (!width || !height) throw new UploadRefusal(UPLOAD_MESSAGES.unreadable, 400, 'file');
  if (width * height > MAX_INPUT_PIXELS) throw new UploadRefusal(UPLOAD_MESSAGES.tooManyPixels, 400, 'file');
  if (width < MIN_IMAGE_SIDE || height < MIN_IMAGE_SIDE) throw new UploadRefusal(UPLOAD_MESSAGES.tooSmall, 400, 'file');
  const upright = (meta.orientation ?? 1) >= 5 ? height : width;
  const warnings: string[] = [];
  if (upright < RECOMMENDED_MIN_WIDTH) warnings.push(UPLOAD_MESSAGES.smallForHero);
  if ((meta.pages ?? 1) > 1) warnings.push(UPLOAD_MESSAGES.animated);
  return { width, height, warnings };
}

/**
 * Accepts an image into the library: checks who is asking, what the bytes really are and how big
 * they are, re-encodes every rendition (which also strips EXIF, GPS and anything appended to the
 * file), stores them under a random key and records the item as uploaded by `staff`.
 *
 * Images narrower than 1200 px are accepted with a warning rather than refused: a chart, a logo
 * or an archive photo is fine inside an article, and refusing would only push people to upscale
 * it elsewhere. The warning is repeated wherever such an image is offered as a lead image.
 */
export async function uploadImage(
  staff: StaffUser,
  file: { bytes: Buffer; name: string },
  rawFields: unknown,
  storage: MediaStorage = mediaStorage(),
): Promise<UploadedMedia> {
  if (!can(staff, 'media.upload')) throw new UploadRefusal('You do not have permission to upload images.', 403);
  const fields = uploadFieldsSchema.safeParse(rawFields);
  if (!fields.success) {
    const issue = fields.error.issues[0];
    throw new UploadRefusal(issue?.message ?? 'Check the image details.', 400, issue?.path.join('.') || undefined);
  }
  if (file.bytes.length === 0) throw new UploadRefusal(UPLOAD_MESSAGES.noFile, 400, 'file');
  if (file.bytes.length > MAX_UPLOAD_BYTES) throw new UploadRefusal(UPLOAD_MESSAGES.tooLarge, 413, 'file');
  const type = sniffImageType(file.bytes);
  if (!type) throw new UploadRefusal(UPLOAD_MESSAGES.notAnImage, 415, 'file');

  const { warnings } = await inspect(file.bytes, type);
  const processed = await withProcessingSlot(() => processImage(file.bytes)).catch((error: unknown) => {
    const message = error instanceof Error ? error.message : '';
    throw new UploadRefusal(/pixel limit/i.test(message) ? UPLOAD_MESSAGES.tooManyPixels : UPLOAD_MESSAGES.unreadable, 400, 'file');
  });

  const storageKey = randomUUID();
  const meta = { storageKey, originalName: cleanFileName(file.name), ...fields.data, uploadedBy: staff.id };
  let id: number;
  try {
    id = await saveMedia(processed, meta, storage);
  } catch (error) {
    // The files went in first; without a row nothing points at them, so take them out again.
    await storage.remove(storageKey).catch(() => undefined);
    throw error;
  }
  return { ...toPickedMedia({ id, storageKey, variants: processed.files.map((f) => f.variant), ...fields.data }), warnings };
}
