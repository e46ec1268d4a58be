import { describe, expect, it } from 'vitest';
import { sourceFiles } from '@/testing/source-files';
import { containsPattern, escapeLike } from './sql-like';

describe('escapeLike', () => {
  it('makes wildcards and the escape character literal', () => {
    expect(escapeLike('50% off_now\\')).toBe('50\\% off\\_now\\\\');
    expect(containsPattern('a_b')).toBe('%a\\_b%');
  });

  // Issue 16 point 7: a NUL in a staff search reached PostgreSQL, which refuses it (a 500).
  it('drops NUL, which PostgreSQL text cannot hold', () => {
    expect(escapeLike('a\u0000b%')).toBe('ab\\%');
    expect(containsPattern('\u0000')).toBe('%%');
  });
});

describe('the code base', () => {
  const files = sourceFiles().filter((f) => f.file !== 'lib/sql-like.ts');

  it('escapes LIKE patterns only through lib/sql-like.ts', () => {
    // A character class holding both % and _ is what a hand-written LIKE escape looks like.
    const reimplemented = files.filter((f) => /\[[^\]\n]*%[^\]\n]*_[^\]\n]*\]|\[[^\]\n]*_[^\]\n]*%[^\]\n]*\]/.test(f.text)).map((f) => f.file);
    expect(reimplemented).toEqual([]);
  });

  it('builds every LIKE pattern from user text with its helpers', () => {
    const usesLike = files.filter((f) => /\bi?like\(|\b(?:i?like) \$\{/i.test(f.text));
    expect(usesLike.length).toBeGreaterThan(0);
    const without = usesLike.filter((f) => !f.text.includes("from '@/lib/sql-like'") && !/bulk-articles|load-with-writes|bench-fixtures/.test(f.file)).map((f) => f.file);
    expect(without).toEqual([]);
  });
});
