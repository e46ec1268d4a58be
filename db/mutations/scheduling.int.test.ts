import { eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { closeConnection, db } from '@/db/client';
import { cleanupArticles, createTestArticle } from '@/lib/testing/fixtures';
import { articleRevisions, articles } from '../schema';
import { publishDueArticles, transitionArticle } from './articles';

afterAll(async () => {
  await cleanupArticles();
  await closeConnection();
});

describe('scheduled publishing', () => {
  it('publishes a due article exactly once even when runs overlap (two instances, a restart)', async () => {
    const created = await createTestArticle();
    const at = new Date(Date.now() + 1500);
    await transitionArticle(created.id, { to: 'scheduled', at }, { editorId: null });
    expect((await publishDueArticles(new Date())).ids).not.toContain(created.id);

    await new Promise((r) => setTimeout(r, 1600));
    const runs = await Promise.all(Array.from({ length: 5 }, () => publishDueArticles()));
    expect(runs.flatMap((r) => r.ids).filter((id) => id === created.id)).toHaveLength(1);

    const [row] = await db().select().from(articles).where(eq(articles.id, created.id));
    expect(row!.status).toBe('published');
    expect(row!.publishedAt!.getTime()).toBe(at.getTime());
    const notes = (await db().select().from(articleRevisions).where(eq(articleRevisions.articleId, created.id))).map((r) => r.note);
    expect(notes.filter((n) => n === 'Published on schedule')).toHaveLength(1);
    expect((await publishDueArticles()).ids).not.toContain(created.id);
  });

  it('leaves trashed or unscheduled articles alone', async () => {
    const created = await createTestArticle();
    await transitionArticle(created.id, { to: 'scheduled', at: new Date(Date.now() - 1000) }, { editorId: null });
    await transitionArticle(created.id, { to: 'draft' }, { editorId: null });
    expect((await publishDueArticles()).ids).not.toContain(created.id);
  });
});
