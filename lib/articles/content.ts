/**
 * The editable content of an article, defined once. The editor's draft, the mutation's fields, a
 * revision's snapshot, the save's validation, the "nothing changed" check, restore, compare and
 * the test fixtures are all derived from this list, so a new field (a kicker, an embargo note) is
 * added here, in db/schema.ts with its migration, and in the editor's form.
 *
 * Pure data: the editor (client), db/ and the newsroom's services all import it.
 */

/** How a field's value is stored and how a comparison shows it to a person. */
type FieldKind = 'text' | 'html' | 'section' | 'tags' | 'media';

/** In the order people read an article; comparisons list changed fields in this order. */
export const ARTICLE_CONTENT = {
  title: { kind: 'text', label: 'Title' },
  standfirst: { kind: 'text', label: 'Standfirst' },
  slug: { kind: 'text', label: 'Slug' },
  sectionId: { kind: 'section', label: 'Section' },
  tagIds: { kind: 'tags', label: 'Tags' },
  heroMediaId: { kind: 'media', label: 'Hero image' },
  heroAlt: { kind: 'text', label: 'Hero alt text' },
  heroCaption: { kind: 'text', label: 'Hero caption' },
  heroCredit: { kind: 'text', label: 'Hero credit' },
  body: { kind: 'html', label: 'Body' },
  seoTitle: { kind: 'text', label: 'SEO title' },
  seoDescription: { kind: 'text', label: 'SEO description' },
} as const satisfies Record<string, { kind: FieldKind; label: string }>;

export type ContentField = keyof typeof ARTICLE_CONTENT;

type ValueOf<K extends FieldKind> = K extends 'text' | 'html' ? string : K extends 'tags' ? number[] : number | null;

export type ArticleContent = { [F in ContentField]: ValueOf<(typeof ARTICLE_CONTENT)[F]['kind']> };

export const CONTENT_FIELDS = Object.keys(ARTICLE_CONTENT) as ContentField[];

const EMPTY: Record<FieldKind, () => string | number[] | null> = {
  text: () => '',
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
