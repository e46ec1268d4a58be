import { z } from 'zod';
import { recordIdSchema } from '@/lib/route-params';

export const MEDIA_TEXT_LIMITS = { alt: 300, caption: 1000, credit: 200 } as const;

const text = (label: string, max: number) =>
  z
    .string({ error: `${label} must be text.` })
    .max(max * 2, `${label} can be at most ${max} characters.`)
    // Line breaks and control characters have no place in alt text or a one-line credit.
    .transform((value) => value.replace(/[\u0000-\u001f\u007f]+/g, ' ').replace(/\s+/g, ' ').trim())
    .pipe(z.string().max(max, `${label} can be at most ${max} characters.`));

/** The describable text of a library item, as typed in the upload form or the edit form. */
const mediaTextShape = {
  alt: text('Alt text', MEDIA_TEXT_LIMITS.alt).default(''),
  caption: text('Caption', MEDIA_TEXT_LIMITS.caption).default(''),
  credit: text('Credit', MEDIA_TEXT_LIMITS.credit).default(''),
};

export const uploadFieldsSchema = z.object(mediaTextShape).strict();

export const mediaEditSchema = z
  .object({
    id: recordIdSchema('Choose an image to edit.'),
    ...mediaTextShape,
  })
  .strict();

/** The name a person gave the file, kept for search only: no folders, no control characters. */
export function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  return base.normalize('NFC').replace(/[\u0000-\u001f\u007f]/g, '').trim().slice(0, 200);
}
