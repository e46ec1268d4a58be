import { describe, expect, it } from 'vitest';
import { sourceFiles } from '@/testing/source-files';
import { MAX_RECORD_ID, numericIdSchema, parseRouteId, recordIdSchema } from './route-params';

describe('parseRouteId', () => {
  it('takes plain positive integers that fit PostgreSQL integer', () => {
    expect(parseRouteId('1')).toBe(1);
    expect(parseRouteId(String(MAX_RECORD_ID))).toBe(MAX_RECORD_ID);
    expect(parseRouteId(['7', '8'])).toBe(7);
  });

  // Issue 16 point 7: 10-digit ids reached the query and failed there (a 500 instead of a 404).
  it('refuses everything else, including ids beyond the integer range', () => {
    for (const bad of ['0', '-1', '01', '1.5', '1e3', ' 1', '', 'abc', '9999999999', String(MAX_RECORD_ID + 1), '12345678901']) {
      expect(parseRouteId(bad), bad).toBeNull();
    }
    expect(parseRouteId(undefined)).toBeNull();
  });

  it('has payload schemas with the same range', () => {
    expect(recordIdSchema().safeParse('12').data).toBe(12);
    expect(recordIdSchema().safeParse(MAX_RECORD_ID + 1).success).toBe(false);
    expect(numericIdSchema().safeParse(9_999_999_999).success).toBe(false);
    expect(numericIdSchema().safeParse('12').success).toBe(false);
  });
});

describe('every [id] page', () => {
  const pages = sourceFiles().filter((f) => /\/\[id\]\//.test(f.file) && /(page|route)\.tsx?$/.test(f.file));

  it('parses its id with parseRouteId and nothing of its own', () => {
    expect(pages.length).toBeGreaterThanOrEqual(7);
    // The story pages go through features/articles/story-page.ts, which parses it the same way.
    const loader = sourceFiles().find((f) => f.file.endsWith('features/articles/story-page.ts'));
    expect(loader?.text).toContain('parseRouteId((await params).id)');
    for (const { file, text } of pages) {
      expect(text.includes('parseRouteId((await params).id)') || text.includes('loadStoryPage(params,'), file).toBe(true);
      expect(text, file).not.toMatch(/\\d\{|Number\(\s*(id|rawId)\s*\)/);
    }
  });
});
