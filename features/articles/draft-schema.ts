import { z } from 'zod';
import { ARTICLE_CONTENT, CONTENT_FIELDS, type ArticleContent, type ContentField, type FieldKind } from '@/lib/articles/content';
import { bodyText } from '@/lib/rich-text/sanitize';
import { RESERVED_SLUGS } from '@/lib/routing/public-urls';
import { isValidSlug } from '@/lib/slug';
import { FIELD_LIMITS } from './editor-types';
import { hasContent, NOTHING_TO_SAVE } from './publish-check';
import { numericIdSchema } from '@/lib/route-params';

const text = (max: number, label: string) =>
  z
    .string({ error: `${label} must be text.` })
    .max(max, `${label} can be at most ${max} characters.`)
    // Control characters (other than tab and newline) have no place in headlines and captions.
    .transform((v) => v.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '').trim());

const id = numericIdSchema();

export const ENTER_SLUG = 'Enter a slug: lowercase letters, numbers and hyphens.';

/** Empty means "not chosen yet": the server makes one from the title (see saveInputSchema). */
export const slugField = z
  .string({ error: 'Enter a slug.' })
  .trim()
  .max(FIELD_LIMITS.slug, `The slug can be at most ${FIELD_LIMITS.slug} characters.`)
  .refine((s) => s === '' || isValidSlug(s), 'Use only lowercase letters, numbers and single hyphens, e.g. "bridge-reopens".')
  .refine((s) => !RESERVED_SLUGS.has(s), 'This slug is reserved for a page of the site. Choose another.');

/**
 * A draft saves with whatever it has, like WordPress (title, content or excerpt): a reporter's
 * first lines must never live only in the browser. What publishing needs (title, section,
 * standfirst, hero image) is checked when it goes to review, is scheduled or published
 * (publish-check.ts). Only a draft with nothing in it at all is refused.
 */
const BY_KIND: Record<FieldKind, (field: ContentField) => z.ZodType> = {
  text: (f) => text(ARTICLE_CONTENT[f].max, ARTICLE_CONTENT[f].noun),
  slug: () => slugField,
  html: (f) => z.string().max(ARTICLE_CONTENT[f].max, 'The body is too long to save in one article.'),
  section: () => id.nullable(),
  media: () => id.nullable(),
  tags: (f) => z.array(id).max(ARTICLE_CONTENT[f].max, `Use at most ${ARTICLE_CONTENT[f].max} tags.`),
};

// Derived from the content model (lib/articles/content.ts): a new field is validated by its kind.
const draftSchema = (
  z.object(Object.fromEntries(CONTENT_FIELDS.map((f) => [f, BY_KIND[ARTICLE_CONTENT[f].kind](f)]))).strict() as unknown as z.ZodType<ArticleContent>
).refine((d) => hasContent(d, bodyText), { message: NOTHING_TO_SAVE, path: ['title'] });

export const saveInputSchema = z
  .object({
    id: id.optional(),
    expectedVersion: numericIdSchema().optional(),
    slugAuto: z.boolean(),
    draft: draftSchema,
  })
  .strict()
  .refine((v) => v.id === undefined || v.expectedVersion !== undefined, {
    message: 'An edit must say which version it started from.',
    path: ['expectedVersion'],
  })
  // A slug typed by hand must be there; one still following the title may be empty for now.
  .refine((v) => v.slugAuto || v.draft.slug !== '', { message: ENTER_SLUG, path: ['draft', 'slug'] });

export const scheduleInputSchema = z
  .object({
    save: saveInputSchema,
    at: z.iso.datetime({ offset: true, error: 'Choose a valid date and time.' }),
  })
  .strict();

/** A status change on an existing article; the version guards against acting on a stale view. */
export const transitionInputSchema = z
  .object({ id, expectedVersion: numericIdSchema().optional() })
  .strict();

export const tagNameSchema = z
  .object({
    name: z
      .string()
      .trim()
      .min(1, 'Type a tag name.')
      .max(FIELD_LIMITS.tagName, `A tag can be at most ${FIELD_LIMITS.tagName} characters.`),
  })
  .strict();

export const restoreRevisionSchema = z
  .object({ id, version: numericIdSchema(), expectedVersion: numericIdSchema() })
  .strict();
