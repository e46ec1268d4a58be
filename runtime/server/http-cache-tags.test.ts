import { describe, expect, it } from 'vitest';
import { purgeHeaderValues, xkeyValue } from './http-cache-tags';

describe('xkey header values', () => {
  it('lists the tags with TAG.all, so purging everything reaches every copy', () => {
    expect(xkeyValue(new Set(['home', 'article:4', 'section:city']))).toBe('all home article:4 section:city');
    expect(xkeyValue(new Set(['all', 'latest']))).toBe('all latest');
  });

  it('is absent when the tags are unknown or one could not be purged by name', () => {
    expect(xkeyValue(null)).toBeNull();
    expect(xkeyValue(new Set())).toBeNull();
    expect(xkeyValue(new Set(['home', 'tag:two words']))).toBeNull();
    expect(xkeyValue(new Set(['home', 'a,b']))).toBeNull();
  });

  it('cuts a long purge into header values under the limit, each tag whole and once', () => {
    const tags = Array.from({ length: 600 }, (_, i) => `article:${i}`);
    const values = purgeHeaderValues([...tags, 'article:1'], 1000);
    expect(values.length).toBeGreaterThan(1);
    for (const v of values) expect(v.length).toBeLessThanOrEqual(1000);
    expect(values.flatMap((v) => v.split(' '))).toEqual(tags);
  });
});
