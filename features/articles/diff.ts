import { diffWords } from 'diff';
import { ARTICLE_CONTENT, CONTENT_FIELDS, type ContentField } from '@/lib/articles/content';

/** An article reduced to what a person reads in each field (names instead of ids, body as plain text). */
export type ComparableArticle = Record<ContentField, string>;

export type DiffPart = { text: string; change: 'same' | 'added' | 'removed' };

export type FieldDiff = {
  field: ContentField;
  label: string;
  before: string;
  after: string;
  /** Word-level changes from `before` to `after`. */
  parts: DiffPart[];
};

export function wordDiff(before: string, after: string): DiffPart[] {
  return diffWords(before, after).map((c) => ({ text: c.value, change: c.added ? 'added' : c.removed ? 'removed' : 'same' }));
}

/** The fields that differ between two versions, in reading order, each with a word-level diff. */
export function diffArticles(before: ComparableArticle, after: ComparableArticle): FieldDiff[] {
  return CONTENT_FIELDS.filter((field) => before[field] !== after[field]).map((field) => ({
    field,
    label: ARTICLE_CONTENT[field].label,
    before: before[field],
    after: after[field],
    parts: wordDiff(before[field], after[field]),
  }));
}
