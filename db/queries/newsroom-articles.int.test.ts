import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeConnection } from '@/db/client';
import { setArticleTrashed } from '@/db/mutations/articles';
import { cleanupArticles, makeArticle, sectionBySlug, uniqueSlug } from '@/testing/fixtures';
import { cleanupNewsroom, createTestStaff } from '@/testing/newsroom-fixtures';
import { loadArticleList, parseListParams } from '@/features/articles/list';
import type { StaffUser } from '@/features/auth/permissions';
import { countNewsroomTabs, listNewsroomArticles, type NewsroomListQuery } from './newsroom-articles';

// Every title carries this run's marker, so searches see only this file's articles.
const marker = uniqueSlug('listq').replace(/-/g, '');
let contributor: StaffUser;
let otherContributor: StaffUser;
let editor: StaffUser;
const ids: Record<string, number> = {};

const query = (overrides: Partial<NewsroomListQuery>): NewsroomListQuery => ({ tab: 'drafts', sort: 'updated-desc', page: 1, pageSize: 50, q: marker, ...overrides });
const titles = async (overrides: Partial<NewsroomListQuery>) => (await listNewsroomArticles(query(overrides))).items.map((i) => i.title);

beforeAll(async () => {
  contributor = await createTestStaff('contributor');
  otherContributor = await createTestStaff('contributor');
  editor = await createTestStaff('editor');
  const business = await sectionBySlug('business');
  const make = async (key: string, status: Parameters<typeof makeArticle>[0], extra: Parameters<typeof makeArticle>[1] = {}) => {
    ids[key] = (await makeArticle(status, { title: `${marker} ${key}`, ...extra })).id;
  };
  await make('draft-mine', 'draft', { authorId: contributor.id });
  await make('draft-other', 'draft', { authorId: otherContributor.id, sectionId: business.id });
  await make('pending', 'pending_review', { authorId: contributor.id });
  await make('scheduled', 'scheduled');
  await make('published', 'published');
  await make('archived', 'archived');
  await make('trashed', 'draft');
  await setArticleTrashed(ids.trashed!, true, { editorId: editor.id });
  await make('percent', 'draft', { title: `${marker} 50% off_sale` });
  await make('plain', 'draft', { title: `${marker} 50 percent offXsale` });
});

afterAll(async () => {
  await cleanupArticles();
  await cleanupNewsroom();
  await closeConnection();
});

describe('newsroom article list', () => {
  it('puts each article under its status tab, and trashed ones only under Trash', async () => {
    expect(await titles({ tab: 'drafts' })).toEqual(expect.arrayContaining([`${marker} draft-mine`, `${marker} draft-other`]));
    expect(await titles({ tab: 'drafts' })).not.toContain(`${marker} trashed`);
    expect(await titles({ tab: 'pending' })).toEqual([`${marker} pending`]);
    expect(await titles({ tab: 'scheduled' })).toEqual([`${marker} scheduled`]);
    expect(await titles({ tab: 'published' })).toEqual([`${marker} published`]);
    expect(await titles({ tab: 'archived' })).toEqual([`${marker} archived`]);
    expect(await titles({ tab: 'trash' })).toEqual([`${marker} trashed`]);
  });

  it('filters by section and by author', async () => {
    const business = await sectionBySlug('business');
    expect(await titles({ sectionId: business.id })).toEqual([`${marker} draft-other`]);
    expect(await titles({ authorId: contributor.id })).toEqual([`${marker} draft-mine`]);
  });

  it('matches % and _ in a search literally', async () => {
    expect(await titles({ q: `${marker} 50% off_` })).toEqual([`${marker} 50% off_sale`]);
    expect(await titles({ q: `${marker} 50_` })).toEqual([]);
    expect((await titles({ q: `${marker} 50` })).sort()).toEqual([`${marker} 50 percent offXsale`, `${marker} 50% off_sale`]);
  });

  it('sorts by title and reports who edited last', async () => {
    const list = await titles({ sort: 'title-asc' });
    expect(list).toEqual([...list].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase())));
    const trashed = (await listNewsroomArticles(query({ tab: 'trash' }))).items[0]!;
    expect(trashed.lastEditedBy).toBe(editor.name);
    expect(trashed.deletedAt).toMatch(/^\d{4}-/);
  });

  it('pages through results', async () => {
    const first = await listNewsroomArticles(query({ pageSize: 2, sort: 'title-asc' }));
    const second = await listNewsroomArticles(query({ pageSize: 2, page: 2, sort: 'title-asc' }));
    expect(first.total).toBe(4);
    expect(first.pages).toBe(2);
    expect(second.items.map((i) => i.id)).not.toContain(first.items[0]!.id);
  });

  it('counts tabs for one author only when asked', async () => {
    const counts = await countNewsroomTabs(contributor.id);
    expect(counts).toMatchObject({ drafts: 1, pending: 1, scheduled: 0, published: 0, trash: 0 });
  });
});

describe('loadArticleList', () => {
  it('shows a contributor only their own articles, whatever the URL asks for', async () => {
    const list = await loadArticleList(contributor, parseListParams({ q: marker, author: String(otherContributor.id) }));
    expect(list.result.items.map((i) => i.title)).toEqual([`${marker} draft-mine`]);
    expect(list.seesAll).toBe(false);
    expect(list.counts.drafts).toBe(1);
  });

  it('keeps the trash from contributors and shows it to editors', async () => {
    const asContributor = await loadArticleList(contributor, parseListParams({ tab: 'trash', q: marker }));
    expect(asContributor.query.tab).toBe('drafts');
    expect(asContributor.tabs).not.toContain('trash');
    const asEditor = await loadArticleList(editor, parseListParams({ tab: 'trash', q: marker }));
    expect(asEditor.result.items.map((i) => i.title)).toEqual([`${marker} trashed`]);
  });

  it('tells editors how many articles wait for review', async () => {
    const list = await loadArticleList(editor, parseListParams({ q: marker }));
    expect(list.counts.pending).toBeGreaterThanOrEqual(1);
    expect(list.showPendingCallout).toBe(true);
  });

  it('falls back to defaults for nonsense in the URL', () => {
    expect(parseListParams({ tab: 'nope', page: '-4', section: 'x', sort: 'evil' })).toMatchObject({ tab: 'drafts', page: 1, sectionId: undefined, sort: 'updated-desc' });
  });
});
