'use client';

import { useEffect, useRef, useState } from 'react';
import { RECOMMENDED_MIN_WIDTH, UPLOAD_MESSAGES } from '@/lib/media/limits';
import type { PickedMedia } from '@/lib/media/picked';
import { Button } from '@/components/ui/button';
import { MediaPicker } from './media-picker';

/**
 * The article's lead image: a preview with "Change image" and "Remove image", or a single
 * "Choose or upload image" button. Focus lands on the control that replaced the one just used,
 * so keyboard users are never dropped back at the top of the page.
 */
export function HeroImageField(props: { value: PickedMedia | null; onChange: (m: PickedMedia | null) => void; describedBy?: string }) {
  const { value, onChange, describedBy } = props;
  const [open, setOpen] = useState(false);
  const changeButton = useRef<HTMLButtonElement>(null);
  const chooseButton = useRef<HTMLButtonElement>(null);
  const focusNext = useRef<'change' | 'choose' | null>(null);

  useEffect(() => {
    if (focusNext.current === 'change') changeButton.current?.focus();
    if (focusNext.current === 'choose') chooseButton.current?.focus();
    focusNext.current = null;
  }, [value]);

  return (
    <div>
      {value ? (
        <div className="flex flex-col gap-3 rounded-lg border border-line p-4 sm:flex-row">
          {/* Sized by its box: the global img rule would outrank a max-width utility on the img itself. */}
          <div className="w-full shrink-0 sm:w-64">
            <img src={value.thumbUrl} alt={value.alt} width={400} height={225} className="aspect-video w-full rounded-md bg-surface object-cover" />
          </div>
          <div className="flex flex-col items-start gap-2 text-sm">
            <p className="font-semibold">{value.alt || 'This image has no alt text in the library yet.'}</p>
            <p className="text-muted">
              {value.width} × {value.height} px
            </p>
            {value.width < RECOMMENDED_MIN_WIDTH && <p className="font-medium text-accent">{UPLOAD_MESSAGES.smallForHero}</p>}
            <div className="mt-auto flex flex-wrap gap-2">
              <Button ref={changeButton} variant="secondary" aria-describedby={describedBy} onClick={() => setOpen(true)}>
                Change image
              </Button>
              <Button
                variant="secondary"
                aria-describedby={describedBy}
                onClick={() => {
                  focusNext.current = 'choose';
                  onChange(null);
                }}
              >
                Remove image
              </Button>
            </div>
          </div>
        </div>
      ) : (
        <div className="flex flex-col items-start gap-2 rounded-lg border border-dashed border-line p-4">
          <p className="text-sm text-muted">No lead image. Stories with one get large previews when shared and in search results.</p>
          <Button ref={chooseButton} variant="secondary" aria-describedby={describedBy} onClick={() => setOpen(true)}>
            Choose or upload image
          </Button>
        </div>
      )}
      {/* Outside the branches above, so picking an image does not unmount the open dialog. */}
      <MediaPicker
        open={open}
        onClose={() => setOpen(false)}
        onPick={(m) => {
          focusNext.current = 'change';
          onChange(m);
        }}
      />
    </div>
  );
}
