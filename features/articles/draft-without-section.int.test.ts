import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ok } from '@/testing/action-results';
import { closeConnection, db } from '@/db/client';
import { transitionArticle } from '@/db/mutations/articles';
import { articles } from '@/db/schema';
import type { StaffUser } from '@/features/auth/permissions';
import { sectionBySlug, uniqueSlug } from '@/testing/fixtures';
import { anyMediaId, cleanupNewsroom, createTestStaff, trackArticle } from '@/testing/newsroom-fixtures';
import { emptyDraft, type ArticleDraft, type EditorMeta } from './editor-types';
import { loadEditorSnapshot } from './editor-load';
import { loadArticleList, parseListParams } from './list';
import { getOverview } from './overview';
import { loadPreview } from './preview';

// Regression: a new story could not be saved at all until a section was chosen (the editor said
// "Not saved: Please correct the highlighted fields" to Save draft and to autosave), so a
// reporter's first paragraphs lived only in the browser. Drafts now save with whatever they have;
// what publishing needs is still checked when the story goes to review, is scheduled or published.

const session = vi.hoisted(() => ({ current: null as StaffUser | null }));
vi.mock('@/features/auth/session', () => ({ getStaff: async () => session.current }));

const actions = await import('@/features/articles/actions');

let author: StaffUser;
let contributor: StaffUser;

beforeAll(async () => {
  author = await createTestStaff('author');
  contributor = await createTestStaff('contributor');
});

afterAll(async () => {
  await cleanupNewsroom();
  await closeConnection();
});


async function saveNew(staff: StaffUser, draft: ArticleDraft): Promise<EditorMeta> {
  session.current = staff;
  // As the editor sends a new story: the slug still follows the (possibly empty) title.
  const meta = ok(await actions.saveArticleAction({ slugAuto: true, draft }));
  trackArticle(meta.id);
  return meta;
}

async function row(id: number) {
  const [r] = await db().select().from(articles).where(eq(articles.id, id));
  return r!;
}

describe('a draft without a section', () => {
  it('saves with only a title, and its slug follows the title', async () => {
    const title = `Only a headline ${uniqueSlug('t')}`;
    const meta = await saveNew(author, { ...emptyDraft(), title });
    const saved = await row(meta.id);
    expect(saved).toMatchObject({ title, sectionId: null, status: 'draft', body: '' });
    expect(saved.slug).toMatch(/^only-a-headline-/);
    expect(meta.publicPath).toBeNull();
  });

  it('saves with only a body, under a stand-in slug, and autosaves on top of that', async () => {
    const body = '<p>The first paragraph, written before anything else.</p>';
    const meta = await saveNew(contributor, { ...emptyDraft(), body });
    const saved = await row(meta.id);
    expect(saved).toMatchObject({ title: '', sectionId: null, status: 'draft', body });
    expect(saved.slug).toMatch(/^untitled(-\d+)?$/);

    // The next autosave (the editor now sends the slug it was given) is an ordinary edit.
    const more = `${body}<p>And a second one.</p>`;
    const next = ok(await actions.saveArticleAction({ id: meta.id, expectedVersion: meta.version, slugAuto: true, draft: { ...emptyDraft(), slug: saved.slug, body: more } }));
    expect(next.version).toBe(meta.version + 1);
    expect((await row(meta.id)).body).toBe(more);
  });

  it('refuses a draft with nothing in it, with a message on the title field', async () => {
    session.current = author;
    const result = await actions.saveArticleAction({ slugAuto: true, draft: { ...emptyDraft(), body: '<p></p>' } });
    expect(result).toMatchObject({ ok: false, code: 'invalid' });
    if (result.ok) return;
    expect(Object.keys(result.fieldErrors ?? {})).toEqual(['title']);
    expect(result.fieldErrors!.title).toMatch(/nothing to save/);
  });

  it('is listed in the newsroom (list, overview), opens in the editor and the preview', async () => {
    const meta = await saveNew(contributor, { ...emptyDraft(), body: '<p>Listed without a section.</p>' });
    const list = await loadArticleList(contributor, parseListParams({ tab: 'drafts' }));
    const listed = list.result.items.find((r) => r.id === meta.id);
    expect(listed).toMatchObject({ id: meta.id, title: '', section: null });
    expect(list.counts.drafts).toBeGreaterThanOrEqual(2);

    const overview = await getOverview(contributor);
    expect(overview.flatMap((l) => l.items).find((i) => i.id === meta.id)).toMatchObject({ sectionName: null });

    const snapshot = await loadEditorSnapshot(contributor, meta.id);
    expect(snapshot.draft).toMatchObject({ sectionId: null, body: '<p>Listed without a section.</p>' });

    const preview = await loadPreview(contributor, meta.id);
    expect(preview?.article.section).toEqual({ slug: '', name: 'No section' });
    expect(preview?.related).toEqual([]);
  });

  it('cannot be published, scheduled or submitted for review until it has a section', async () => {
    const title = `Ready but for a section ${uniqueSlug('p')}`;
    const complete: ArticleDraft = {
      ...emptyDraft(),
      title,
      standfirst: 'Everything but the section.',
      body: '<p>A whole story.</p>',
      heroMediaId: await anyMediaId(),
      heroAlt: 'A picture',
    };
    const meta = await saveNew(author, complete);
    const input = { id: meta.id, expectedVersion: meta.version, slugAuto: true, draft: { ...complete, slug: (await row(meta.id)).slug } };
    session.current = author;
    const refusals = [
      await actions.publishArticleAction(input),
      await actions.scheduleArticleAction({ save: input, at: new Date(Date.now() + 3_600_000).toISOString() }),
    ];
    session.current = contributor;
    const own = await saveNew(contributor, complete);
    refusals.push(await actions.submitForReviewAction({ ...input, id: own.id, expectedVersion: own.version, draft: { ...complete, slug: (await row(own.id)).slug } }));
    for (const result of refusals) {
      expect(result).toMatchObject({ ok: false, code: 'invalid', fieldErrors: { sectionId: 'Choose a section.' } });
    }
    expect(await row(meta.id)).toMatchObject({ status: 'draft', sectionId: null, version: meta.version });
    expect(await row(own.id)).toMatchObject({ status: 'draft', sectionId: null, version: own.version });

    // With a section it goes out as before.
    session.current = author;
    const city = await sectionBySlug('city');
    const published = ok(await actions.publishArticleAction({ ...input, draft: { ...input.draft, sectionId: city.id } }));
    expect(published.status).toBe('published');
    expect(published.publicPath).toBe(`/city/${input.draft.slug}`);
  });

  it('can never go live by any path: the database refuses a published or scheduled row without a section', async () => {
    const meta = await saveNew(author, { ...emptyDraft(), title: `Straight to the database ${uniqueSlug('c')}` });
    await expect(transitionArticle(meta.id, { to: 'published' }, { editorId: author.id })).rejects.toThrow();
    await expect(transitionArticle(meta.id, { to: 'scheduled', at: new Date(Date.now() + 86_400_000) }, { editorId: author.id })).rejects.toThrow();
    expect(await row(meta.id)).toMatchObject({ status: 'draft', publishedAt: null });
  });
});
