import { describe, expect, it } from 'vitest';
import { serializeJsonLd } from './json-ld';

describe('serializeJsonLd', () => {
  it('keeps a headline that tries to close the script element inert, and the JSON unchanged', () => {
    const data = {
      '@context': 'https://schema.org' as const,
      '@type': 'NewsArticle' as const,
      headline: '</script><script>alert(1)</script> & <!-- \u2028',
    };
    const json = serializeJsonLd(data);
    expect(json).not.toMatch(/[<>&\u2028]/);
    expect(json).toContain('\\u003c/script\\u003e');
    expect(JSON.parse(json)).toEqual(data);
  });
});
