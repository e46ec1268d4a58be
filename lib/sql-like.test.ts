import { describe, expect, it } from 'vitest';
import { containsPattern, escapeLike } from './sql-like';

describe('escapeLike', () => {
  it('makes wildcards and the escape character literal', () => {
    expect(escapeLike('50% off_now\\')).toBe('50\\% off\\_now\\\\');
    expect(containsPattern('a_b')).toBe('%a\\_b%');
  });
});
