import { describe, expect, it } from 'vitest';
import { saveInputSchema } from './draft-schema';
import { emptyDraft } from './editor-types';

const draft = { ...emptyDraft(), title: 'A headline', slug: 'a-headline', sectionId: 1 };

describe('saveInputSchema', () => {
  it('accepts a minimal draft', () => {
    expect(saveInputSchema.safeParse({ slugAuto: true, draft }).success).toBe(true);
  });

  it('refuses unknown fields, reserved or malformed slugs and a missing section', () => {
    expect(saveInputSchema.safeParse({ slugAuto: true, draft: { ...draft, status: 'published' } }).success).toBe(false);
    expect(saveInputSchema.safeParse({ slugAuto: true, draft, authorId: 1 }).success).toBe(false);
    for (const slug of ['dashboard', 'Bad Slug', '../x', '']) expect(saveInputSchema.safeParse({ slugAuto: false, draft: { ...draft, slug } }).success, slug).toBe(false);
    expect(saveInputSchema.safeParse({ slugAuto: true, draft: { ...draft, sectionId: null } }).success).toBe(false);
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
