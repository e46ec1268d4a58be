import { eq, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { closeConnection, db } from '@/db/client';
import { createArticle, setArticleTrashed, transitionArticle } from '@/db/mutations/articles';
import { media, sections, tags, users, type ArticleStatus } from '@/db/schema';
import type { ActionResult } from '@/features/actions/result';
import { hashPassword } from '@/features/auth/password';
import type { StaffUser } from '@/features/auth/permissions';
import { sectionBySlug, uniqueSlug } from '@/testing/fixtures';
import { findOrCreateTag, upsertSection } from '@/db/mutations/taxonomy';
import { anyMediaId, cleanupNewsroom, createTestStaff, publishableDraft, trackArticle } from '@/testing/newsroom-fixtures';

/**
 * The newsroom's permission table, checked cell by cell: every server action is called directly,
 * as nobody and as each role, and must either do its job or refuse. Roles (ARCHITECTURE.md):
 * contributor writes own drafts and submits them; author also publishes and edits own articles and
 * reads others' published ones; editor handles anyone's articles, sections and tags; admin
 * everything, plus staff.
 */

const session = vi.hoisted(() => ({ current: null as StaffUser | null }));
vi.mock('@/features/auth/session', () => ({ getStaff: async () => session.current }));

const articles = await import('@/features/articles/actions');
const sectionsActions = await import('@/features/taxonomy/actions');
const staffActions = await import('@/features/staff/actions');
const profileActions = await import('@/features/profile/actions');
const mediaActions = await import('@/features/media/actions');
const loginActions = await import('@/features/auth/actions');

type Who = 'nobody' | 'contributor' | 'author' | 'editor' | 'admin';
const WHO: Who[] = ['nobody', 'contributor', 'author', 'editor', 'admin'];
type Cell = 'allow' | 'deny';

/** Compact rows: the letters say who may, in the order contributor, author, editor, admin. */
function cells(mask: string): Record<Who, Cell> {
  const [c, a, e, ad] = mask.split('').map((ch) => (ch === 'y' ? 'allow' : 'deny') as Cell);
  return { nobody: 'deny', contributor: c!, author: a!, editor: e!, admin: ad! };
}

let actors: Record<Exclude<Who, 'nobody'>, StaffUser>;
let someoneElse: StaffUser;
let mediaOwner: StaffUser;
const PASSWORD = 'matrix-harbour-2026-pw';

beforeAll(async () => {
  const make = async (role: Exclude<Who, 'nobody'>) => {
    const staff = await createTestStaff(role);
    await db().update(users).set({ passwordHash: await hashPassword(PASSWORD) }).where(eq(users.id, staff.id));
    return staff;
  };
  actors = { contributor: await make('contributor'), author: await make('author'), editor: await make('editor'), admin: await make('admin') };
  someoneElse = await createTestStaff('author');
  mediaOwner = await createTestStaff('contributor');
});

afterAll(async () => {
  await cleanupNewsroom();
  // Sections and tags made by the allowed cells would otherwise show up on the public pages.
  await db().delete(sections).where(like(sections.slug, 'msec-%'));
  await db().delete(tags).where(like(tags.name, 'Matrix %'));
  await closeConnection();
});

type Fixture = { id: number; version: number; slug: string };

/** An article by `owner` in `state`, made with the mutations (not the actions under test). */
async function article(owner: StaffUser, state: ArticleStatus | 'trashed'): Promise<Fixture> {
  const section = await sectionBySlug('city');
  const slug = uniqueSlug('matrix');
  const created = await createArticle(
    {
      title: `Matrix ${slug}`,
      slug,
      standfirst: 'A story for the permission table.',
      body: '<p>Body of a permission-table story.</p>',
      sectionId: section.id,
      authorId: owner.id,
      tagIds: [],
      heroMediaId: await anyMediaId(),
      heroAlt: 'A picture',
      heroCaption: '',
      heroCredit: '',
      seoTitle: '',
      seoDescription: '',
    },
    { editorId: owner.id },
  );
  trackArticle(created.id);
  let saved = created;
  if (state === 'published' || state === 'archived' || state === 'trashed') saved = await transitionArticle(created.id, { to: 'published' }, { editorId: owner.id });
  if (state === 'archived') saved = await transitionArticle(created.id, { to: 'archived' }, { editorId: owner.id });
  if (state === 'pending_review') saved = await transitionArticle(created.id, { to: 'pending_review' }, { editorId: owner.id });
  if (state === 'scheduled') saved = await transitionArticle(created.id, { to: 'scheduled', at: new Date(Date.now() + 86_400_000) }, { editorId: owner.id });
  if (state === 'trashed') saved = await setArticleTrashed(created.id, true, { editorId: owner.id });
  return { id: saved.id, version: saved.version, slug: saved.slug };
}

async function saveInput(a: Fixture) {
  return { id: a.id, expectedVersion: a.version, slugAuto: false, draft: await publishableDraft({ slug: a.slug }) };
}

type Row = {
  action: string;
  expect: Record<Who, Cell>;
  /** Runs the action as whoever is signed in; `me` is that person (for "own" cases) or null. */
  call: (me: StaffUser | null) => Promise<ActionResult<unknown>>;
};

const own = (me: StaffUser | null) => me ?? someoneElse;

const ROWS: Row[] = [
  // Articles: creating and editing
  { action: 'save: create a draft', expect: cells('yyyy'), call: async () => articles.saveArticleAction({ slugAuto: false, draft: await publishableDraft() }) },
  { action: 'save: edit own draft', expect: cells('yyyy'), call: async (me) => articles.saveArticleAction(await saveInput(await article(own(me), 'draft'))) },
  { action: "save: edit someone else's draft", expect: cells('nnyy'), call: async () => articles.saveArticleAction(await saveInput(await article(someoneElse, 'draft'))) },
  { action: 'save: edit own published story', expect: cells('nyyy'), call: async (me) => articles.saveArticleAction(await saveInput(await article(own(me), 'published'))) },
  { action: "save: edit someone else's published story", expect: cells('nnyy'), call: async () => articles.saveArticleAction(await saveInput(await article(someoneElse, 'published'))) },
  // Articles: workflow
  { action: 'publish own draft', expect: cells('nyyy'), call: async (me) => articles.publishArticleAction(await saveInput(await article(own(me), 'draft'))) },
  { action: "publish someone else's draft", expect: cells('nnyy'), call: async () => articles.publishArticleAction(await saveInput(await article(someoneElse, 'draft'))) },
  { action: "publish someone else's submission", expect: cells('nnyy'), call: async () => articles.publishArticleAction(await saveInput(await article(someoneElse, 'pending_review'))) },
  {
    action: 'schedule own draft',
    expect: cells('nyyy'),
    call: async (me) => articles.scheduleArticleAction({ save: await saveInput(await article(own(me), 'draft')), at: new Date(Date.now() + 3_600_000).toISOString() }),
  },
  { action: 'submit own draft for review', expect: cells('yyyy'), call: async (me) => articles.submitForReviewAction(await saveInput(await article(own(me), 'draft'))) },
  // Submitting is the contributor's hand-over of their own work; editors publish directly instead.
  { action: "submit someone else's draft", expect: cells('nnnn'), call: async () => articles.submitForReviewAction(await saveInput(await article(someoneElse, 'draft'))) },
  { action: 'unpublish own published story', expect: cells('nyyy'), call: async (me) => articles.unpublishArticleAction({ id: (await article(own(me), 'published')).id }) },
  { action: "unpublish someone else's story", expect: cells('nnyy'), call: async () => articles.unpublishArticleAction({ id: (await article(someoneElse, 'published')).id }) },
  { action: "archive someone else's story", expect: cells('nnyy'), call: async () => articles.archiveArticleAction({ id: (await article(someoneElse, 'published')).id }) },
  { action: 'trash own draft', expect: cells('yyyy'), call: async (me) => articles.trashArticleAction({ id: (await article(own(me), 'draft')).id }) },
  { action: "trash someone else's draft", expect: cells('nnyy'), call: async () => articles.trashArticleAction({ id: (await article(someoneElse, 'draft')).id }) },
  { action: 'restore from trash', expect: cells('nnyy'), call: async () => articles.restoreArticleAction({ id: (await article(someoneElse, 'trashed')).id }) },
  { action: 'delete permanently from trash', expect: cells('nnny'), call: async () => articles.purgeArticleAction({ id: (await article(someoneElse, 'trashed')).id }) },
  { action: 'create a tag inline', expect: cells('nnyy'), call: async () => articles.findOrCreateTagAction({ name: `Matrix ${uniqueSlug('tag').slice(-8)}` }) },
  // Articles: reading other people's work. Authors read what has been published (published or
  // archived), never drafts, submissions or the schedule; editors read everything (issue 16 point 14).
  { action: "load the latest version of someone else's draft", expect: cells('nnyy'), call: async () => articles.loadLatestAction({ id: (await article(someoneElse, 'draft')).id }) },
  {
    action: "load the latest version of someone else's submission",
    expect: cells('nnyy'),
    call: async () => articles.loadLatestAction({ id: (await article(someoneElse, 'pending_review')).id }),
  },
  {
    action: "load the latest version of someone else's scheduled story",
    expect: cells('nnyy'),
    call: async () => articles.loadLatestAction({ id: (await article(someoneElse, 'scheduled')).id }),
  },
  {
    action: "load the latest version of someone else's published story",
    expect: cells('nyyy'),
    call: async () => articles.loadLatestAction({ id: (await article(someoneElse, 'published')).id }),
  },
  {
    action: "load the latest version of someone else's archived story",
    expect: cells('nyyy'),
    call: async () => articles.loadLatestAction({ id: (await article(someoneElse, 'archived')).id }),
  },
  {
    action: "compare with someone else's draft",
    expect: cells('nnyy'),
    call: async () => {
      const a = await article(someoneElse, 'draft');
      const { draft } = await saveInput(a);
      return articles.compareWithLatestAction({ id: a.id, draft });
    },
  },
  {
    action: "compare with someone else's published story",
    expect: cells('nyyy'),
    call: async () => {
      const a = await article(someoneElse, 'published');
      const { draft } = await saveInput(a);
      return articles.compareWithLatestAction({ id: a.id, draft });
    },
  },
  {
    action: "restore a revision of someone else's draft",
    expect: cells('nnyy'),
    call: async () => {
      const a = await article(someoneElse, 'draft');
      return articles.restoreRevisionAction({ id: a.id, version: 1, expectedVersion: a.version });
    },
  },
  // Media
  {
    action: "edit the alt text of someone else's upload",
    expect: cells('nnyy'),
    call: async () => mediaActions.updateMediaDetailsAction({ id: await uploadedBy(mediaOwner), alt: 'New alt text', caption: '', credit: '' }),
  },
  {
    action: 'edit the alt text of own upload',
    expect: cells('yyyy'),
    call: async (me) => mediaActions.updateMediaDetailsAction({ id: await uploadedBy(own(me)), alt: 'My alt text', caption: '', credit: '' }),
  },
  // Own profile
  { action: 'update own profile', expect: cells('yyyy'), call: async (me) => profileActions.updateProfileAction({ name: me?.name ?? 'Nobody', bio: 'Reporter.', avatarMediaId: '' }) },
  {
    action: 'change own password',
    expect: cells('yyyy'),
    call: async () => profileActions.changePasswordAction({ currentPassword: PASSWORD, newPassword: `${PASSWORD}-new`, confirm: `${PASSWORD}-new` }),
  },
  // Sections and tags
  { action: 'create a section', expect: cells('nnyy'), call: async () => sectionsActions.createSectionAction({ name: 'Matrix section', slug: uniqueSlug('msec').slice(-30), description: '' }) },
  { action: 'create a tag', expect: cells('nnyy'), call: async () => sectionsActions.createTagAction({ name: 'Matrix tag', slug: uniqueSlug('mtag').slice(-30) }) },
  { action: 'edit a section', expect: cells('nnyy'), call: async () => sectionsActions.updateSectionAction({ id: await section(), name: 'Matrix renamed', slug: uniqueSlug('msec'), description: '' }) },
  { action: 'move a section', expect: cells('nnyy'), call: async () => sectionsActions.moveSectionAction({ id: await section(), direction: 'up' }) },
  { action: 'delete an empty section', expect: cells('nnyy'), call: async () => sectionsActions.deleteSectionAction({ id: await section() }) },
  { action: 'rename a tag', expect: cells('nnyy'), call: async () => sectionsActions.renameTagAction({ id: await tag(), name: 'Matrix renamed tag' }) },
  { action: 'delete a tag', expect: cells('nnyy'), call: async () => sectionsActions.deleteTagAction({ id: await tag() }) },
  { action: 'merge two tags', expect: cells('nnyy'), call: async () => sectionsActions.mergeTagsAction({ id: await tag(), targetId: await tag() }) },
  // Staff
  {
    action: 'create a staff account',
    expect: cells('nnny'),
    call: async () => staffActions.createStaffAccountAction({ name: 'New Person', email: `${uniqueSlug('new')}@int.test`, role: 'author', password: 'a-strong-passphrase-2026' }),
  },
  { action: "change someone's role", expect: cells('nnny'), call: async () => staffActions.changeStaffRoleAction({ id: (await createTestStaff('author')).id, role: 'editor' }) },
  { action: 'disable an account', expect: cells('nnny'), call: async () => staffActions.disableStaffAction({ id: (await createTestStaff('author')).id }) },
  {
    action: 'enable an account',
    expect: cells('nnny'),
    call: async () => {
      const person = await createTestStaff('author');
      await db().update(users).set({ disabled: true }).where(eq(users.id, person.id));
      return staffActions.enableStaffAction({ id: person.id });
    },
  },
  { action: 'reset a password', expect: cells('nnny'), call: async () => staffActions.resetStaffPasswordAction({ id: (await createTestStaff('author')).id, password: 'another-strong-pass-2026' }) },
  // First-run setup is for a fresh install only: with an administrator present nobody may use it.
  {
    action: 'create the first administrator (an admin exists)',
    expect: { nobody: 'deny', contributor: 'deny', author: 'deny', editor: 'deny', admin: 'deny' },
    call: async () =>
      loginActions.createFirstAdminAction({ name: 'Mallory', email: `${uniqueSlug('mallory')}@int.test`, password: 'mallory-harbour-2026', confirm: 'mallory-harbour-2026' }),
  },
];

async function section(): Promise<number> {
  return (await upsertSection({ name: 'Matrix section', slug: uniqueSlug('msec'), description: '', position: 99 })).id;
}

async function tag(): Promise<number> {
  const slug = uniqueSlug('mtag');
  return (await findOrCreateTag(`Matrix ${slug.slice(-10)}`, slug)).id;
}

/** A library item uploaded by `owner` (its rows point at an existing rendition set). */
async function uploadedBy(owner: StaffUser): Promise<number> {
  const [source] = await db().select().from(media).where(eq(media.id, await anyMediaId()));
  const { mimeType, width, height, bytes, variants } = source!;
  const [row] = await db()
    .insert(media)
    .values({ storageKey: uniqueSlug('mx').slice(-60), mimeType, width, height, bytes, variants, uploadedBy: owner.id })
    .returning({ id: media.id });
  return row!.id;
}

const REFUSALS = ['unauthenticated', 'forbidden', 'not_found'];

describe('the table', () => {
  it('has a row for every exported server action', () => {
    const modules = { articles, sectionsActions, staffActions, profileActions, mediaActions, loginActions };
    const sources = ROWS.map((r) => r.call.toString()).join('\n');
    const missing = Object.entries(modules).flatMap(([name, mod]) =>
      Object.keys(mod)
        .filter((exported) => typeof (mod as Record<string, unknown>)[exported] === 'function')
        .filter((exported) => !sources.includes(`${name}.${exported}(`))
        .map((exported) => `${name}.${exported}`),
    );
    expect(missing).toEqual([]);
  });
});

describe('every action, as nobody and as every role', () => {
  for (const row of ROWS) {
    it.each(WHO)(`${row.action}: %s`, async (who) => {
      const me = who === 'nobody' ? null : actors[who];
      session.current = me;
      const result = await row.call(me);
      const outcome = result.ok ? 'allow' : REFUSALS.includes(result.code) ? 'deny' : `failed (${result.code}: ${result.error} ${JSON.stringify(result.fieldErrors ?? {})})`;
      expect(outcome).toBe(row.expect[who]);
    });
  }
});
