/**
 * A media library item as the editor receives it from the media picker (contract between
 * components/dashboard/media-picker.tsx, hero-image-field.tsx and the article editor).
 */
export type PickedMedia = {
  id: number;
  /** Large rendition for inline body images: the uncropped /media/<key>/original.webp (at most 2000 px). */
  url: string;
  /** Small rendition for previews in the dashboard, e.g. /media/<key>/w400.webp */
  thumbUrl: string;
  /** Of `url`; under 1200 wide means the image is too narrow to make a sharp lead image. */
  width: number;
  height: number;
  /** Library defaults; the editor copies them into the article's hero fields when those are empty. */
  alt: string;
  caption: string;
  credit: string;
};
