import type { DailyViews } from '@/db/queries/article-views';

const W = 640;
const H = 200;
const PAD = { top: 12, right: 8, bottom: 28, left: 44 };

/**
 * Views per day as bars: an SVG named and described for screen readers, with the same numbers in a
 * table right after it (the accessible alternative, also what keyboard and zoom users read exactly).
 */
export function DailyViewsChart({ id, title, days }: { id: string; title: string; days: DailyViews[] }) {
  const max = Math.max(1, ...days.map((d) => d.views));
  const total = days.reduce((n, d) => n + d.views, 0);
  const peak = days.reduce<DailyViews | null>((best, d) => (best === null || d.views > best.views ? d : best), null);
  const innerW = W - PAD.left - PAD.right;
  const innerH = H - PAD.top - PAD.bottom;
  const step = innerW / Math.max(1, days.length);
  const bar = Math.max(1, step * 0.7);
  const summary = `${total} views over ${days.length} days${peak && peak.views > 0 ? `, most on ${peak.day} (${peak.views})` : ''}.`;
  return (
    <figure className="mt-4">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={`${id}-title ${id}-desc`} className="h-auto w-full max-w-3xl text-accent">
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{summary} The table below lists every day.</desc>
        <line x1={PAD.left} x2={W - PAD.right} y1={PAD.top + innerH} y2={PAD.top + innerH} stroke="currentColor" strokeOpacity="0.4" />
        <text x={PAD.left - 6} y={PAD.top + 4} textAnchor="end" fontSize="11" fill="currentColor">
          {max}
        </text>
        <text x={PAD.left - 6} y={PAD.top + innerH} textAnchor="end" fontSize="11" fill="currentColor">
          0
        </text>
        {days.map((d, i) => {
          const h = (d.views / max) * innerH;
          return <rect key={d.day} x={PAD.left + i * step + (step - bar) / 2} y={PAD.top + innerH - h} width={bar} height={h} fill="currentColor" />;
        })}
        {days.length > 0 && (
          <>
            <text x={PAD.left} y={H - 8} fontSize="11" fill="currentColor">
              {days[0]!.day}
            </text>
            <text x={W - PAD.right} y={H - 8} textAnchor="end" fontSize="11" fill="currentColor">
              {days.at(-1)!.day}
            </text>
          </>
        )}
      </svg>
      <figcaption className="mt-1 text-sm text-muted">{summary}</figcaption>
      <details className="mt-2">
        <summary className="cursor-pointer text-sm font-semibold">Show the numbers as a table</summary>
        <table className="mt-2 border-collapse text-left text-sm">
          <caption className="sr-only">{title}</caption>
          <thead>
            <tr className="border-b border-line">
              <th scope="col" className="py-1 pr-4">Day</th>
              <th scope="col" className="py-1 pr-4 text-right">Views</th>
              <th scope="col" className="py-1 text-right">Visitors</th>
            </tr>
          </thead>
          <tbody>
            {days.map((d) => (
              <tr key={d.day} className="border-b border-line">
                <th scope="row" className="py-1 pr-4 font-normal">{d.day}</th>
                <td className="py-1 pr-4 text-right tabular-nums">{d.views}</td>
                <td className="py-1 text-right tabular-nums">{d.visitors}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
