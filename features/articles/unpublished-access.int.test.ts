import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { closeConnection } from '@/db/client';
import { createArticle, setArticleTrashed, transitionArticle } from '@/db/mutations/articles';
import type { ArticleStatus } from '@/db/schema';
import type { StaffUser } from '@/features/auth/permissions';
import { articleFields } from '@/testing/fixtures';
import { cleanupNewsroom, createTestStaff, trackArticle } from '@/testing/newsroom-fixtures';
import { loadHistory } from './history';
import { loadArticleList, parseListParams } from './list';
import { getOverview } from './overview';
import { loadPreview } from './preview';

/**
 * Issue 16 points 13 and 14: what a person learns about other people's unpublished work.
 * Decided: authors read others' published and archived articles, never their drafts, submissions
 * or schedule; and nobody but an administrator can tell from "delete permanently" whether an id
 * exists or is in the trash.
 */
const session = vi.hoisted(() => ({ current: null as StaffUser | null }));
vi.mock('@/features/auth/session', () => ({ getStaff: async () => session.current }));
const actions = await import('@/features/articles/actions');

let writer: StaffUser;
let author: StaffUser;
let contributor: StaffUser;
let editor: StaffUser;
const byStatus = {} as Record<ArticleStatus | 'trashed', number>;

async function make(owner: StaffUser, state: ArticleStatus | 'trashed'): Promise<number> {
  const created = await createArticle(await articleFields({ authorId: owner.id }), { editorId: owner.id });
  trackArticle(created.id);
  if (state === 'published' || state === 'archived' || state === 'trashed') await transitionArticle(created.id, { to: 'published' }, { editorId: owner.id });
  if (state === 'archived') await transitionArticle(created.id, { to: 'archived' }, { editorId: owner.id });
  if (state === 'pending_review') await transitionArticle(created.id, { to: 'pending_review' }, { editorId: owner.id });
  if (state === 'scheduled') await transitionArticle(created.id, { to: 'scheduled', at: new Date(Date.now() + 86_400_000) }, { editorId: owner.id });
  if (state === 'trashed') await setArticleTrashed(created.id, true, { editorId: owner.id });
  return created.id;
}

beforeAll(async () => {
  writer = await createTestStaff('author');
  author = await createTestStaff('author');
  contributor = await createTestStaff('contributor');
  editor = await createTestStaff('editor');
  for (const state of ['draft', 'pending_review', 'scheduled', 'published', 'archived', 'trashed'] as const) byStatus[state] = await make(writer, state);
});

afterAll(async () => {
  await cleanupNewsroom();
  await closeConnection();
});

describe('another person’s articles, as an author', () => {
  it('opens, previews and shows the history of published and archived work only', async () => {
    session.current = author;
    for (const [state, id] of Object.entries(byStatus)) {
      const readable = state === 'published' || state === 'archived';
      const loaded = await actions.loadLatestAction({ id });
      expect(loaded.ok ? 'read' : loaded.code, state).toBe(readable ? 'read' : 'not_found');
      expect((await loadPreview(author, id)) !== null, state).toBe(readable);
      const history = await loadHistory(author, id).then(
        () => 'read',
        () => 'refused',
      );
      expect(history, state).toBe(readable ? 'read' : 'refused');
    }
    // Editors still read everything that is not in the trash, and their own is always readable.
    for (const state of ['draft', 'pending_review', 'scheduled'] as const) expect((await loadPreview(editor, byStatus[state])) !== null).toBe(true);
    expect((await loadPreview(writer, byStatus.draft)) !== null).toBe(true);
  });

  it('lists and counts only their own drafts, submissions and schedule, but everyone’s published stories', async () => {
    const ids = (result: Awaited<ReturnType<typeof loadArticleList>>) => result.result.items.map((i) => i.id);
    const list = (tab: string) => loadArticleList(author, parseListParams({ tab, author: String(writer.id) }));
    for (const tab of ['drafts', 'pending', 'scheduled']) {
      const shown = await list(tab);
      expect(ids(shown), tab).toEqual([]);
      expect(shown.counts.drafts + shown.counts.pending + shown.counts.scheduled, tab).toBe(0);
    }
    expect(ids(await list('published'))).toContain(byStatus.published);
    expect(ids(await list('archived'))).toContain(byStatus.archived);
    expect((await list('published')).counts.published).toBeGreaterThan(0);
    const overview = await getOverview(author);
    const shownIds = overview.flatMap((l) => l.items.map((i) => i.id));
    expect(shownIds).not.toContain(byStatus.scheduled);
    expect(overview.find((l) => l.id === 'scheduled')?.title).toBe('Your scheduled stories');
  });
});

describe('deleting permanently', () => {
  it('answers everyone but an administrator the same, whether the article exists, is live or is trashed', async () => {
    const own = await make(contributor, 'trashed');
    const targets = { missing: 2_147_483_000, live: byStatus.published, trashed: byStatus.trashed, ownTrashed: own };
    for (const who of [contributor, author, editor]) {
      session.current = who;
      const answers = new Set<string>();
      for (const id of Object.values(targets)) answers.add(JSON.stringify(await actions.purgeArticleAction({ id })));
      expect([...answers], who.role).toEqual([JSON.stringify({ ok: false, code: 'forbidden', error: 'Only administrators can delete articles permanently.' })]);
    }
  });
});
