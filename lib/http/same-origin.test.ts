import { describe, expect, it } from 'vitest';
import { isSameOriginRequest } from './same-origin';

const site = 'https://news.example.com';
const headers = (h: Record<string, string>) => new Headers(h);

describe('isSameOriginRequest', () => {
  it('accepts the configured public origin and the requested host', () => {
    expect(isSameOriginRequest(headers({ origin: 'https://news.example.com', host: 'internal:3000' }), site)).toBe(true);
    expect(isSameOriginRequest(headers({ origin: 'http://127.0.0.1:4100', host: '127.0.0.1:4100' }), site)).toBe(true);
  });

  it('refuses a missing, opaque, foreign or look-alike origin', () => {
    expect(isSameOriginRequest(headers({ host: 'news.example.com' }), site)).toBe(false);
    expect(isSameOriginRequest(headers({ origin: 'null', host: 'news.example.com' }), site)).toBe(false);
    expect(isSameOriginRequest(headers({ origin: 'https://evil.example', host: 'news.example.com' }), site)).toBe(false);
    expect(isSameOriginRequest(headers({ origin: 'https://news.example.com.evil.example', host: 'news.example.com' }), site)).toBe(false);
    expect(isSameOriginRequest(headers({ origin: 'http://news.example.com', host: 'other:3000' }), site)).toBe(false);
    expect(isSameOriginRequest(headers({ origin: 'not a url', host: 'news.example.com' }), site)).toBe(false);
  });
});
