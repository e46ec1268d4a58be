import { describe, expect, it } from 'vitest';
import { isValidSlug, slugify } from './slug';

describe('slugify', () => {
  it('makes lowercase hyphenated ASCII from a headline', () => {
    expect(slugify('Council proposes 4.5% tax rise: “£11m gap”')).toBe('council-proposes-4-5-tax-rise-11m-gap');
    expect(slugify('Café Society & the Wend’s Otters')).toBe('cafe-society-and-the-wends-otters');
  });

  it('cuts long titles at a word boundary', () => {
    const slug = slugify('word '.repeat(40), 30);
    expect(slug.length).toBeLessThanOrEqual(30);
    expect(slug.endsWith('-')).toBe(false);
    expect(isValidSlug(slug)).toBe(true);
  });

  it('rejects slugs that could not come from slugify', () => {
    for (const bad of ['', 'Upper', 'a--b', '-a', 'a/b', '../x', 'a'.repeat(121), 'a\u0000b']) expect(isValidSlug(bad)).toBe(false);
  });
});
