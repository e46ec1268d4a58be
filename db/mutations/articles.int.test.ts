import { eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { closeConnection, db } from '@/db/client';
import { articleFields, cleanupArticles, createTestArticle, makeArticle } from '@/testing/fixtures';
import { articleRevisions, articles } from '../schema';
import { transitionArticle, updateArticle } from './articles';
import { FieldErrors, VersionConflictError } from '@/lib/errors';

afterAll(async () => {
  await cleanupArticles();
  await closeConnection();
});

describe('article mutations', () => {
  it('lets exactly one of 20 simultaneous saves from the same version win', async () => {
    const created = await createTestArticle();
    const fields = await articleFields({ slug: created.slug });
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) => updateArticle(created.id, created.version, { ...fields, title: `Edit ${i}` }, { editorId: null })),
    );
    const won = results.filter((r) => r.status === 'fulfilled');
    const conflicts = results.filter((r) => r.status === 'rejected' && r.reason instanceof VersionConflictError);
    expect(won).toHaveLength(1);
    expect(conflicts).toHaveLength(19);
    const [row] = await db().select().from(articles).where(eq(articles.id, created.id));
    expect(row!.version).toBe(created.version + 1);
    expect(row!.title).toBe(`Edit ${results.findIndex((r) => r.status === 'fulfilled')}`);
    const revisions = await db().select().from(articleRevisions).where(eq(articleRevisions.articleId, created.id));
    expect(revisions).toHaveLength(2);
  });

  it('reports who saved and when on a conflict', async () => {
    const created = await createTestArticle();
    const fields = await articleFields({ slug: created.slug });
    await updateArticle(created.id, 1, { ...fields, title: 'First' }, { editorId: null });
    const error = await updateArticle(created.id, 1, { ...fields, title: 'Second' }, { editorId: null }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(VersionConflictError);
    expect((error as VersionConflictError).info.currentVersion).toBe(2);
    expect((error as VersionConflictError).info.savedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
  });

  it('refuses a slug another article uses, writing nothing', async () => {
    const a = await createTestArticle();
    const b = await createTestArticle();
    const error = await updateArticle(b.id, b.version, await articleFields({ slug: a.slug, title: 'Changed' }), { editorId: null }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FieldErrors);
    expect(Object.keys((error as FieldErrors).fieldErrors)).toEqual(['slug']);
    const [row] = await db().select().from(articles).where(eq(articles.id, b.id));
    expect(row!.title).not.toBe('Changed');
    expect(row!.version).toBe(b.version);
  });

  it('sanitizes bodies on save whatever the caller sends', async () => {
    const created = await createTestArticle({ body: '<p>ok</p><script>alert(1)</script><img src=x onerror=alert(1)>' });
    const [row] = await db().select().from(articles).where(eq(articles.id, created.id));
    expect(row!.body).toBe('<p>ok</p>');
  });

  it('keeps the first publish time when republishing', async () => {
    const first = new Date(Date.now() - 3_600_000);
    const published = await makeArticle('published', {}, first);
    await transitionArticle(published.id, { to: 'draft' }, { editorId: null });
    await transitionArticle(published.id, { to: 'published' }, { editorId: null });
    const [row] = await db().select().from(articles).where(eq(articles.id, published.id));
    expect(row!.publishedAt!.getTime()).toBe(first.getTime());
  });

  it('records a revision for every save and status change', async () => {
    const created = await createTestArticle();
    const fields = await articleFields({ slug: created.slug });
    const v2 = await updateArticle(created.id, 1, { ...fields, title: 'Two' }, { editorId: null });
    await transitionArticle(created.id, { to: 'published' }, { expectedVersion: v2.version, editorId: null });
    const revisions = await db().select().from(articleRevisions).where(eq(articleRevisions.articleId, created.id));
    expect(revisions.map((r) => r.version).sort()).toEqual([1, 2, 3]);
    expect(revisions.find((r) => r.version === 2)!.snapshot.title).toBe('Two');
  });
});
