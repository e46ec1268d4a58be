import { DateTime } from '@/components/site/date-time';
import { formatBytes } from '@/lib/media/limits';
import type { MediaSummary } from '@/features/media/library';

/** One library item in the grid: what it shows, who uploaded it, how big it is and where it leads. */
export function MediaCard({ item }: { item: MediaSummary }) {
  const name = item.alt || item.originalName || `Image ${item.id}`;
  return (
    <li className="flex flex-col overflow-hidden rounded-lg border border-line">
      <img src={item.thumbUrl} alt={item.alt} width={400} height={225} loading="lazy" decoding="async" className="aspect-video w-full bg-surface object-cover" />
      <div className="flex flex-1 flex-col gap-1 p-3 text-sm">
        {item.alt ? (
          <p className="line-clamp-3 font-semibold">{item.alt}</p>
        ) : (
          <p>
            <span className="rounded bg-surface px-2 py-0.5 text-xs font-semibold text-accent">No alt text</span>
          </p>
        )}
        {item.originalName && <p className="break-all text-muted">{item.originalName}</p>}
        <p className="text-muted">
          {item.sourceWidth} × {item.sourceHeight} px · {formatBytes(item.bytes)}
          {item.narrow && <span className="ml-1 font-semibold text-accent">· under 1200 px wide</span>}
        </p>
        <p className="text-muted">
          {item.uploaderName ? `${item.uploaderName}, ` : ''}
          <DateTime iso={item.createdAt} />
        </p>
        {item.heroUses > 0 && (
          <p className="text-muted">
            Lead image of {item.heroUses} {item.heroUses === 1 ? 'article' : 'articles'}
          </p>
        )}
        <p className="mt-auto pt-2">
          <a href={`/dashboard/media/${item.id}`} className="font-semibold text-accent hover:underline focus-visible:outline-2 focus-visible:outline-accent">
            {item.canEdit ? 'Edit details' : 'View details'}
            <span className="sr-only"> of {name}</span>
          </a>
        </p>
      </div>
    </li>
  );
}
