import { describe, expect, it } from 'vitest';
import { bodyText } from '@/lib/rich-text/sanitize';
import { hasContent, readinessProblems } from './publish-check';

const ready = {
  title: 'Bridge reopens',
  standfirst: 'Traffic returns after repairs.',
  body: '<h2>Repairs</h2><p>The bridge reopened on Monday.</p>',
  sectionId: 3,
  heroMediaId: 9,
  heroAlt: 'The bridge at dusk',
};

describe('readinessProblems', () => {
  it('accepts a complete article', () => {
    expect(readinessProblems(ready, bodyText)).toEqual({});
  });

  it('names every missing piece by field', () => {
    const problems = readinessProblems({ title: ' ', standfirst: '', body: '<p> </p>', sectionId: null, heroMediaId: null, heroAlt: '' }, bodyText);
    expect(Object.keys(problems).sort()).toEqual(['body', 'heroMediaId', 'sectionId', 'standfirst', 'title']);
  });

  it('treats a body of empty markup or an image alone as empty', () => {
    expect(readinessProblems({ ...ready, body: '<p></p><h2></h2><ul><li><p></p></li></ul>' }, bodyText)).toHaveProperty('body');
    expect(readinessProblems({ ...ready, body: '<figure><img src="/media/a/w1200.webp" alt=""></figure>' }, bodyText)).toHaveProperty('body');
  });

  it('requires alt text when a hero image is set', () => {
    expect(readinessProblems({ ...ready, heroAlt: '  ' }, bodyText)).toEqual({ heroAlt: expect.stringMatching(/alt text/) });
  });

  it('does not ask for a hero image before review, only before publishing', () => {
    expect(readinessProblems({ ...ready, heroMediaId: null, heroAlt: '' }, bodyText, 'review')).toEqual({});
    expect(readinessProblems({ ...ready, standfirst: '' }, bodyText, 'review')).toHaveProperty('standfirst');
  });
});

describe('hasContent', () => {
  it('keeps any draft with a headline, a standfirst or some of the story, an image included', () => {
    const empty = { title: '', standfirst: '', body: '' };
    expect(hasContent({ ...empty, title: 'Headline' }, bodyText)).toBe(true);
    expect(hasContent({ ...empty, standfirst: 'Standfirst' }, bodyText)).toBe(true);
    expect(hasContent({ ...empty, body: '<p>First line</p>' }, bodyText)).toBe(true);
    expect(hasContent({ ...empty, body: '<figure><img src="/media/a/w1200.webp" alt=""></figure>' }, bodyText)).toBe(true);
  });

  it('finds nothing in blanks and empty markup', () => {
    expect(hasContent({ title: '  ', standfirst: ' ', body: '<p></p><h2> </h2><ul><li><p></p></li></ul>' }, bodyText)).toBe(false);
  });
});
