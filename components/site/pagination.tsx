import { pagedPath } from '@/lib/site';

/** Previous/next links for ?page=N listings; plain links, so crawlers and no-JS readers can page. */
export function Pagination({
  basePath,
  page,
  pages,
  hrefFor,
  labels = { newer: '← Newer stories', older: 'Older stories →' },
}: {
  basePath: string;
  page: number;
  pages: number;
  /** For URLs that carry more than ?page= (search keeps its query). */
  hrefFor?: (page: number) => string;
  labels?: { newer: string; older: string };
}) {
  if (pages <= 1) return null;
  const href = hrefFor ?? ((n: number) => pagedPath(basePath, n));
  return (
    <nav aria-label="Pagination" className="mt-10 flex items-center justify-between gap-4 border-t border-line pt-4 text-sm">
      {page > 1 ? (
        <a rel="prev" href={href(page - 1)} className="rounded border border-line px-4 py-2 hover:bg-surface">
          {labels.newer}
        </a>
      ) : (
        <span />
      )}
      <span className="text-muted">
        Page {page} of {pages}
      </span>
      {page < pages ? (
        <a rel="next" href={href(page + 1)} className="rounded border border-line px-4 py-2 hover:bg-surface">
          {labels.older}
        </a>
      ) : (
        <span />
      )}
    </nav>
  );
}
