import { describe, expect, it } from 'vitest';
import { CONTENT_FIELDS, emptyContent, pickContent, sameContent } from './content';

describe('article content model', () => {
  it('lists every editable field once, in reading order', () => {
    expect(CONTENT_FIELDS).toEqual([
      'title', 'standfirst', 'slug', 'sectionId', 'tagIds', 'heroMediaId', 'heroAlt', 'heroCaption', 'heroCredit', 'body', 'seoTitle', 'seoDescription',
    ]);
  });

  it('starts empty: text blank, no section, no tags, no image', () => {
    expect(emptyContent()).toMatchObject({ title: '', body: '', sectionId: null, tagIds: [], heroMediaId: null });
  });

  it('picks only content fields from a row', () => {
    const row = { ...emptyContent(), title: 'T', id: 4, version: 2, authorId: 7 };
    expect(pickContent(row)).toEqual({ ...emptyContent(), title: 'T' });
  });

  it('compares content field by field, tag order included', () => {
    const a = { ...emptyContent(), title: 'T', tagIds: [1, 2] };
    expect(sameContent(a, { ...a, tagIds: [1, 2] })).toBe(true);
    expect(sameContent(a, { ...a, tagIds: [2, 1] })).toBe(false);
    expect(sameContent(a, { ...a, heroCredit: 'Photo: A' })).toBe(false);
  });
});
