import { describe, expect, it } from 'vitest';
import { cleanFileName, mediaEditSchema, uploadFieldsSchema } from './media-text';

describe('media text', () => {
  it('trims, folds line breaks and defaults missing fields to empty', () => {
    expect(uploadFieldsSchema.parse({ alt: '  Gulls over\nthe harbour ' })).toEqual({ alt: 'Gulls over the harbour', caption: '', credit: '' });
  });

  it('refuses unknown fields and over-long text with a message naming the field', () => {
    expect(uploadFieldsSchema.safeParse({ alt: 'x', path: '../../etc' }).success).toBe(false);
    const long = mediaEditSchema.safeParse({ id: 3, alt: 'a'.repeat(301) });
    expect(long.success).toBe(false);
    expect(long.error?.issues[0]?.message).toBe('Alt text can be at most 300 characters.');
    expect(long.error?.issues[0]?.path).toEqual(['alt']);
  });

  it('needs a positive whole id to edit', () => {
    expect(mediaEditSchema.safeParse({ id: 'abc' }).success).toBe(false);
    expect(mediaEditSchema.safeParse({ id: -1 }).success).toBe(false);
    expect(mediaEditSchema.parse({ id: '7' }).id).toBe(7);
  });

  it('keeps only the base name of an uploaded file', () => {
    expect(cleanFileName('C:\\Users\\ed\\Pictures\\harbour.jpg')).toBe('harbour.jpg');
    expect(cleanFileName('../../x/\u0000evil.png')).toBe('evil.png');
  });
});
