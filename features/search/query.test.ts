import { describe, expect, it } from 'vitest';
import { highlightSegments } from '@/lib/search/highlight';
import { MAX_QUERY_LENGTH, parseSearchRequest, searchPath } from './query';

describe('parseSearchRequest', () => {
  it('treats a missing or blank query as the empty state', () => {
    expect(parseSearchRequest({})).toEqual({ state: 'empty' });
    expect(parseSearchRequest({ q: '   ' })).toEqual({ state: 'empty' });
  });

  it('accepts up to 200 characters and refuses more with the length', () => {
    expect(parseSearchRequest({ q: 'a'.repeat(MAX_QUERY_LENGTH) })).toMatchObject({ state: 'ok' });
    expect(parseSearchRequest({ q: 'a'.repeat(MAX_QUERY_LENGTH + 1) })).toEqual({ state: 'too-long', length: 201 });
    expect(parseSearchRequest({ q: 'x'.repeat(200_000) })).toMatchObject({ state: 'too-long' });
  });

  it('refuses symbol-only queries and strips characters PostgreSQL rejects', () => {
    expect(parseSearchRequest({ q: '%%%%' })).toEqual({ state: 'no-words', q: '%%%%' });
    expect(parseSearchRequest({ q: '"" - !' })).toMatchObject({ state: 'no-words' });
    expect(parseSearchRequest({ q: 'harbour\u0000wall' })).toEqual({ state: 'ok', q: 'harbour wall', page: 1 });
  });

  it('keeps phrases and exclusions, takes the first of repeated parameters and a sane page', () => {
    expect(parseSearchRequest({ q: ['"harbour wall" -ferry', 'x'], page: '3' })).toEqual({ state: 'ok', q: '"harbour wall" -ferry', page: 3 });
    for (const page of ['0', '-1', 'abc', '1e3', '']) expect(parseSearchRequest({ q: 'x', page })).toMatchObject({ page: 1 });
    expect(parseSearchRequest({ q: 'x', page: '999999' })).toMatchObject({ page: 1000 });
  });

  it('builds result URLs with the query encoded', () => {
    expect(searchPath('a & b')).toBe('/search?q=a+%26+b');
    expect(searchPath('a', 2)).toBe('/search?q=a&page=2');
  });
});

describe('highlightSegments', () => {
  it('turns sentinels into marked runs and never lets markup through as markup', () => {
    expect(highlightSegments('The \uE000harbour\uE001 wall &amp; <script>x</script>')).toEqual([
      { text: 'The ', marked: false },
      { text: 'harbour', marked: true },
      { text: ' wall & <script>x</script>', marked: false },
    ]);
  });

  it('drops unbalanced markers and decodes numeric entities', () => {
    expect(highlightSegments('a\uE001b &#8217; &#x2019; &#0;')).toEqual([{ text: 'ab ’ ’ ', marked: false }]);
  });
});
