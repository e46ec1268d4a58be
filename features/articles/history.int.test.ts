import { desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { ok } from '@/testing/action-results';
import { closeConnection, db } from '@/db/client';
import { articleRevisions, articles } from '@/db/schema';
import type { StaffUser } from '@/features/auth/permissions';
import { cleanupNewsroom, createTestStaff, publishableDraft, trackArticle } from '@/testing/newsroom-fixtures';
import { loadHistory, loadRevisionDiff } from './history';

const session = vi.hoisted(() => ({ current: null as StaffUser | null }));
vi.mock('@/features/auth/session', () => ({ getStaff: async () => session.current }));

const actions = await import('@/features/articles/actions');

let author: StaffUser;
let contributor: StaffUser;

beforeAll(async () => {
  author = await createTestStaff('author');
  contributor = await createTestStaff('contributor');
});

beforeEach(() => {
  session.current = author;
});

afterAll(async () => {
  await cleanupNewsroom();
  await closeConnection();
});


describe('article history', () => {
  it('restores an old version as a new revision and leaves a live story live', async () => {
    const v1 = await publishableDraft({ title: 'First headline', body: '<p>The ferry will run on Sundays.</p>' });
    const published = ok(await actions.publishArticleAction({ slugAuto: false, draft: v1 }));
    trackArticle(published.id);
    const edited = ok(
      await actions.saveArticleAction({
        id: published.id,
        expectedVersion: published.version,
        slugAuto: false,
        draft: { ...v1, title: 'Second headline', body: '<p>The ferry will not run on Sundays.</p>' },
      }),
    );

    const history = await loadHistory(author, published.id);
    // Publishing a new story is one version: created and published in the same write.
    expect(history.revisions.map((r) => r.version)).toEqual([2, 1]);
    expect(history.revisions.map((r) => r.note)).toEqual(['Edited', 'Published']);

    const diff = (await loadRevisionDiff(author, published.id, 1))!;
    expect(diff.changes.map((c) => c.field)).toEqual(['title', 'body']);
    const body = diff.changes.find((c) => c.field === 'body')!;
    expect(body.parts.filter((p) => p.change === 'removed').map((p) => p.text.trim())).toEqual(['not']);

    const restored = ok(await actions.restoreRevisionAction({ id: published.id, version: 1, expectedVersion: edited.version }));
    expect(restored.version).toBe(edited.version + 1);
    const [row] = await db().select().from(articles).where(eq(articles.id, published.id));
    expect(row).toMatchObject({ title: 'First headline', body: '<p>The ferry will run on Sundays.</p>', status: 'published', version: restored.version });
    const [latest] = await db()
      .select()
      .from(articleRevisions)
      .where(eq(articleRevisions.articleId, published.id))
      .orderBy(desc(articleRevisions.version))
      .limit(1);
    expect(latest).toMatchObject({ version: restored.version, note: 'Restored version 1', editorId: author.id });
    expect(latest!.snapshot.title).toBe('First headline');
    expect(latest!.snapshot.status).toBe('published');
  });

  it('refuses a restore from a stale page', async () => {
    const draft = await publishableDraft({ title: 'One' });
    const created = ok(await actions.saveArticleAction({ slugAuto: false, draft }));
    trackArticle(created.id);
    const two = ok(await actions.saveArticleAction({ id: created.id, expectedVersion: 1, slugAuto: false, draft: { ...draft, title: 'Two' } }));
    ok(await actions.saveArticleAction({ id: created.id, expectedVersion: two.version, slugAuto: false, draft: { ...draft, title: 'Three' } }));
    expect(await actions.restoreRevisionAction({ id: created.id, version: 1, expectedVersion: two.version })).toMatchObject({ ok: false, code: 'conflict' });
    const [row] = await db().select().from(articles).where(eq(articles.id, created.id));
    expect(row!.title).toBe('Three');
  });

  it('does not let people who may not edit restore, nor show history to people who may not see it', async () => {
    const created = ok(await actions.saveArticleAction({ slugAuto: false, draft: await publishableDraft() }));
    trackArticle(created.id);
    session.current = contributor;
    expect(await actions.restoreRevisionAction({ id: created.id, version: 1, expectedVersion: 1 })).toMatchObject({ ok: false, code: 'not_found' });
    await expect(loadHistory(contributor, created.id)).rejects.toThrow(/no longer exists/);
  });
});
