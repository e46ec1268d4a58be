import type { Metadata } from 'next';
import { listHref } from '@/components/dashboard/articles/list-url';
import { TimeAgo } from '@/components/dashboard/articles/time-ago';
import { TrashRowActions } from '@/components/dashboard/articles/trash-row-actions';
import { inputClass, secondaryButtonClass } from '@/components/dashboard/field';
import { SelectField } from '@/components/ui/select-field';
import { SubmitButton } from '@/components/ui/submit-button';
import type { NewsroomRow, NewsroomSort, NewsroomTab } from '@/db/queries/newsroom-articles';
import { canArticle } from '@/features/auth/permissions';
import { env } from '@/lib/env';
import { requireStaff } from '@/features/auth/session';
import { STATUS_LABELS } from '@/features/articles/editor-types';
import { loadArticleList, parseListParams, type ListParams } from '@/features/articles/list';
import { LIST_VIEWS_DAYS, listViews } from '@/features/analytics/stats';

export const metadata: Metadata = { title: 'Articles' };

const TAB_LABELS: Record<NewsroomTab, string> = {
  drafts: 'Drafts',
  pending: 'Pending review',
  scheduled: 'Scheduled',
  published: 'Published',
  archived: 'Archived',
  trash: 'Trash',
};

const SORT_LABELS: Record<NewsroomSort, string> = {
  'updated-desc': 'Last edited, newest first',
  'updated-asc': 'Last edited, oldest first',
  'title-asc': 'Title, A to Z',
  'title-desc': 'Title, Z to A',
  'published-desc': 'Published, newest first',
  'scheduled-asc': 'Scheduled, soonest first',
};

const EMPTY: Record<NewsroomTab, string> = {
  drafts: 'No drafts. Start a story with “New article”.',
  pending: 'Nothing is waiting for review.',
  scheduled: 'Nothing is scheduled.',
  published: 'Nothing has been published yet.',
  archived: 'No archived articles.',
  trash: 'The trash is empty.',
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ArticlesPage({ searchParams }: Props) {
  const staff = await requireStaff();
  const params = parseListParams(await searchParams);
  const { query, tabs, result, counts, sections, authors, seesAll, showPendingCallout } = await loadArticleList(staff, params);
  const current: ListParams = { tab: query.tab, sort: query.sort, sectionId: query.sectionId, authorId: query.authorId, q: query.q ?? '', page: query.page };
  const filtered = Boolean(query.q || query.sectionId || query.authorId);
  const now = new Date();
  const siteTimeZone = env().siteTimeZone;
  const first = (result.page - 1) * result.pageSize + 1;
  const last = first + result.items.length - 1;
  // Views exist only for what readers saw; drafts, submissions and scheduled stories have none.
  const showViews = query.tab === 'published' || query.tab === 'archived';
  const views = showViews ? await listViews(result.items.map((r) => r.id)) : null;
  const timeColumn = query.tab === 'scheduled' ? 'Goes live' : query.tab === 'trash' ? 'Trashed' : 'Published';

  return (
    <>
      {/* "New article" is in the newsroom header, on this page as on every other. */}
      <h1 className="text-2xl font-bold">Articles</h1>

      {showPendingCallout && (
        <p className="mt-4 rounded-md border-l-4 border-accent bg-surface p-4">
          <strong>
            {counts.pending} {counts.pending === 1 ? 'article is' : 'articles are'} waiting for review.
          </strong>{' '}
          <a href={listHref({ tab: 'pending' })} className="font-semibold text-accent underline">
            Review pending articles
          </a>
        </p>
      )}

      <nav aria-label="Article status" className="mt-6 border-b border-line">
        <ul className="-mb-px flex flex-wrap gap-1">
          {tabs.map((tab) => {
            const active = tab === query.tab;
            return (
              <li key={tab}>
                <a
                  href={listHref({ tab })}
                  aria-current={active ? 'page' : undefined}
                  className={`inline-flex items-center gap-2 border-b-2 px-3 py-2 text-sm font-semibold focus-visible:outline-2 focus-visible:outline-accent ${
                    active ? 'border-accent text-ink' : 'border-transparent text-muted hover:text-ink'
                  }`}
                >
                  {TAB_LABELS[tab]}
                  <span className={`rounded-full px-2 text-xs ${tab === 'pending' && counts.pending > 0 ? 'bg-accent text-page' : 'bg-surface'}`}>
                    {counts[tab]}
                  </span>
                </a>
              </li>
            );
          })}
        </ul>
      </nav>

      <form method="get" action="/dashboard/articles" role="search" aria-label="Filter articles" className="mt-4 flex flex-wrap items-end gap-3">
        <input type="hidden" name="tab" value={query.tab} />
        <div className="flex flex-col gap-1">
          <label htmlFor="list-q" className="text-sm font-semibold">
            Search titles
          </label>
          <input id="list-q" name="q" type="search" defaultValue={query.q ?? ''} maxLength={200} className={`${inputClass} w-56`} />
        </div>
        <SelectField
          label="Section"
          name="section"
          defaultValue={query.sectionId ?? ''}
          placeholder={{ label: 'All sections' }}
          options={sections.map((s) => ({ value: s.id, label: s.name }))}
        />
        {seesAll && (
          <SelectField
            label="Author"
            name="author"
            defaultValue={query.authorId ?? ''}
            placeholder={{ label: 'All authors' }}
            options={authors.map((a) => ({ value: a.id, label: a.name }))}
          />
        )}
        <SelectField label="Sort by" name="sort" defaultValue={query.sort} options={Object.entries(SORT_LABELS).map(([value, label]) => ({ value, label }))} />
        <SubmitButton variant="secondary">Apply filters</SubmitButton>
        {filtered && (
          <a href={listHref({ tab: query.tab })} className="self-center text-sm font-semibold text-accent underline">
            Clear filters
          </a>
        )}
      </form>

      {result.items.length === 0 ? (
        <div className="mt-8 rounded-md border border-dashed border-line p-8 text-center">
          <p className="font-semibold">{filtered ? 'No articles match these filters.' : EMPTY[query.tab]}</p>
          {filtered && (
            <p className="mt-2">
              <a href={listHref({ tab: query.tab })} className="text-accent underline">
                Show all {TAB_LABELS[query.tab].toLowerCase()}
              </a>
            </p>
          )}
        </div>
      ) : (
        <>
          <p className="mt-4 text-sm text-muted">
            Showing {first}–{last} of {result.total} · times in {siteTimeZone}
          </p>
          <div className="mt-2 overflow-x-auto">
            <table className="w-full min-w-[48rem] border-collapse text-left text-sm">
              <caption className="sr-only">
                {TAB_LABELS[query.tab]}, sorted by {SORT_LABELS[query.sort].toLowerCase()}. Times in {siteTimeZone}.
              </caption>
              <thead>
                <tr className="border-b border-line">
                  <th scope="col" className="py-2 pr-3">Title</th>
                  {query.tab === 'trash' && (
                    <th scope="col" className="py-2 pr-3">
                      Status
                    </th>
                  )}
                  <th scope="col" className="py-2 pr-3">Section</th>
                  <th scope="col" className="py-2 pr-3">Author</th>
                  <th scope="col" className="py-2 pr-3">Last edited</th>
                  <th scope="col" className="py-2 pr-3">{timeColumn}</th>
                  {views && (
                    <th scope="col" className="py-2 pr-3 text-right">
                      Views <span className="font-normal text-muted">({LIST_VIEWS_DAYS} days)</span>
                    </th>
                  )}
                  {query.tab === 'trash' && <th scope="col" className="py-2">Actions</th>}
                </tr>
              </thead>
              <tbody>
                {result.items.map((row) => (
                  <Row key={row.id} row={row} now={now} tab={query.tab} staff={staff} views={views ? (views.get(row.id) ?? 0) : null} />
                ))}
              </tbody>
            </table>
          </div>
          {result.pages > 1 && (
            <nav aria-label="Pages" className="mt-6 flex items-center justify-between gap-4 text-sm">
              {result.page > 1 ? (
                <a href={listHref({ ...current, page: result.page - 1 })} rel="prev" className={secondaryButtonClass}>
                  Previous page
                </a>
              ) : (
                <span />
              )}
              <span>
                Page {result.page} of {result.pages}
              </span>
              {result.page < result.pages ? (
                <a href={listHref({ ...current, page: result.page + 1 })} rel="next" className={secondaryButtonClass}>
                  Next page
                </a>
              ) : (
                <span />
              )}
            </nav>
          )}
        </>
      )}
    </>
  );
}

function Row({
  row,
  now,
  tab,
  staff,
  views,
}: {
  row: NewsroomRow;
  now: Date;
  tab: NewsroomTab;
  staff: Awaited<ReturnType<typeof requireStaff>>;
  views: number | null;
}) {
  const when = tab === 'scheduled' ? row.scheduledAt : tab === 'trash' ? row.deletedAt : row.publishedAt;
  const ref = { authorId: row.author.id, status: row.status, deletedAt: row.deletedAt };
  return (
    <tr className="border-b border-line align-top">
      <td className="py-3 pr-3">
        <a href={`/dashboard/articles/${row.id}`} className="font-semibold hover:underline focus-visible:outline-2 focus-visible:outline-accent">
          {row.title || 'Untitled'}
        </a>
        <span className="block text-xs text-muted">/{row.slug}</span>
      </td>
      {tab === 'trash' && <td className="py-3 pr-3 whitespace-nowrap">{STATUS_LABELS[row.status]}</td>}
      <td className="py-3 pr-3 whitespace-nowrap">{row.section ? row.section.name : <span className="text-muted">No section</span>}</td>
      <td className="py-3 pr-3">{row.author.name}</td>
      <td className="py-3 pr-3">
        <span className="block">{row.lastEditedBy ?? 'System'}</span>
        <TimeAgo iso={row.updatedAt} now={now} />
      </td>
      <td className="py-3 pr-3">{when ? <TimeAgo iso={when} now={now} /> : <span className="text-muted">Not yet</span>}</td>
      {views !== null && (
        <td className="py-3 pr-3 text-right tabular-nums">
          <a href={`/dashboard/articles/${row.id}/stats`} className="hover:underline" aria-label={`${views} views in the last ${LIST_VIEWS_DAYS} days: statistics of ${row.title || 'Untitled'}`}>
            {views}
          </a>
        </td>
      )}
      {tab === 'trash' && (
        <td className="py-3">
          <TrashRowActions id={row.id} title={row.title || 'Untitled'} canRestore={canArticle(staff, 'restore', ref)} canPurge={canArticle(staff, 'purge', ref)} />
        </td>
      )}
    </tr>
  );
}
