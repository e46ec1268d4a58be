import { describe, expect, it } from 'vitest';
import { tagsForArticleChange, type ArticleFootprint } from './tags';

const base: ArticleFootprint = { id: 7, slug: 'story', visible: true, sectionSlug: 'city', authorSlug: 'amara', tagSlugs: ['housing', 'rents'], publishedAt: '2026-12-01T09:00:00.000Z' };

describe('tagsForArticleChange', () => {
  it('expires the article, its lists and crawler files when a published article changes', () => {
    const tags = tagsForArticleChange(base, { ...base, sectionSlug: 'business', tagSlugs: ['jobs'] });
    expect(tags).toEqual(
      expect.arrayContaining([
        'article:7', 'article-slug:story', 'section:city', 'section:business', 'author:amara', 'tag:housing', 'tag:jobs',
        'home', 'latest', 'sitemap', 'feed',
      ]),
    );
  });

  // Issue 11 point 8: an edit used to expire every page of its section, author and tag listings.
  it('expires only the pages showing a live story when an edit keeps it in the same listings, in the same place', () => {
    expect(tagsForArticleChange(base, { ...base, tagSlugs: ['rents', 'housing'] }).sort()).toEqual(['article-slug:story', 'article:7', 'feed', 'sitemap']);
    for (const moved of [{ sectionSlug: 'business' }, { authorSlug: 'daniel' }, { tagSlugs: ['housing'] }, { publishedAt: '2026-12-01T10:00:00.000Z' }]) {
      expect(tagsForArticleChange(base, { ...base, ...moved }), JSON.stringify(moved)).toEqual(expect.arrayContaining(['home', 'latest', 'section:city', 'author:amara', 'tag:housing']));
      expect(tagsForArticleChange(base, { ...base, ...moved })).not.toEqual(tagsForArticleChange(base, base));
    }
  });

  it('expires the old and the new slug when a published article is renamed', () => {
    expect(tagsForArticleChange(base, { ...base, slug: 'renamed' })).toEqual(expect.arrayContaining(['article-slug:story', 'article-slug:renamed']));
  });

  it('expires public pages when an article is published or unpublished', () => {
    const hidden = { ...base, visible: false };
    expect(tagsForArticleChange(hidden, base)).toContain('home');
    expect(tagsForArticleChange(base, hidden)).toContain('home');
  });

  it('leaves public pages alone while an article stays unpublished', () => {
    const hidden = { ...base, visible: false };
    expect(tagsForArticleChange(hidden, { ...hidden, slug: 'draft-2' })).toEqual(['article-slug:story', 'article-slug:draft-2']);
    expect(tagsForArticleChange(null, hidden)).toEqual(['article-slug:story']);
  });
});
