'use client';

import { useState } from 'react';
import type { PickedMedia } from '@/lib/media/picked';
import { secondaryButtonClass } from './field';
import { MediaPicker } from './media-picker';

/** The article's hero image: a preview with "Change image" and "Remove image", or "Choose or upload image". */
export function HeroImageField(props: { value: PickedMedia | null; onChange: (m: PickedMedia | null) => void; describedBy?: string }) {
  const { value, onChange, describedBy } = props;
  const [open, setOpen] = useState(false);
  return (
    <div>
      {value ? (
        <div className="flex flex-col gap-3 rounded-lg border border-line p-4 sm:flex-row">
          <img src={value.thumbUrl} alt={value.alt} width={400} height={225} className="aspect-video w-full max-w-64 rounded-md bg-surface object-cover" />
          <div className="flex flex-wrap items-start gap-2">
            <button type="button" className={secondaryButtonClass} aria-describedby={describedBy} onClick={() => setOpen(true)}>
              Change image
            </button>
            <button type="button" className={secondaryButtonClass} aria-describedby={describedBy} onClick={() => onChange(null)}>
              Remove image
            </button>
          </div>
        </div>
      ) : (
        <div className="flex flex-col items-start gap-2 rounded-lg border border-dashed border-line p-4">
          <p className="text-sm text-muted">No hero image yet.</p>
          <button type="button" className={secondaryButtonClass} aria-describedby={describedBy} onClick={() => setOpen(true)}>
            Choose or upload image
          </button>
        </div>
      )}
      <MediaPicker open={open} onClose={() => setOpen(false)} onPick={onChange} />
    </div>
  );
}
