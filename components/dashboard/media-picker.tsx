'use client';

import { useCallback, useEffect, useId, useRef, useState } from 'react';
import type { Paged } from '@/db/queries/types';
import type { MediaSummary } from '@/features/media/library';
import type { PickedMedia } from '@/lib/media/picked';
import { Button } from '@/components/ui/button';
import { FormAlert } from '@/components/ui/form-alert';
import { SubmitButton } from '@/components/ui/submit-button';
import { inputClass } from './field';
import { MediaDropZone } from './media-drop-zone';
import { UploadList } from './upload-list';
import { useUploadQueue } from './use-upload-queue';

type Listing = { items: MediaSummary[]; page: number; pages: number; total: number; q: string };

const PAGE_SIZE = 18;

function toPicked(m: PickedMedia): PickedMedia {
  // Only the contract's fields cross to the editor, whatever else the list carried.
  return { id: m.id, url: m.url, thumbUrl: m.thumbUrl, width: m.width, height: m.height, alt: m.alt, caption: m.caption, credit: m.credit };
}

/**
 * Choose an image from the library, or upload one, in a modal dialog. Built on <dialog> opened
 * with showModal(): the page behind is inert, Tab stays inside, Escape closes, and focus goes back
 * to whatever opened it. An upload made here is picked as soon as it is ready.
 */
export function MediaPicker(props: { open: boolean; onClose: () => void; onPick: (m: PickedMedia) => void }) {
  const { open, onClose, onPick } = props;
  const dialog = useRef<HTMLDialogElement>(null);
  const search = useRef<HTMLInputElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  const titleId = useId();
  const [term, setTerm] = useState('');
  const [listing, setListing] = useState<Listing | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const request = useRef(0);

  const load = useCallback(async (q: string, page: number) => {
    const ticket = ++request.current;
    setLoading(true);
    setError(null);
    try {
      const res = await fetch(`/api/media?${new URLSearchParams({ q, page: String(page), pageSize: String(PAGE_SIZE) })}`, {
        headers: { accept: 'application/json' },
        cache: 'no-store',
      });
      const body = (await res.json().catch(() => null)) as (Paged<MediaSummary> & { q: string }) | { error?: string } | null;
      if (ticket !== request.current) return;
      if (!res.ok || !body || !('items' in body)) {
        setError((body && 'error' in body && body.error) || 'The library could not be loaded. Try again.');
        return;
      }
      // "Load more" appends; a new search replaces.
      setListing((prev) => ({ ...body, items: page > 1 && prev ? [...prev.items, ...body.items] : body.items }));
    } catch {
      if (ticket === request.current) setError('The library could not be loaded because the server could not be reached.');
    } finally {
      if (ticket === request.current) setLoading(false);
    }
  }, []);

  const pick = useCallback(
    (m: PickedMedia) => {
      onPick(toPicked(m));
      onClose();
    },
    [onPick, onClose],
  );

  // An upload that finishes after the dialog was closed stays in the library but is not picked.
  const pickUploaded = useCallback((m: PickedMedia) => dialog.current?.open && pick(m), [pick]);
  const { jobs, add } = useUploadQueue(pickUploaded);

  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (open && !d.open) {
      opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      d.showModal();
      search.current?.focus();
      void load(search.current?.value ?? '', 1);
    } else if (!open && d.open) {
      d.close();
    }
  }, [open, load]);

  // The dialog can close by itself (Escape); tell the parent, and put focus back where it was.
  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    const onDialogClose = () => {
      const back = opener.current;
      opener.current = null;
      const lost = document.activeElement === document.body || d.contains(document.activeElement);
      if (back?.isConnected && lost) back.focus();
      onClose();
    };
    d.addEventListener('close', onDialogClose);
    return () => d.removeEventListener('close', onDialogClose);
  }, [onClose]);

  const items = listing?.items ?? [];
  return (
    <dialog
      ref={dialog}
      aria-labelledby={titleId}
      className="m-auto w-[min(64rem,calc(100vw-2rem))] max-h-[calc(100vh-2rem)] rounded-lg border border-line bg-page p-0 text-ink shadow-xl backdrop:bg-black/50"
    >
      {open && (
        <div className="flex flex-col gap-4 p-5">
          <div className="flex items-start justify-between gap-4">
            <h2 id={titleId} className="text-xl font-bold">
              Choose an image
            </h2>
            <Button variant="secondary" onClick={() => dialog.current?.close()}>
              Close
            </Button>
          </div>

          <MediaDropZone onFiles={add} multiple={false} label="Upload an image" />
          <UploadList jobs={jobs} />

          <form
            role="search"
            className="flex flex-wrap items-end gap-2"
            onSubmit={(e) => {
              e.preventDefault();
              void load(term, 1);
            }}
          >
            <div className="flex min-w-48 flex-1 flex-col gap-1">
              <label htmlFor={`${titleId}-search`} className="text-sm font-semibold">
                Search images
              </label>
              <input
                ref={search}
                id={`${titleId}-search`}
                type="search"
                value={term}
                maxLength={200}
                onChange={(e) => setTerm(e.target.value)}
                onKeyDown={(e) => {
                  // A search field's own Escape only clears it; in a dialog people expect Escape to close.
                  if (e.key === 'Escape') {
                    e.preventDefault();
                    dialog.current?.close();
                  }
                }}
                placeholder="Alt text, caption, credit or file name"
                className={inputClass}
              />
            </div>
            <SubmitButton>Search</SubmitButton>
          </form>

          <p role="status" className="text-sm text-muted">
            {error
              ? ''
              : loading && !listing
                ? 'Loading images…'
                : listing
                  ? listing.q
                    ? `${listing.total} ${listing.total === 1 ? 'image matches' : 'images match'} “${listing.q}”.`
                    : `${listing.total} ${listing.total === 1 ? 'image' : 'images'} in the library.`
                  : ''}
          </p>
          {error && <FormAlert message={error} />}

          {listing && items.length === 0 && !error && (
            <p className="rounded-lg border border-line p-6 text-center">
              {listing.q ? `No images match “${listing.q}”.` : 'The library is empty. Upload the first image above.'}
            </p>
          )}
          {items.length > 0 && (
            <ul aria-label="Library images" className="grid grid-cols-[repeat(auto-fill,minmax(10rem,1fr))] gap-3">
              {items.map((m) => (
                <li key={m.id}>
                  <button
                    type="button"
                    onClick={() => pick(m)}
                    className="flex h-full w-full flex-col overflow-hidden rounded-md border border-line text-left hover:border-accent focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-accent"
                  >
                    <img src={m.thumbUrl} alt="" width={400} height={225} loading="lazy" className="aspect-video w-full bg-surface object-cover" />
                    <span className="flex flex-col gap-0.5 p-2 text-xs">
                      <span className="line-clamp-2 text-sm font-semibold">{m.alt || m.originalName || `Image ${m.id}`}</span>
                      <span className="text-muted">
                        {m.sourceWidth} × {m.sourceHeight} px{m.narrow ? ' · under 1200 px wide' : ''}
                      </span>
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          )}
          {listing && listing.page < listing.pages && (
            <div>
              <Button variant="secondary" disabled={loading} onClick={() => void load(listing.q, listing.page + 1)}>
                {loading ? 'Loading…' : 'Load more images'}
              </Button>
            </div>
          )}
        </div>
      )}
    </dialog>
  );
}
