import http from 'node:http';
import { describe, expect, it } from 'vitest';
import { createFrontCache, dropAgainAtEnd } from './front-cache';
import { piece } from './gzip-stitch';

const doc = (text: string) => ({ status: 200, headers: [], layout: { statics: [piece(text)], includes: [] } });

describe('dropAgainAtEnd', () => {
  // Seen in CI: an unpublished story was still on the homepage right after "Unpublished", because
  // a reader's request stored Next's old homepage between the commit and the end of the action.
  it('drops the tags a write expired once more as the write’s answer ends, so a copy stored meanwhile goes', () => {
    const cache = createFrontCache(1024 * 1024);
    const res = new http.ServerResponse(new http.IncomingMessage(null as never));
    res.end = (() => res) as typeof res.end;
    const slot = { expired: null as Set<string> | null };
    dropAgainAtEnd(res, slot, cache);
    // The write commits and expires 'home'; then a reader's request stores the old homepage.
    slot.expired = new Set(['home']);
    cache.expire(['home']);
    cache.store('/', doc('old home'), cache.generation(), new Set(['all', 'home']));
    cache.store('/city', doc('city'), cache.generation(), new Set(['all', 'section:city']));
    expect(cache.lookup('/')).not.toBeNull();
    res.end();
    expect(cache.lookup('/')).toBeNull();
    expect(cache.lookup('/city')).not.toBeNull();
  });

  it('leaves everything alone when the request wrote nothing', () => {
    const cache = createFrontCache(1024 * 1024);
    const res = new http.ServerResponse(new http.IncomingMessage(null as never));
    res.end = (() => res) as typeof res.end;
    dropAgainAtEnd(res, { expired: null }, cache);
    cache.store('/', doc('home'), cache.generation(), new Set(['all', 'home']));
    res.end();
    expect(cache.lookup('/')).not.toBeNull();
  });
});

describe('storing an answer that was rendering during a change', () => {
  it('refuses it when the change touched its tags (or everything), and keeps it otherwise', () => {
    const cache = createFrontCache(1024 * 1024);
    const started = cache.generation();
    cache.expire(['article:1']);
    expect(cache.store('/city/other', doc('other'), started, new Set(['all', 'article:2']))).not.toBeNull();
    expect(cache.store('/city/one', doc('one'), started, new Set(['all', 'article:1']))).toBeNull();
    expect(cache.store('/unknown', doc('?'), started, null)).toBeNull();
    cache.expire(['all']);
    expect(cache.store('/city/other', doc('other'), started, new Set(['all', 'article:2']))).toBeNull();
  });
});
