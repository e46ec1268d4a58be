import { diffWords } from 'diff';

/** The fields a comparison shows, in the order people read an article. */
export const COMPARED_FIELDS = [
  'title',
  'standfirst',
  'slug',
  'section',
  'tags',
  'hero',
  'heroAlt',
  'heroCaption',
  'heroCredit',
  'body',
  'seoTitle',
  'seoDescription',
] as const;
export type ComparedField = (typeof COMPARED_FIELDS)[number];

export const COMPARED_LABELS: Record<ComparedField, string> = {
  title: 'Title',
  standfirst: 'Standfirst',
  slug: 'Slug',
  section: 'Section',
  tags: 'Tags',
  hero: 'Hero image',
  heroAlt: 'Hero alt text',
  heroCaption: 'Hero caption',
  heroCredit: 'Hero credit',
  body: 'Body',
  seoTitle: 'SEO title',
  seoDescription: 'SEO description',
};

/** An article reduced to what a person reads in each field (names instead of ids, body as plain text). */
export type ComparableArticle = Record<ComparedField, string>;

export type DiffPart = { text: string; change: 'same' | 'added' | 'removed' };

export type FieldDiff = {
  field: ComparedField;
  label: string;
  before: string;
  after: string;
  /** Word-level changes from `before` to `after`. */
  parts: DiffPart[];
};

export function wordDiff(before: string, after: string): DiffPart[] {
  return diffWords(before, after).map((c) => ({ text: c.value, change: c.added ? 'added' : c.removed ? 'removed' : 'same' }));
}

/** The fields that differ between two versions, each with a word-level diff. */
export function diffArticles(before: ComparableArticle, after: ComparableArticle): FieldDiff[] {
  return COMPARED_FIELDS.filter((field) => before[field] !== after[field]).map((field) => ({
    field,
    label: COMPARED_LABELS[field],
    before: before[field],
    after: after[field],
    parts: wordDiff(before[field], after[field]),
  }));
}
