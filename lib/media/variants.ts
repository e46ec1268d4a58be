import sharp from 'sharp';

export type MediaVariant = {
  /** File name inside the media item's folder, e.g. "w800.webp". */
  file: string;
  width: number;
  height: number;
  mime: string;
  /** "hero" variants are 16:9 at several widths; the others are crops for structured data and social cards. */
  kind: 'hero' | 'og' | 'crop-4x3' | 'crop-1x1' | 'original';
};


/** Widths the pages ask for in srcset; 1200 and up also satisfy Google's large-image guidance. */
const HERO_WIDTHS = [400, 800, 1200, 1600] as const;

export type ProcessedImage = {
  width: number;
  height: number;
  files: { variant: MediaVariant; bytes: Buffer }[];
};

// Decompression bombs: a tiny file can declare billions of pixels; sharp refuses above this.
export const MAX_INPUT_PIXELS = 40_000_000;

/**
 * Re-encodes an image into every size and crop the site uses. Re-encoding (rather than copying)
 * drops EXIF/GPS metadata and anything smuggled after the image data.
 */
export async function processImage(input: Buffer): Promise<ProcessedImage> {
  const base = sharp(input, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error' }).rotate();
  const meta = await base.metadata();
  // rotate() applies EXIF orientation, so swap dimensions for 90° orientations.
  const swap = (meta.orientation ?? 1) >= 5;
  const width = (swap ? meta.height : meta.width) ?? 0;
  const height = (swap ? meta.width : meta.height) ?? 0;
  if (!width || !height) throw new Error('The image has no dimensions');

  const files: ProcessedImage['files'] = [];
  const add = async (
    kind: MediaVariant['kind'],
    file: string,
    w: number,
    h: number,
    format: 'webp' | 'jpeg',
  ) => {
    const pipeline = base.clone().resize(w, h, { fit: 'cover', position: sharp.strategy.attention, withoutEnlargement: false });
    const bytes =
      format === 'webp'
        ? await pipeline.webp({ quality: 78, effort: 4 }).toBuffer()
        : await pipeline.jpeg({ quality: 80, mozjpeg: true }).toBuffer();
    files.push({ variant: { file, width: w, height: h, mime: format === 'webp' ? 'image/webp' : 'image/jpeg', kind }, bytes });
  };

  for (const w of HERO_WIDTHS) {
    await add('hero', `w${w}.webp`, w, Math.round((w * 9) / 16), 'webp');
  }
  await add('og', 'og.jpg', 1200, 675, 'jpeg');
  await add('crop-4x3', 'c4x3.webp', 1200, 900, 'webp');
  await add('crop-1x1', 'c1x1.webp', 1200, 1200, 'webp');

  // A capped-size original for inline body images and anything that wants the uncropped picture.
  const maxSide = 2000;
  const scale = Math.min(1, maxSide / Math.max(width, height));
  const ow = Math.round(width * scale);
  const oh = Math.round(height * scale);
  const original = await base.clone().resize(ow, oh).webp({ quality: 80 }).toBuffer();
  files.push({ variant: { file: 'original.webp', width: ow, height: oh, mime: 'image/webp', kind: 'original' }, bytes: original });

  return { width, height, files };
}
