import { describe, expect, it } from 'vitest';
import { classifyHref, isLibraryImageSrc, isSafeHref, normaliseHref } from './safe-href';

describe('isSafeHref', () => {
  it('allows web, mail and same-site links', () => {
    for (const ok of ['https://example.org/a', 'http://example.org', 'mailto:news@example.org', '/city/bridge', '#notes']) expect(isSafeHref(ok), ok).toBe(true);
  });

  it('refuses script and data links, protocol-relative and malformed ones', () => {
    for (const bad of ['javascript:alert(1)', ' JavaScript:alert(1)', 'data:text/html,<b>x', '//evil.example/x', '/\\evil.example', 'vbscript:x', '', 'ftp://x.example']) {
      expect(isSafeHref(bad), bad).toBe(false);
    }
  });
});

describe('classifyHref', () => {
  const site = 'https://news.example';

  it('decides by where a browser would go, and gives that place one spelling', () => {
    expect(classifyHref('https:\\\\evil.example/x', site)).toEqual({ href: 'https://evil.example/x', kind: 'external' });
    expect(classifyHref('https:/evil.example', site)).toEqual({ href: 'https://evil.example/', kind: 'external' });
    // On an http site a browser would resolve this against the page; elsewhere (feed readers) it leaves.
    expect(classifyHref('http:evil.example', 'http://news.example')).toEqual({ href: 'http://evil.example/', kind: 'external' });
    expect(classifyHref('https://NEWS.example/city', site)).toEqual({ href: 'https://news.example/city', kind: 'internal' });
    expect(classifyHref('/city/../latest', site)).toEqual({ href: '/latest', kind: 'internal' });
    expect(classifyHref('mailto:desk@example.org', site)).toEqual({ href: 'mailto:desk@example.org', kind: 'mail' });
    expect(classifyHref('#notes', site)).toEqual({ href: '#notes', kind: 'fragment' });
  });

  it('refuses protocol-relative links however they are spelt', () => {
    for (const bad of ['//evil.example', '/\\evil.example', '/\t/evil.example', '/\n/evil.example', '\\\\evil.example', 'javascript:alert(1)', 'java\tscript:alert(1)']) {
      expect(classifyHref(bad, site), JSON.stringify(bad)).toBeNull();
    }
  });
});

describe('normaliseHref', () => {
  it('turns what people type into links', () => {
    expect(normaliseHref('example.org/report')).toBe('https://example.org/report');
    expect(normaliseHref('desk@example.org')).toBe('mailto:desk@example.org');
    expect(normaliseHref('/city')).toBe('/city');
    expect(normaliseHref('javascript:alert(1)')).toBeNull();
    expect(normaliseHref('   ')).toBeNull();
  });
});

describe('isLibraryImageSrc', () => {
  it('accepts only media library files', () => {
    expect(isLibraryImageSrc('/media/seed-x/w1200.webp')).toBe(true);
    expect(isLibraryImageSrc('https://evil.example/x.png')).toBe(false);
    expect(isLibraryImageSrc('/media/../etc/passwd')).toBe(false);
    expect(isLibraryImageSrc('x')).toBe(false);
  });
});
