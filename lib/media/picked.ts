/**
 * A media library item as the editor receives it from the media picker (contract between
 * components/dashboard/media-picker.tsx, hero-image-field.tsx and the article editor).
 */
export type PickedMedia = {
  id: number;
  /** Large rendition for inline body images, e.g. /media/<key>/w1200.webp */
  url: string;
  /** Small rendition for previews in the dashboard, e.g. /media/<key>/w400.webp */
  thumbUrl: string;
  width: number;
  height: number;
  /** Library defaults; the editor copies them into the article's hero fields when those are empty. */
  alt: string;
  caption: string;
  credit: string;
};
