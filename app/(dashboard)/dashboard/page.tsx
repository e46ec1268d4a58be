import { requireStaff } from '@/lib/auth/session';
import { loadNewsroomOverview } from '@/lib/newsroom/overview';

export default async function DashboardHome() {
  const staff = await requireStaff();
  const overview = await loadNewsroomOverview(staff);
  return (
    <>
      <h1 className="text-2xl font-bold">Good to see you, {staff.name.split(' ')[0]}</h1>
      <p className="mt-2 text-muted">Write, edit and publish from the Articles page.</p>
      {overview.pendingReview !== null && overview.pendingReview > 0 && (
        <p className="mt-6 rounded-md border-l-4 border-accent bg-surface p-4">
          <strong>
            {overview.pendingReview} {overview.pendingReview === 1 ? 'article is' : 'articles are'} waiting for review.
          </strong>{' '}
          <a href="/dashboard/articles?tab=pending" className="font-semibold text-accent underline">
            Review pending articles
          </a>
        </p>
      )}
      <ul className="mt-6 grid gap-3 sm:grid-cols-3">
        <li className="rounded-md border border-line p-4">
          <a href={`/dashboard/articles?author=${staff.id}`} className="font-semibold hover:underline">
            Your drafts
          </a>
          <p className="text-2xl font-bold">{overview.ownDrafts}</p>
        </li>
        <li className="rounded-md border border-line p-4">
          <a href="/dashboard/articles?tab=pending" className="font-semibold hover:underline">
            {overview.pendingReview === null ? 'Yours in review' : 'Pending review'}
          </a>
          <p className="text-2xl font-bold">{overview.pendingReview ?? overview.ownPending}</p>
        </li>
        <li className="rounded-md border border-line p-4">
          <a href="/dashboard/articles?tab=scheduled" className="font-semibold hover:underline">
            Scheduled
          </a>
          <p className="text-2xl font-bold">{overview.scheduled}</p>
        </li>
      </ul>
      <p className="mt-6 flex flex-wrap gap-4">
        <a href="/dashboard/articles/new" className="font-semibold text-accent hover:underline">
          Start a new article →
        </a>
        <a href="/dashboard/articles" className="font-semibold text-accent hover:underline">
          Go to articles →
        </a>
      </p>
    </>
  );
}
