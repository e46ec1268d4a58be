'use client';

import Link from 'next/link';
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { listMediaChoicesAction } from '@/app/(dashboard)/dashboard/articles/media-choices-actions';
import type { PickedMedia } from '@/lib/media/picked';
import { buttonClass, inputClass, secondaryButtonClass } from './field';

/**
 * Choose an image from the media library in a modal dialog (native <dialog>: the page behind is
 * inert, Escape closes, focus returns to the opener). Uploading happens in the media library.
 */
export function MediaPicker(props: { open: boolean; onClose: () => void; onPick: (m: PickedMedia) => void }) {
  const { open, onClose, onPick } = props;
  const dialog = useRef<HTMLDialogElement>(null);
  const search = useRef<HTMLInputElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  const titleId = useId();
  const [term, setTerm] = useState('');
  const [items, setItems] = useState<PickedMedia[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(async (q: string) => {
    setError(null);
    const result = await listMediaChoicesAction({ q }).catch(() => null);
    if (!result) return setError('The library could not be loaded because the server could not be reached.');
    if (!result.ok) return setError(result.error);
    setItems(result.data);
  }, []);

  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (open && !d.open) {
      opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      d.showModal();
      search.current?.focus();
      void load('');
    } else if (!open && d.open) {
      d.close();
    }
  }, [open, load]);

  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    const onDialogClose = () => {
      if (opener.current?.isConnected) opener.current.focus();
      opener.current = null;
      onClose();
    };
    d.addEventListener('close', onDialogClose);
    return () => d.removeEventListener('close', onDialogClose);
  }, [onClose]);

  return (
    <dialog
      ref={dialog}
      aria-labelledby={titleId}
      className="m-auto w-[min(56rem,calc(100vw-2rem))] max-h-[calc(100vh-2rem)] rounded-lg border border-line bg-page p-0 text-ink shadow-xl backdrop:bg-black/50"
    >
      {open && (
        <div className="flex flex-col gap-4 p-5">
          <div className="flex items-start justify-between gap-4">
            <h2 id={titleId} className="text-xl font-bold">
              Choose an image
            </h2>
            <button type="button" onClick={() => dialog.current?.close()} className={secondaryButtonClass}>
              Close
            </button>
          </div>
          <p className="text-sm text-muted">
            To add a new picture, upload it in the <Link href="/dashboard/media" className="text-accent underline">
              media library
            </Link> first.
          </p>
          <form
            role="search"
            className="flex flex-wrap items-end gap-2"
            onSubmit={(e) => {
              e.preventDefault();
              void load(term);
            }}
          >
            <div className="flex min-w-48 flex-1 flex-col gap-1">
              <label htmlFor={`${titleId}-search`} className="text-sm font-semibold">
                Search images
              </label>
              <input ref={search} id={`${titleId}-search`} type="search" value={term} maxLength={200} onChange={(e) => setTerm(e.target.value)} className={inputClass} />
            </div>
            <button type="submit" className={buttonClass}>
              Search
            </button>
          </form>
          {error && (
            <p role="alert" className="text-sm font-medium text-accent">
              {error}
            </p>
          )}
          {items && items.length === 0 && <p className="rounded-lg border border-line p-6 text-center">No images found.</p>}
          {items && items.length > 0 && (
            <ul aria-label="Library images" className="grid grid-cols-[repeat(auto-fill,minmax(10rem,1fr))] gap-3">
              {items.map((m) => (
                <li key={m.id}>
                  <button
                    type="button"
                    onClick={() => {
                      onPick(m);
                      dialog.current?.close();
                    }}
                    className="flex h-full w-full flex-col overflow-hidden rounded-md border border-line text-left hover:border-accent focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-accent"
                  >
                    <img src={m.thumbUrl} alt="" width={400} height={225} loading="lazy" className="aspect-video w-full bg-surface object-cover" />
                    <span className="line-clamp-2 p-2 text-sm font-semibold">{m.alt || `Image ${m.id}`}</span>
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </dialog>
  );
}
