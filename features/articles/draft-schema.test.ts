import { describe, expect, it } from 'vitest';
import { saveInputSchema } from './draft-schema';
import { emptyDraft } from './editor-types';

const draft = { ...emptyDraft(), title: 'A headline', slug: 'a-headline', sectionId: 1 };

describe('saveInputSchema', () => {
  it('accepts a minimal draft', () => {
    expect(saveInputSchema.safeParse({ slugAuto: true, draft }).success).toBe(true);
  });

  it('refuses unknown fields and reserved or malformed slugs', () => {
    expect(saveInputSchema.safeParse({ slugAuto: true, draft: { ...draft, status: 'published' } }).success).toBe(false);
    expect(saveInputSchema.safeParse({ slugAuto: true, draft, authorId: 1 }).success).toBe(false);
    for (const slug of ['dashboard', 'Bad Slug', '../x', '']) expect(saveInputSchema.safeParse({ slugAuto: false, draft: { ...draft, slug } }).success, slug).toBe(false);
    for (const slug of ['dashboard', 'Bad Slug', '../x']) expect(saveInputSchema.safeParse({ slugAuto: true, draft: { ...draft, slug } }).success, slug).toBe(false);
  });

  // Regression: a new story could not be saved at all until a section was chosen, so a reporter's
  // first paragraphs lived only in the browser. What publishing needs is checked when publishing.
  it('saves a draft with whatever it has: no section, no slug yet, only a title or only a body', () => {
    expect(saveInputSchema.safeParse({ slugAuto: true, draft: { ...draft, sectionId: null } }).success).toBe(true);
    expect(saveInputSchema.safeParse({ slugAuto: true, draft: { ...emptyDraft(), title: 'Only a headline' } }).success).toBe(true);
    expect(saveInputSchema.safeParse({ slugAuto: true, draft: { ...emptyDraft(), body: '<p>Only the first paragraph.</p>' } }).success).toBe(true);
    expect(saveInputSchema.safeParse({ slugAuto: true, draft: { ...emptyDraft(), standfirst: 'Only a standfirst.' } }).success).toBe(true);
  });

  it('refuses a draft with nothing in it, naming the title field', () => {
    for (const body of ['', '<p></p>', '<p> &nbsp; </p><h2></h2>']) {
      const parsed = saveInputSchema.safeParse({ slugAuto: true, draft: { ...emptyDraft(), title: '   ', body } });
      expect(parsed.success, body).toBe(false);
      expect(parsed.error?.issues.map((i) => i.path.join('.')), body).toEqual(['draft.title']);
    }
  });

  it('requires the version an edit started from', () => {
    expect(saveInputSchema.safeParse({ id: 5, slugAuto: false, draft }).success).toBe(false);
    expect(saveInputSchema.safeParse({ id: 5, expectedVersion: 2, slugAuto: false, draft }).success).toBe(true);
  });

  it('trims text and strips control characters', () => {
    const parsed = saveInputSchema.parse({ slugAuto: true, draft: { ...draft, title: '  Head\u0007line  ' } });
    expect(parsed.draft.title).toBe('Headline');
  });
});
