/**
 * The editable content of an article, defined once. The editor's draft, the mutation's fields, a
 * revision's snapshot, the save's validation, the "nothing changed" check, restore, compare and
 * the test fixtures are all derived from this list, so a new field (a kicker, an embargo note) is
 * added here, in db/schema.ts with its migration, and in the editor's form.
 *
 * Pure data: the editor (client), db/ and the newsroom's services all import it.
 */

/** How a field's value is stored and how a comparison shows it to a person. */
export type FieldKind = 'text' | 'slug' | 'html' | 'section' | 'tags' | 'media';

/**
 * In the order people read an article; comparisons list changed fields in this order. `max` is
 * the hard limit the server enforces (characters, or tags), `noun` how messages name the field.
 */
export const ARTICLE_CONTENT = {
  title: { kind: 'text', label: 'Title', noun: 'The title', max: 200 },
  standfirst: { kind: 'text', label: 'Standfirst', noun: 'The standfirst', max: 400 },
  slug: { kind: 'slug', label: 'Slug', noun: 'The slug', max: 120 },
  sectionId: { kind: 'section', label: 'Section', noun: 'The section', max: 1 },
  tagIds: { kind: 'tags', label: 'Tags', noun: 'The tags', max: 20 },
  heroMediaId: { kind: 'media', label: 'Hero image', noun: 'The hero image', max: 1 },
  heroAlt: { kind: 'text', label: 'Hero alt text', noun: 'The alt text', max: 300 },
  heroCaption: { kind: 'text', label: 'Hero caption', noun: 'The caption', max: 500 },
  heroCredit: { kind: 'text', label: 'Hero credit', noun: 'The credit', max: 200 },
  body: { kind: 'html', label: 'Body', noun: 'The body', max: 400_000 },
  seoTitle: { kind: 'text', label: 'SEO title', noun: 'The SEO title', max: 120 },
  seoDescription: { kind: 'text', label: 'SEO description', noun: 'The SEO description', max: 320 },
} as const satisfies Record<string, { kind: FieldKind; label: string; noun: string; max: number }>;

export type ContentField = keyof typeof ARTICLE_CONTENT;

type ValueOf<K extends FieldKind> = K extends 'text' | 'slug' | 'html' ? string : K extends 'tags' ? number[] : number | null;

export type ArticleContent = { [F in ContentField]: ValueOf<(typeof ARTICLE_CONTENT)[F]['kind']> };

export const CONTENT_FIELDS = Object.keys(ARTICLE_CONTENT) as ContentField[];

const EMPTY: Record<FieldKind, () => string | number[] | null> = {
  text: () => '',
  slug: () => '',
  html: () => '',
  section: () => null,
  tags: () => [],
  media: () => null,
};

export function emptyContent(): ArticleContent {
  return Object.fromEntries(CONTENT_FIELDS.map((f) => [f, EMPTY[ARTICLE_CONTENT[f].kind]()])) as ArticleContent;
}

/** Just the content fields of something that has them (a row, a snapshot, a save), keeping their types. */
export function pickContent<T extends ArticleContent>(source: T): Pick<T, ContentField> {
  return Object.fromEntries(CONTENT_FIELDS.map((f) => [f, source[f]])) as Pick<T, ContentField>;
}

/** True when two versions have the same content (tag order counts: it is the order readers see). */
export function sameContent(a: ArticleContent, b: ArticleContent): boolean {
  return CONTENT_FIELDS.every((f) => {
    const x = a[f];
    const y = b[f];
    return Array.isArray(x) && Array.isArray(y) ? x.join(',') === y.join(',') : x === y;
  });
}
