import { eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { closeConnection, db } from '@/db/client';
import { cleanupArticles, createTestArticle } from '@/testing/fixtures';
import { articleRevisions, articles } from '../schema';
import { publishDueArticles, transitionArticle, setArticleTrashed } from './articles';

afterAll(async () => {
  await cleanupArticles();
  await closeConnection();
});

// Time is driven explicitly (publishDueArticles takes `now`) instead of sleeping until a schedule
// comes due. The article is due a minute from now, so the running server's own scheduler (every
// 2 s, real time) cannot reach it before the test is done, and the runs below are the only ones
// competing for it; anything else due within that minute would be published by the scheduler then.
const LEAD_MS = 60_000;

describe('scheduled publishing', () => {
  it('publishes a due article exactly once even when runs overlap (two instances, a restart)', async () => {
    const created = await createTestArticle();
    const at = new Date(Date.now() + LEAD_MS);
    await transitionArticle(created.id, { to: 'scheduled', at }, { editorId: null });
    expect((await publishDueArticles(new Date())).ids).not.toContain(created.id);
    expect((await publishDueArticles(new Date(at.getTime() - 1))).ids).not.toContain(created.id);

    const runs = await Promise.all(Array.from({ length: 5 }, () => publishDueArticles(at)));
    expect(runs.flatMap((r) => r.ids).filter((id) => id === created.id)).toHaveLength(1);

    const [row] = await db().select().from(articles).where(eq(articles.id, created.id));
    expect(row!.status).toBe('published');
    expect(row!.publishedAt!.getTime()).toBe(at.getTime());
    const notes = (await db().select().from(articleRevisions).where(eq(articleRevisions.articleId, created.id))).map((r) => r.note);
    expect(notes.filter((n) => n === 'Published on schedule')).toHaveLength(1);
    expect((await publishDueArticles(at)).ids).not.toContain(created.id);
  });

  it('leaves trashed or unscheduled articles alone', async () => {
    const unscheduled = await createTestArticle();
    const at = new Date(Date.now() + LEAD_MS);
    await transitionArticle(unscheduled.id, { to: 'scheduled', at }, { editorId: null });
    await transitionArticle(unscheduled.id, { to: 'draft' }, { editorId: null });
    const trashed = await createTestArticle();
    await transitionArticle(trashed.id, { to: 'scheduled', at }, { editorId: null });
    await setArticleTrashed(trashed.id, true, { editorId: null });

    const { ids: published } = await publishDueArticles(new Date(at.getTime() + 1));
    expect(published).not.toContain(unscheduled.id);
    expect(published).not.toContain(trashed.id);
    const rows = await db().select({ id: articles.id, status: articles.status }).from(articles).where(eq(articles.id, trashed.id));
    expect(rows).toEqual([{ id: trashed.id, status: 'scheduled' }]);
  });
});
