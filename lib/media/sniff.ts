/** The image types the newsroom accepts, decided from the file's bytes alone. */
export type AcceptedImageType = 'image/jpeg' | 'image/png' | 'image/gif' | 'image/webp' | 'image/avif';


/** What sharp's metadata calls each accepted type; the decoder must agree with the sniffer. */
export const SHARP_FORMAT: Record<AcceptedImageType, string> = {
  'image/jpeg': 'jpeg',
  'image/png': 'png',
  'image/gif': 'gif',
  'image/webp': 'webp',
  // libheif decodes AVIF and reports the container format.
  'image/avif': 'heif',
};

const ascii = (bytes: Uint8Array, start: number, end: number) => String.fromCharCode(...bytes.subarray(start, end));

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return bytes.length >= signature.length && signature.every((b, i) => bytes[i] === b);
}

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] as const;

/**
 * AVIF is an ISO-BMFF file whose first box is `ftyp`, naming "avif" (still) or "avis" (sequence)
 * as its major brand or among its compatible brands. HEIC and MP4 share the container and are refused.
 */
function isAvif(bytes: Uint8Array): boolean {
  if (bytes.length < 16 || ascii(bytes, 4, 8) !== 'ftyp') return false;
  const boxSize = ((bytes[0]! << 24) | (bytes[1]! << 16) | (bytes[2]! << 8) | bytes[3]!) >>> 0;
  // The ftyp box must fit in the file: a cut-off header means a truncated file.
  if (boxSize < 16 || boxSize > bytes.length || (boxSize - 16) % 4 !== 0) return false;
  const brands = [ascii(bytes, 8, 12)];
  for (let offset = 16; offset + 4 <= boxSize; offset += 4) brands.push(ascii(bytes, offset, offset + 4));
  return brands.some((brand) => brand === 'avif' || brand === 'avis');
}

/**
 * The type an upload really is, from its magic bytes; null for anything else (SVG, HTML, scripts,
 * PDFs, other image formats, empty or cut-off files). The file name and the browser's declared
 * type are never consulted: both are chosen by whoever sends the file.
 */
export function sniffImageType(bytes: Uint8Array): AcceptedImageType | null {
  // JPEG: SOI marker followed by the start of the next marker.
  if (bytes.length >= 4 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  // PNG: signature, then the IHDR chunk that must come first.
  if (startsWith(bytes, PNG) && bytes.length >= 16 && ascii(bytes, 12, 16) === 'IHDR') return 'image/png';
  // GIF: version signature plus the logical screen descriptor's width and height.
  if (bytes.length >= 10 && (ascii(bytes, 0, 6) === 'GIF87a' || ascii(bytes, 0, 6) === 'GIF89a')) return 'image/gif';
  // WebP: a RIFF container of form WEBP whose first chunk is one of the three WebP bitstreams.
  if (bytes.length >= 16 && ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP' && ['VP8 ', 'VP8L', 'VP8X'].includes(ascii(bytes, 12, 16))) {
    return 'image/webp';
  }
  if (isAvif(bytes)) return 'image/avif';
  return null;
}
