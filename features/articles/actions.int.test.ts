import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { slugify } from '@/lib/slug';
import { ok } from '@/testing/action-results';
import { closeConnection, db } from '@/db/client';
import { articleRevisions, articles, auditLog } from '@/db/schema';
import type { StaffUser } from '@/features/auth/permissions';
import { uniqueSlug } from '@/testing/fixtures';
import { cleanupNewsroom, createTestStaff, publishableDraft, trackArticle } from '@/testing/newsroom-fixtures';
import type { EditorMeta } from './editor-types';

// The actions read the session through getStaff; each test says who is signed in.
const session = vi.hoisted(() => ({ current: null as StaffUser | null }));
vi.mock('@/features/auth/session', () => ({ getStaff: async () => session.current }));

const actions = await import('@/features/articles/actions');

let contributor: StaffUser;
let author: StaffUser;
let otherAuthor: StaffUser;
let editor: StaffUser;
let admin: StaffUser;

beforeAll(async () => {
  contributor = await createTestStaff('contributor');
  author = await createTestStaff('author');
  otherAuthor = await createTestStaff('author');
  editor = await createTestStaff('editor');
  admin = await createTestStaff('admin');
});

beforeEach(() => {
  session.current = null;
});

afterAll(async () => {
  await cleanupNewsroom();
  await closeConnection();
});

function as(staff: StaffUser) {
  session.current = staff;
}


async function row(id: number) {
  const [r] = await db().select().from(articles).where(eq(articles.id, id));
  return r!;
}

async function auditActions(id: number) {
  const rows = await db().select({ action: auditLog.action, actorId: auditLog.actorId }).from(auditLog).where(and(eq(auditLog.targetType, 'article'), eq(auditLog.targetId, String(id))));
  return rows;
}

async function createDraft(staff: StaffUser, overrides = {}): Promise<EditorMeta> {
  as(staff);
  const meta = ok(await actions.saveArticleAction({ slugAuto: false, draft: await publishableDraft(overrides) }));
  trackArticle(meta.id);
  return meta;
}

describe('article actions', () => {
  it('refuse everything without a session', async () => {
    const result = await actions.saveArticleAction({ slugAuto: true, draft: await publishableDraft() });
    expect(result).toMatchObject({ ok: false, code: 'unauthenticated' });
  });

  it('validate input at the boundary and name the fields', async () => {
    as(author);
    // A draft saves with whatever it has, but not with nothing at all (the title field is named).
    const result = await actions.saveArticleAction({ slugAuto: false, draft: { ...(await publishableDraft()), title: '', standfirst: '', body: '<p></p>', slug: 'Not A Slug' } });
    expect(result).toMatchObject({ ok: false, code: 'invalid' });
    if (result.ok) return;
    expect(Object.keys(result.fieldErrors!).sort()).toEqual(['slug', 'title']);
    expect(await actions.saveArticleAction({ slugAuto: true, draft: await publishableDraft(), status: 'published' })).toMatchObject({ ok: false, code: 'invalid' });
  });

  it('let a contributor write and submit a draft, but never publish', async () => {
    const meta = await createDraft(contributor);
    expect(meta).toMatchObject({ status: 'draft', version: 1 });
    expect(meta.permissions).toMatchObject({ publish: false, submit: true });
    const refused = await actions.publishArticleAction({ id: meta.id, expectedVersion: meta.version, slugAuto: false, draft: await publishableDraft({ slug: meta.slug }) });
    expect(refused).toMatchObject({ ok: false, code: 'forbidden' });
    expect((await row(meta.id)).status).toBe('draft');

    const submitted = ok(
      await actions.submitForReviewAction({ id: meta.id, expectedVersion: meta.version, slugAuto: false, draft: await publishableDraft({ slug: meta.slug, title: 'Ready for the desk' }) }),
    );
    expect(submitted.status).toBe('pending_review');
    expect(await row(meta.id)).toMatchObject({ status: 'pending_review', title: 'Ready for the desk' });
  });

  it('hide other people’s drafts from contributors and authors', async () => {
    const meta = await createDraft(otherAuthor);
    as(contributor);
    const draft = await publishableDraft({ slug: meta.slug });
    expect(await actions.saveArticleAction({ id: meta.id, expectedVersion: meta.version, slugAuto: false, draft })).toMatchObject({ ok: false, code: 'not_found' });
    as(author);
    // Colleagues' drafts are private to them and the editors (issue 16 point 14): not even there.
    expect(await actions.saveArticleAction({ id: meta.id, expectedVersion: meta.version, slugAuto: false, draft })).toMatchObject({ ok: false, code: 'not_found' });
    expect(await actions.trashArticleAction({ id: meta.id })).toMatchObject({ ok: false, code: 'not_found' });
    expect((await row(meta.id)).version).toBe(meta.version);
    // Authors may read colleagues' published work but not change it.
    as(otherAuthor);
    const published = ok(await actions.publishArticleAction({ id: meta.id, expectedVersion: meta.version, slugAuto: false, draft }));
    as(author);
    expect(await actions.saveArticleAction({ id: meta.id, expectedVersion: published.version, slugAuto: false, draft })).toMatchObject({ ok: false, code: 'forbidden' });
    expect(await actions.trashArticleAction({ id: meta.id })).toMatchObject({ ok: false, code: 'forbidden' });
    expect((await row(meta.id)).version).toBe(published.version);
  });

  it('publish an author’s own article in one step, with an audit entry', async () => {
    as(author);
    const draft = await publishableDraft();
    const meta = ok(await actions.publishArticleAction({ slugAuto: false, draft }));
    trackArticle(meta.id);
    expect(meta.status).toBe('published');
    expect(meta.publicPath).toBe(`/city/${draft.slug}`);
    expect((await row(meta.id)).publishedAt).not.toBeNull();
    expect(await auditActions(meta.id)).toEqual([{ action: 'article.publish', actorId: author.id }]);
  });

  it('refuse to publish an incomplete article and write nothing', async () => {
    const meta = await createDraft(author);
    const draft = await publishableDraft({ slug: meta.slug, heroMediaId: null, heroAlt: '', standfirst: '' });
    const result = await actions.publishArticleAction({ id: meta.id, expectedVersion: meta.version, slugAuto: false, draft });
    expect(result).toMatchObject({ ok: false, code: 'invalid' });
    if (!result.ok) expect(Object.keys(result.fieldErrors!).sort()).toEqual(['heroMediaId', 'standfirst']);
    const withoutAlt = await actions.publishArticleAction({ id: meta.id, expectedVersion: meta.version, slugAuto: false, draft: { ...(await publishableDraft({ slug: meta.slug })), heroAlt: ' ' } });
    expect(withoutAlt).toMatchObject({ ok: false, fieldErrors: { heroAlt: expect.any(String) } });
    expect(await row(meta.id)).toMatchObject({ status: 'draft', version: meta.version });
  });

  it('report a conflict with who saved and when, keeping the database as the winner left it', async () => {
    const meta = await createDraft(author);
    as(editor);
    ok(await actions.saveArticleAction({ id: meta.id, expectedVersion: meta.version, slugAuto: false, draft: await publishableDraft({ slug: meta.slug, title: 'Editor version' }) }));
    as(author);
    const result = await actions.saveArticleAction({ id: meta.id, expectedVersion: meta.version, slugAuto: false, draft: await publishableDraft({ slug: meta.slug, title: 'Author version' }) });
    expect(result).toMatchObject({ ok: false, code: 'conflict', conflict: { currentVersion: meta.version + 1, savedBy: editor.name } });
    expect((await row(meta.id)).title).toBe('Editor version');

    // "Keep my version": saved on top of the newer version.
    const kept = ok(await actions.saveArticleAction({ id: meta.id, expectedVersion: meta.version + 1, slugAuto: false, draft: await publishableDraft({ slug: meta.slug, title: 'Author version' }) }));
    expect(kept.version).toBe(meta.version + 2);
    expect((await row(meta.id)).title).toBe('Author version');
  });

  it('compare the editor’s text with the newer version without saving', async () => {
    const meta = await createDraft(author, { body: '<p>The council met on Monday.</p>' });
    const draft = await publishableDraft({ slug: meta.slug, body: '<p>The council met on Tuesday.</p>' });
    const data = ok(await actions.compareWithLatestAction({ id: meta.id, draft }));
    expect(data.latest.meta.version).toBe(meta.version);
    const body = data.changes.find((c) => c.field === 'body')!;
    expect(body.parts.filter((p) => p.change !== 'same').map((p) => p.text.trim())).toEqual(['Monday', 'Tuesday']);
    expect((await row(meta.id)).version).toBe(meta.version);
  });

  it('skip writing a revision when nothing changed', async () => {
    const meta = await createDraft(author);
    const [r] = await db().select({ body: articles.body }).from(articles).where(eq(articles.id, meta.id));
    const again = ok(await actions.saveArticleAction({ id: meta.id, expectedVersion: meta.version, slugAuto: false, draft: await publishableDraft({ slug: meta.slug, title: (await row(meta.id)).title, body: r!.body }) }));
    expect(again.version).toBe(meta.version);
  });

  it('pick a free slug when a generated one is taken, but report a typed one', async () => {
    const first = await createDraft(author);
    as(author);
    const auto = ok(await actions.saveArticleAction({ slugAuto: true, draft: await publishableDraft({ slug: first.slug }) }));
    trackArticle(auto.id);
    expect(auto.slug).toBe(`${first.slug}-2`);
    const typed = await actions.saveArticleAction({ slugAuto: false, draft: await publishableDraft({ slug: first.slug }) });
    expect(typed).toMatchObject({ ok: false, code: 'invalid', fieldErrors: { slug: expect.stringMatching(/already uses this slug/) } });
  });

  it('schedule only in the future, storing the time in UTC', async () => {
    const meta = await createDraft(author);
    const draft = await publishableDraft({ slug: meta.slug });
    const past = await actions.scheduleArticleAction({ save: { id: meta.id, expectedVersion: meta.version, slugAuto: false, draft }, at: new Date(Date.now() - 60_000).toISOString() });
    expect(past).toMatchObject({ ok: false, fieldErrors: { scheduleAt: expect.any(String) } });
    const at = new Date(Date.now() + 86_400_000);
    const scheduled = ok(
      await actions.scheduleArticleAction({ save: { id: meta.id, expectedVersion: meta.version, slugAuto: false, draft }, at: at.toISOString().replace('Z', '+00:00') }),
    );
    expect(scheduled.status).toBe('scheduled');
    expect((await row(meta.id)).scheduledAt!.getTime()).toBe(at.getTime());
    expect((await auditActions(meta.id)).map((a) => a.action)).toEqual(['article.schedule']);
  });

  it('let editors unpublish, archive, trash and restore anyone’s article, auditing each step', async () => {
    as(author);
    const published = ok(await actions.publishArticleAction({ slugAuto: false, draft: await publishableDraft() }));
    trackArticle(published.id);
    as(editor);
    const unpublished = ok(await actions.unpublishArticleAction({ id: published.id, expectedVersion: published.version }));
    expect(unpublished.status).toBe('draft');
    const archived = ok(await actions.archiveArticleAction({ id: published.id, expectedVersion: unpublished.version }));
    expect(archived.status).toBe('archived');
    const trashed = ok(await actions.trashArticleAction({ id: published.id, expectedVersion: archived.version }));
    expect(trashed.deleted).toBe(true);
    expect(trashed.permissions).toMatchObject({ edit: false, restore: true, purge: false });
    const restored = ok(await actions.restoreArticleAction({ id: published.id, expectedVersion: trashed.version }));
    expect(restored).toMatchObject({ deleted: false, status: 'archived' });
    expect((await auditActions(published.id)).map((a) => a.action)).toEqual([
      'article.publish',
      'article.unpublish',
      'article.archive',
      'article.trash',
      'article.restore',
    ]);
    // A stale version is a conflict for status changes too.
    expect(await actions.unpublishArticleAction({ id: published.id, expectedVersion: published.version })).toMatchObject({ ok: false, code: 'conflict' });
    // And a step that does not fit the current status is refused with a reason.
    expect(await actions.archiveArticleAction({ id: published.id, expectedVersion: restored.version })).toMatchObject({ ok: false, code: 'invalid' });
  });

  it('let only administrators delete permanently, and only from the trash', async () => {
    const meta = await createDraft(author);
    as(admin);
    expect(await actions.purgeArticleAction({ id: meta.id })).toMatchObject({ ok: false, code: 'forbidden' });
    as(editor);
    ok(await actions.trashArticleAction({ id: meta.id }));
    expect(await actions.purgeArticleAction({ id: meta.id })).toMatchObject({ ok: false, code: 'forbidden' });
    as(admin);
    ok(await actions.purgeArticleAction({ id: meta.id }));
    expect(await db().select().from(articles).where(eq(articles.id, meta.id))).toEqual([]);
    expect(await db().select().from(articleRevisions).where(eq(articleRevisions.articleId, meta.id))).toEqual([]);
    expect((await auditActions(meta.id)).map((a) => a.action)).toEqual(['article.trash', 'article.purge']);
  });

  it('let editors create tags inline, not authors', async () => {
    const name = `Inline ${uniqueSlug('tag')}`;
    as(author);
    expect(await actions.findOrCreateTagAction({ name })).toMatchObject({ ok: false, code: 'forbidden' });
    as(editor);
    // A reader who tried the tag's address before it existed got a (cached) 404; it is a page now.
    const tagPage = `${process.env.TEST_BASE_URL}/tag/${slugify(name, 60)}`;
    expect((await fetch(tagPage)).status).toBe(404);
    expect((await fetch(tagPage)).status).toBe(404);
    const tag = ok(await actions.findOrCreateTagAction({ name }));
    expect(tag.name).toBe(name);
    expect((await fetch(tagPage)).status).toBe(200);
    // The same name again is the same tag, not a duplicate.
    expect(ok(await actions.findOrCreateTagAction({ name: name.toUpperCase() })).id).toBe(tag.id);
    const { tags } = await import('@/db/schema');
    await db().delete(tags).where(eq(tags.id, tag.id));
  });

  it('keep a live article publishable: an update that removes its standfirst is refused', async () => {
    as(author);
    const published = ok(await actions.publishArticleAction({ slugAuto: false, draft: await publishableDraft() }));
    trackArticle(published.id);
    const result = await actions.saveArticleAction({ id: published.id, expectedVersion: published.version, slugAuto: false, draft: await publishableDraft({ slug: published.slug, standfirst: '' }) });
    expect(result).toMatchObject({ ok: false, code: 'invalid', fieldErrors: { standfirst: expect.any(String) } });
  });
});
