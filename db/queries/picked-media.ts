import type { MediaVariant } from '@/db/schema';
import type { PickedMedia } from '@/lib/media/picked';
import { mediaUrl } from '@/lib/media/storage';

type Source = { id: number; storageKey: string; variants: MediaVariant[]; alt: string; caption: string; credit: string };

/**
 * The editor's view of a library item. `url` is the uncropped rendition (capped at 2000 px), so a
 * chart or portrait placed in a body keeps its shape; `thumbUrl` is the smallest 16:9 hero crop,
 * which is what a lead-image preview should show. Width and height describe `url`.
 */
export function toPickedMedia(item: Source): PickedMedia {
  const heroes = item.variants.filter((v) => v.kind === 'hero').sort((a, b) => a.width - b.width);
  const large = item.variants.find((v) => v.kind === 'original') ?? heroes[heroes.length - 1];
  const thumb = heroes[0] ?? large;
  if (!large || !thumb) throw new Error(`media ${item.id} has no renditions`);
  return {
    id: item.id,
    url: mediaUrl(item.storageKey, large.file),
    thumbUrl: mediaUrl(item.storageKey, thumb.file),
    width: large.width,
    height: large.height,
    alt: item.alt,
    caption: item.caption,
    credit: item.credit,
  };
}
