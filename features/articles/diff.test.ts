import { describe, expect, it } from 'vitest';
import { diffArticles, wordDiff, type ComparableArticle } from './diff';

const base: ComparableArticle = {
  title: 'Bridge reopens',
  standfirst: 'Traffic returns.',
  slug: 'bridge-reopens',
  sectionId: 'City',
  tagIds: 'Transport',
  heroMediaId: 'The bridge',
  heroAlt: 'The bridge at dusk',
  heroCaption: '',
  heroCredit: '',
  body: 'The bridge reopened on Monday after repairs.',
  seoTitle: '',
  seoDescription: '',
};

describe('diffArticles', () => {
  it('lists only the fields that differ, in reading order', () => {
    const changes = diffArticles(base, { ...base, body: 'The bridge reopened on Tuesday after repairs.', title: 'Bridge open again', sectionId: 'Business' });
    expect(changes.map((c) => c.field)).toEqual(['title', 'sectionId', 'body']);
    expect(changes.map((c) => c.label)).toEqual(['Title', 'Section', 'Body']);
  });

  it('diffs the body word by word', () => {
    const [body] = diffArticles(base, { ...base, body: 'The bridge reopened on Tuesday after repairs.' });
    expect(body!.parts.filter((p) => p.change === 'removed').map((p) => p.text.trim())).toEqual(['Monday']);
    expect(body!.parts.filter((p) => p.change === 'added').map((p) => p.text.trim())).toEqual(['Tuesday']);
    expect(body!.parts.filter((p) => p.change !== 'added').map((p) => p.text).join('')).toBe(base.body);
  });

  it('finds nothing between identical versions', () => {
    expect(diffArticles(base, { ...base })).toEqual([]);
  });
});

describe('wordDiff', () => {
  it('keeps markup-like text as plain text', () => {
    const parts = wordDiff('a', '<script>x</script>');
    expect(parts.map((p) => p.text).join('')).toContain('<script>');
  });
});
