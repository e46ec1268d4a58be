import { describe, expect, it } from 'vitest';
import type { MediaVariant } from '@/db/schema';
import { toPickedMedia } from './picked-media';

const v = (file: string, kind: MediaVariant['kind'], width: number, height: number): MediaVariant => ({ file, kind, width, height, mime: 'image/webp' });

describe('toPickedMedia', () => {
  it('gives the editor the uncropped rendition for bodies and the smallest hero crop for previews', () => {
    const picked = toPickedMedia({
      id: 9,
      storageKey: 'abc-123',
      variants: [v('w1600.webp', 'hero', 1600, 900), v('w400.webp', 'hero', 400, 225), v('original.webp', 'original', 2000, 2500), v('og.jpg', 'og', 1200, 675)],
      alt: 'Alt',
      caption: 'Caption',
      credit: 'Credit',
    });
    expect(picked).toEqual({
      id: 9,
      url: '/media/abc-123/original.webp',
      thumbUrl: '/media/abc-123/w400.webp',
      width: 2000,
      height: 2500,
      alt: 'Alt',
      caption: 'Caption',
      credit: 'Credit',
    });
  });

  it('refuses an item with no renditions rather than handing out a broken URL', () => {
    expect(() => toPickedMedia({ id: 1, storageKey: 'k', variants: [], alt: '', caption: '', credit: '' })).toThrow(/no renditions/);
  });
});
