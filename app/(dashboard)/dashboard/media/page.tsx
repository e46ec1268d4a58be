import type { Metadata } from 'next';
import { inputClass } from '@/components/dashboard/field';
import { SubmitButton } from '@/components/ui/submit-button';
import { MediaCard } from '@/components/dashboard/media-card';
import { MediaUploader } from '@/components/dashboard/media-uploader';
import { requireStaff } from '@/features/auth/session';
import { browseMedia } from '@/features/media/library';

export const metadata: Metadata = { title: 'Media library' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

function libraryPath(q: string, page: number): string {
  const params = new URLSearchParams();
  if (q) params.set('q', q);
  if (page > 1) params.set('page', String(page));
  const query = params.toString();
  return `/dashboard/media${query ? `?${query}` : ''}`;
}

export default async function MediaLibraryPage({ searchParams }: Props) {
  const staff = await requireStaff();
  const raw = await searchParams;
  const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  const q = (one(raw.q) ?? '').slice(0, 200);
  const result = await browseMedia(staff, { q, page: one(raw.page) ?? '1' });

  return (
    <>
      <h1 className="text-2xl font-bold">Media library</h1>
      <p className="mt-1 text-muted">Every upload is re-encoded into the sizes the site uses, with camera and location data removed.</p>
      <MediaUploader />

      <form role="search" action="/dashboard/media" className="mt-8 flex flex-wrap items-end gap-2">
        <div className="flex min-w-60 flex-1 flex-col gap-1">
          <label htmlFor="media-search" className="text-sm font-semibold">
            Search images
          </label>
          <input id="media-search" name="q" type="search" defaultValue={result.q} maxLength={200} placeholder="Alt text, caption, credit or file name" className={inputClass} />
        </div>
        <SubmitButton>Search</SubmitButton>
      </form>

      <p className="mt-4 text-sm text-muted" role="status">
        {result.q
          ? `${result.total} ${result.total === 1 ? 'image matches' : 'images match'} “${result.q}”.`
          : `${result.total} ${result.total === 1 ? 'image' : 'images'} in the library.`}
      </p>

      {result.items.length === 0 ? (
        <div className="mt-4 rounded-lg border border-line p-8 text-center">
          {result.q ? (
            <>
              <p className="font-semibold">No images match “{result.q}”.</p>
              <p className="mt-2">
                <a href="/dashboard/media" className="font-semibold text-accent hover:underline">
                  Show all images
                </a>
              </p>
            </>
          ) : result.total > 0 ? (
            <p className="font-semibold">
              There is no page {result.page}.{' '}
              <a href="/dashboard/media" className="text-accent hover:underline">
                Back to the first page
              </a>
            </p>
          ) : (
            <>
              <p className="font-semibold">The library is empty.</p>
              <p className="mt-2 text-muted">Drag the first image onto the box above, or use Upload image.</p>
            </>
          )}
        </div>
      ) : (
        <ul aria-label="Images" className="mt-4 grid grid-cols-[repeat(auto-fill,minmax(14rem,1fr))] gap-4">
          {result.items.map((item) => (
            <MediaCard key={item.id} item={item} />
          ))}
        </ul>
      )}

      {result.pages > 1 && (
        <nav aria-label="Pagination" className="mt-8 flex items-center justify-between gap-4 border-t border-line pt-4 text-sm">
          {result.page > 1 ? (
            <a rel="prev" href={libraryPath(result.q, result.page - 1)} className="rounded border border-line px-4 py-2 hover:bg-surface">
              ← Newer images
            </a>
          ) : (
            <span />
          )}
          <span className="text-muted">
            Page {result.page} of {result.pages}
          </span>
          {result.page < result.pages ? (
            <a rel="next" href={libraryPath(result.q, result.page + 1)} className="rounded border border-line px-4 py-2 hover:bg-surface">
              Older images →
            </a>
          ) : (
            <span />
          )}
        </nav>
      )}
    </>
  );
}
