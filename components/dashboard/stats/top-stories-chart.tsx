import type { StoryViews } from '@/db/queries/article-views';

/**
 * The most viewed stories as horizontal bars: each bar is a row of a real table (story, views,
 * visitors), so screen readers read a table and sighted readers see the bars; nothing is only drawn.
 */
export function TopStoriesChart({ title, stories }: { title: string; stories: StoryViews[] }) {
  if (stories.length === 0) return <p className="mt-2 text-muted">No views counted in this period yet.</p>;
  const max = Math.max(1, ...stories.map((s) => s.views));
  return (
    <table className="mt-2 w-full max-w-3xl border-collapse text-left text-sm">
      <caption className="sr-only">{title}</caption>
      <thead>
        <tr className="border-b border-line">
          <th scope="col" className="py-1 pr-3">Story</th>
          <th scope="col" className="w-1/2 py-1 pr-3">Views</th>
          <th scope="col" className="py-1 text-right">Visitors</th>
        </tr>
      </thead>
      <tbody>
        {stories.map((s) => (
          <tr key={s.id} className="border-b border-line">
            <th scope="row" className="py-2 pr-3 font-normal">
              <a href={`/dashboard/articles/${s.id}/stats`} className="font-semibold hover:underline">
                {s.title || 'Untitled'}
              </a>
            </th>
            <td className="py-2 pr-3">
              <span className="flex items-center gap-2">
                <svg aria-hidden="true" focusable="false" viewBox="0 0 100 10" preserveAspectRatio="none" className="h-3 flex-1 text-accent">
                  <rect x="0" y="0" width={(s.views / max) * 100} height="10" fill="currentColor" />
                </svg>
                <span className="w-14 text-right tabular-nums">{s.views}</span>
              </span>
            </td>
            <td className="py-2 text-right tabular-nums">{s.visitors}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
