import { count, eq, sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { closeConnection, db } from '@/db/client';
import { bodyText } from '@/lib/rich-text/sanitize';
import { articles, sections, users } from './schema';
import { seedDemoContent } from './seed';

afterAll(closeConnection);

describe('demo content', () => {
  it('has enough published stories, sections and authors, with recent ones', async () => {
    const published = await db().select().from(articles).where(eq(articles.status, 'published'));
    const seeded = published.filter((a) => !a.slug.startsWith('test-'));
    expect(seeded.length).toBeGreaterThanOrEqual(40);
    expect(new Set(seeded.map((a) => a.sectionId)).size).toBeGreaterThanOrEqual(5);
    expect(new Set(seeded.map((a) => a.authorId)).size).toBeGreaterThanOrEqual(4);
    const dayAgo = Date.now() - 24 * 3_600_000;
    expect(seeded.filter((a) => a.publishedAt && a.publishedAt.getTime() > dayAgo).length).toBeGreaterThanOrEqual(5);
    const oldest = Math.min(...seeded.map((a) => a.publishedAt!.getTime()));
    expect(Date.now() - oldest).toBeGreaterThan(14 * 24 * 3_600_000);
  });

  it('writes 400–900 word bodies with subheadings, a quote, a list and a hero image', async () => {
    const published = await db().select().from(articles).where(eq(articles.status, 'published'));
    for (const a of published.filter((x) => !x.slug.startsWith('test-'))) {
      const words = bodyText(a.body).split(' ').length;
      expect(words, a.slug).toBeGreaterThanOrEqual(400);
      expect(words, a.slug).toBeLessThanOrEqual(900);
      expect(a.body, a.slug).toMatch(/<h2>/);
      expect(a.body, a.slug).toMatch(/<blockquote>/);
      expect(a.body, a.slug).toMatch(/<(ul|ol)>/);
      expect(a.heroMediaId, a.slug).not.toBeNull();
      expect(a.heroAlt, a.slug).not.toBe('');
    }
  });

  it('includes drafts and a scheduled story', async () => {
    const [drafts] = await db().select({ n: count() }).from(articles).where(sql`${articles.status} = 'draft' and ${articles.slug} not like 'test-%'`);
    const [scheduled] = await db().select({ n: count() }).from(articles).where(sql`${articles.status} = 'scheduled' and ${articles.slug} not like 'test-%'`);
    expect(drafts!.n).toBeGreaterThanOrEqual(2);
    expect(scheduled!.n).toBeGreaterThanOrEqual(1);
  });

  it('is idempotent', async () => {
    const before = await Promise.all([db().select({ n: count() }).from(articles), db().select({ n: count() }).from(sections), db().select({ n: count() }).from(users)]);
    const report = await seedDemoContent(db());
    const after = await Promise.all([db().select({ n: count() }).from(articles), db().select({ n: count() }).from(sections), db().select({ n: count() }).from(users)]);
    expect(report.created).toBe(0);
    expect(after.map((r) => r[0]!.n)).toEqual(before.map((r) => r[0]!.n));
  });

  it('gives demo bylines no password, so they cannot sign in', async () => {
    const withPasswords = await db().select({ n: count() }).from(users).where(sql`${users.email} like '%@demo.northgate.invalid' and ${users.passwordHash} is not null`);
    expect(withPasswords[0]!.n).toBe(0);
  });
});
