import { describe, expect, it } from 'vitest';
import { isSameSiteOrigin, refuseCrossSite } from './origin';

describe('isSameSiteOrigin', () => {
  it('accepts the host the request was sent to, or the configured site URL', () => {
    expect(isSameSiteOrigin('http://localhost:3000', 'localhost:3000')).toBe(true);
    expect(isSameSiteOrigin('https://news.example', 'internal:3000', 'https://news.example')).toBe(true);
  });

  it('refuses other sites, look-alikes, missing and malformed origins', () => {
    expect(isSameSiteOrigin('https://evil.example', 'localhost:3000', 'https://news.example')).toBe(false);
    expect(isSameSiteOrigin('https://news.example.evil.example', 'news.example', 'https://news.example')).toBe(false);
    expect(isSameSiteOrigin('http://localhost:3001', 'localhost:3000', undefined)).toBe(false);
    expect(isSameSiteOrigin(null, 'localhost:3000')).toBe(false);
    expect(isSameSiteOrigin('null', 'localhost:3000')).toBe(false);
  });
});

describe('refuseCrossSite', () => {
  it('answers 403 without an Origin and passes same-site requests', () => {
    const url = 'http://localhost:3000/api/x';
    expect(refuseCrossSite(new Request(url, { method: 'POST', headers: { host: 'localhost:3000' } }))?.status).toBe(403);
    expect(refuseCrossSite(new Request(url, { method: 'POST', headers: { host: 'localhost:3000', origin: 'https://evil.example' } }))?.status).toBe(403);
    expect(refuseCrossSite(new Request(url, { method: 'POST', headers: { host: 'localhost:3000', origin: 'http://localhost:3000' } }))).toBeNull();
  });
});
