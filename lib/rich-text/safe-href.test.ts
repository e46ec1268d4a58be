import { describe, expect, it } from 'vitest';
import { isLibraryImageSrc, isSafeHref, normaliseHref } from './safe-href';

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
