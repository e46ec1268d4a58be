/** Upload rules, shared by the server (which enforces them) and the browser (which warns early). */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

/** Room for the multipart envelope and the text fields around the file. */
export const MAX_UPLOAD_REQUEST_BYTES = MAX_UPLOAD_BYTES + 256 * 1024;

/** Below this on either side an image is too small to be worth re-encoding into 1200 px renditions. */
export const MIN_IMAGE_SIDE = 100;

/** Google's large-image guidance and our widest crops start here; smaller images are kept but flagged. */
export const RECOMMENDED_MIN_WIDTH = 1200;

export const UPLOAD_ACCEPT = 'image/jpeg,image/png,image/webp,image/avif,image/gif';

export const UPLOAD_MESSAGES = {
  tooLarge: 'Images can be at most 10 MB. Export a smaller JPEG or WebP and try again.',
  notAnImage: 'This file is not a JPEG, PNG, WebP, AVIF or GIF image.',
  tooManyPixels: 'This image is too large in pixels (max 40 megapixels). Resize it and try again.',
  tooSmall: `This image is too small: it must be at least ${MIN_IMAGE_SIDE} pixels on each side.`,
  unreadable: 'This image could not be read. It may be damaged or incomplete; export it again and retry.',
  noFile: 'Choose an image file to upload.',
  smallForHero: `Narrower than ${RECOMMENDED_MIN_WIDTH} px: fine inside an article, but it will look soft as a lead image and search engines will not show it as a large preview.`,
  animated: 'Animated GIFs are published as a still image (the first frame).',
} as const;

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
