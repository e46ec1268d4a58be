import { describe, expect, it } from 'vitest';
import { FRAGMENTS, includeTag, splitIncludes } from './esi';

describe('splitIncludes', () => {
  it('cuts a page at its includes, keeping the text around them', () => {
    const html = `<main>a</main>${includeTag('/fragments/latest-news')}<p>b</p>${includeTag(FRAGMENTS.moreFrom('city').src)}`;
    expect(splitIncludes(html)).toEqual({ statics: ['<main>a</main>', '<p>b</p>', ''], includes: ['/fragments/latest-news', '/fragments/more-from/city'] });
    expect(splitIncludes('<p>none</p>')).toEqual({ statics: ['<p>none</p>'], includes: [] });
  });

  it('includes only this site’s fragments, whatever a stored story tries', () => {
    for (const tag of ['<esi:include src="https://evil.example/x"/>', '<esi:include src="/dashboard/staff"/>', '<esi:include src="/fragments/../api"/>']) {
      expect(splitIncludes(tag).includes).toEqual([]);
    }
  });
});
