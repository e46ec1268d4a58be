import 'server-only';
import { z } from 'zod';
import {
  countNewsroomTabs,
  listArticleAuthors,
  listNewsroomArticles,
  NEWSROOM_SORTS,
  NEWSROOM_TABS,
  TAB_STATUS,
  type NewsroomListQuery,
  type NewsroomSort,
  type NewsroomTab,
} from '@/db/queries/newsroom-articles';
import { getSections } from '@/db/queries/taxonomy';
import { atLeast, can, seesOthersIn, type StaffUser } from '@/features/auth/permissions';
import { parseRouteId } from '@/lib/route-params';

const LIST_PAGE_SIZE = 25;

/** The sort each tab opens with: what people look for first there. */
const DEFAULT_SORT: Record<NewsroomTab, NewsroomSort> = {
  drafts: 'updated-desc',
  pending: 'updated-asc', // oldest submission first: it has waited longest
  scheduled: 'scheduled-asc',
  published: 'published-desc',
  archived: 'updated-desc',
  trash: 'updated-desc',
};

const single = (v: unknown) => (Array.isArray(v) ? v[0] : v);
const optionalId = z.preprocess((v) => (typeof single(v) === 'string' ? (parseRouteId(single(v) as string) ?? undefined) : undefined), z.number().optional());

// URL state is typed by people and old bookmarks: anything unrecognised falls back to the default.
const paramsSchema = z.object({
  tab: z.preprocess(single, z.enum(NEWSROOM_TABS).catch('drafts')).default('drafts'),
  sort: z.preprocess(single, z.enum(NEWSROOM_SORTS).optional().catch(undefined)),
  section: optionalId,
  author: optionalId,
  q: z.preprocess(single, z.string().trim().max(200).optional().catch(undefined)),
  page: z.preprocess((v) => Number(single(v) ?? 1), z.number().int().min(1).max(100_000).catch(1)),
});

export type ListParams = {
  tab: NewsroomTab;
  sort: NewsroomSort;
  sectionId?: number;
  authorId?: number;
  q: string;
  page: number;
};

export function parseListParams(raw: Record<string, string | string[] | undefined>): ListParams {
  const p = paramsSchema.parse(raw);
  return {
    tab: p.tab,
    sort: p.sort ?? DEFAULT_SORT[p.tab],
    sectionId: p.section,
    authorId: p.author,
    q: p.q ?? '',
    page: p.page,
  };
}

function tabsFor(staff: StaffUser): NewsroomTab[] {
  // The trash is for editors, who restore from it (and admins, who also empty it).
  return NEWSROOM_TABS.filter((t) => t !== 'trash' || atLeast(staff, 'editor'));
}

/**
 * Everything the article list page shows, for this person: contributors only ever get their own
 * articles (whatever the URL asks for), authors also everyone's published and archived ones
 * (seesOthersIn), and only editors and admins see the trash.
 */
export async function loadArticleList(staff: StaffUser, params: ListParams) {
  const seesAll = can(staff, 'article.listAll');
  const tabs = tabsFor(staff);
  const tab = tabs.includes(params.tab) ? params.tab : 'drafts';
  const othersIn = (t: NewsroomTab) => seesAll && (t === 'trash' ? atLeast(staff, 'editor') : seesOthersIn(staff, TAB_STATUS[t]));
  const query: NewsroomListQuery = {
    tab,
    sort: tab === params.tab ? params.sort : DEFAULT_SORT[tab],
    page: params.page,
    pageSize: LIST_PAGE_SIZE,
    sectionId: params.sectionId,
    authorId: othersIn(tab) ? params.authorId : undefined,
    q: params.q || undefined,
    onlyAuthorId: othersIn(tab) ? undefined : staff.id,
  };
  const everyTabShared = tabs.every(othersIn);
  const [result, ownCounts, allCounts, sections, authors] = await Promise.all([
    listNewsroomArticles(query),
    everyTabShared ? null : countNewsroomTabs(staff.id),
    seesAll ? countNewsroomTabs() : null,
    getSections(),
    seesAll ? listArticleAuthors() : Promise.resolve([]),
  ]);
  const counts = Object.fromEntries(NEWSROOM_TABS.map((t) => [t, (othersIn(t) ? allCounts : ownCounts)?.[t] ?? 0])) as Record<NewsroomTab, number>;
  return { query, tabs, result, counts, sections, authors, seesAll, showPendingCallout: atLeast(staff, 'editor') && counts.pending > 0 };
}
