import type { HeroImage } from '@/db/queries/types';
import { mediaUrl } from '@/lib/media/storage';

/**
 * A hero-format (16:9) image with every width we generated in srcset. Explicit width/height stop
 * layout shift; only the lead image of a page is eager with high fetch priority.
 */
export function ResponsiveImage({
  image,
  sizes,
  priority = false,
  className,
  alt,
  maxWidth = Infinity,
}: {
  image: HeroImage;
  sizes: string;
  priority?: boolean;
  className?: string;
  /** Decorative uses (a thumbnail next to a linked headline) pass "" so the headline is not read twice. */
  alt?: string;
  /** Widest file worth offering: small teasers never need the 1600 px file, and every extra candidate is page weight. */
  maxWidth?: number;
}) {
  const all = image.variants.filter((v) => v.kind === 'hero').sort((a, b) => a.width - b.width);
  const heroes = all.filter((v, i) => i === 0 || v.width <= maxWidth);
  if (heroes.length === 0) return null;
  const fallback = heroes.find((v) => v.width >= 800) ?? heroes[heroes.length - 1]!;
  return (
    <img
      src={mediaUrl(image.key, fallback.file)}
      srcSet={heroes.map((v) => `${mediaUrl(image.key, v.file)} ${v.width}w`).join(', ')}
      sizes={sizes}
      width={fallback.width}
      height={fallback.height}
      alt={alt ?? image.alt}
      loading={priority ? 'eager' : 'lazy'}
      fetchPriority={priority ? 'high' : undefined}
      decoding={priority ? 'sync' : 'async'}
      className={className}
    />
  );
}
