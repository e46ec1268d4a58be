import type { Metadata } from 'next';
import { DateTime } from '@/components/site/date-time';
import { requireStaff } from '@/features/auth/session';
import { getOverview, type OverviewList } from '@/features/articles/overview';

export const metadata: Metadata = { title: 'Overview' };

const WHEN_LABEL: Record<OverviewList['when'], string> = { updated: 'Edited', scheduled: 'Goes live', published: 'Published' };

function when(list: OverviewList, item: OverviewList['items'][number]): Date {
  if (list.when === 'scheduled') return item.scheduledAt ?? item.updatedAt;
  if (list.when === 'published') return item.publishedAt ?? item.updatedAt;
  return item.updatedAt;
}

export default async function DashboardHome() {
  const staff = await requireStaff();
  const lists = await getOverview(staff);
  return (
    <>
      <h1 className="text-2xl font-bold">Good to see you, {staff.name.split(' ')[0]}</h1>
      <p className="mt-2 text-muted">
        Your work and the newsroom’s at a glance.{' '}
        <a href="/dashboard/articles" className="font-semibold text-accent hover:underline">
          All articles →
        </a>
      </p>
      <div className="mt-6 grid gap-6 xl:grid-cols-2">
        {lists.map((list) => (
          <section key={list.id} aria-labelledby={`overview-${list.id}`} className="rounded-lg border border-line p-5">
            <h2 id={`overview-${list.id}`} className="text-lg font-bold">
              {list.title}
            </h2>
            {list.items.length === 0 ? (
              <p className="mt-2 text-sm text-muted">{list.empty}</p>
            ) : (
              <ul className="mt-2 divide-y divide-line">
                {list.items.map((item) => (
                  <li key={item.id} className="py-2">
                    <a href={`/dashboard/articles/${item.id}`} className="font-semibold hover:text-accent hover:underline">
                      {item.title || 'Untitled'}
                    </a>
                    <p className="text-xs text-muted">
                      {item.authorName} · {item.sectionName ?? 'No section'} · {WHEN_LABEL[list.when]} <DateTime iso={when(list, item).toISOString()} />
                    </p>
                  </li>
                ))}
              </ul>
            )}
          </section>
        ))}
      </div>
    </>
  );
}
