import { pagedPath } from '@/lib/site';

/** Previous/next links for ?page=N listings; plain links, so crawlers and no-JS readers can page. */
export function Pagination({ basePath, page, pages }: { basePath: string; page: number; pages: number }) {
  if (pages <= 1) return null;
  return (
    <nav aria-label="Pagination" className="mt-10 flex items-center justify-between gap-4 border-t border-line pt-4 text-sm">
      {page > 1 ? (
        <a rel="prev" href={pagedPath(basePath, page - 1)} className="rounded border border-line px-4 py-2 hover:bg-surface">
          ← Newer stories
        </a>
      ) : (
        <span />
      )}
      <span className="text-muted">
        Page {page} of {pages}
      </span>
      {page < pages ? (
        <a rel="next" href={pagedPath(basePath, page + 1)} className="rounded border border-line px-4 py-2 hover:bg-surface">
          Older stories →
        </a>
      ) : (
        <span />
      )}
    </nav>
  );
}
