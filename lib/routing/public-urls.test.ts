import { describe, expect, it } from 'vitest';
import { decidePublicUrl, NOT_FOUND_PATH, requestedPage } from './public-urls';

const decide = (path: string, query = '') => decidePublicUrl(path, new URLSearchParams(query));

describe('requestedPage', () => {
  it.each([
    ['2', 2],
    ['15', 15],
    ['999999', 999999],
  ])('reads ?page=%s as page %d', (value, page) => expect(requestedPage(value)).toBe(page));

  it.each(['abc', '0', '1', '-1', '1e3', '2.5', ' 2', '1234567', ''])('treats ?page=%s as the first page', (value) => {
    expect(requestedPage(value)).toBeNull();
  });
});

describe('decidePublicUrl', () => {
  it('leaves ordinary pages alone', () => {
    expect(decide('/')).toEqual({ type: 'next' });
    expect(decide('/business')).toEqual({ type: 'next' });
    expect(decide('/business/a-story')).toEqual({ type: 'next' });
  });

  it('rewrites ?page=N of every listing to its cached page route', () => {
    expect(decide('/business', 'page=3')).toEqual({ type: 'rewrite', pathname: '/business/page/3' });
    expect(decide('/latest', 'page=2')).toEqual({ type: 'rewrite', pathname: '/latest/page/2' });
    expect(decide('/author/amara-okafor', 'page=2')).toEqual({ type: 'rewrite', pathname: '/author/amara-okafor/page/2' });
    expect(decide('/tag/housing', 'page=4')).toEqual({ type: 'rewrite', pathname: '/tag/housing/page/4' });
  });

  it('serves the first page for unusable page numbers', () => {
    for (const bad of ['abc', '0', '-1', '1']) expect(decide('/business', `page=${bad}`)).toEqual({ type: 'next' });
  });

  it('does not treat article URLs or reserved routes as listings', () => {
    expect(decide('/business/a-story', 'page=2')).toEqual({ type: 'next' });
    expect(decide('/search', 'page=2')).toEqual({ type: 'next' });
  });

  it('redirects the internal page routes to their ?page=N address', () => {
    expect(decide('/business/page/2')).toEqual({ type: 'redirect', location: '/business?page=2' });
    expect(decide('/latest/page/0')).toEqual({ type: 'redirect', location: '/latest' });
  });

  it('redirects upper-case spellings to lower case, keeping the query', () => {
    expect(decide('/Business/Some-Story', 'page=2')).toEqual({ type: 'redirect', location: '/business/some-story?page=2' });
  });

  it('sends malformed or absurd slugs to the single 404 page', () => {
    for (const path of ['/business/%00', '/business/..', '/a%2F..%2Fb', `/business/${'a'.repeat(5000)}`, '/business/a_b', '/%E0%A4%A']) {
      expect(decide(path)).toEqual({ type: 'rewrite', pathname: NOT_FOUND_PATH });
    }
  });

  it('lets the 404 page itself through, so the rewrite ends there', () => {
    expect(decide(NOT_FOUND_PATH)).toEqual({ type: 'next' });
  });
});
