'use client';

import { useEffect, useId, useRef, useState } from 'react';
import { UPLOAD_ACCEPT } from '@/lib/media/limits';
import { secondaryButtonClass } from './field';

function hasFiles(event: DragEvent | React.DragEvent): boolean {
  return Array.from(event.dataTransfer?.types ?? []).includes('Files');
}

/**
 * Where images come in: drop them on the box, or use the "Upload image" button, which opens the
 * system file picker and works from the keyboard. A drop that misses the box is swallowed rather
 * than letting the browser navigate away to the image (and away from unsaved work).
 */
export function MediaDropZone({
  onFiles,
  multiple = true,
  buttonLabel = 'Upload image',
  label = 'Upload images',
}: {
  onFiles: (files: File[]) => void;
  multiple?: boolean;
  buttonLabel?: string;
  /** Accessible name of the drop area. */
  label?: string;
}) {
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const hintId = useId();

  useEffect(() => {
    const swallow = (event: DragEvent) => {
      if (hasFiles(event)) event.preventDefault();
    };
    window.addEventListener('dragover', swallow);
    window.addEventListener('drop', swallow);
    return () => {
      window.removeEventListener('dragover', swallow);
      window.removeEventListener('drop', swallow);
    };
  }, []);

  const take = (list: FileList | null) => {
    const files = Array.from(list ?? []);
    if (files.length) onFiles(multiple ? files : files.slice(0, 1));
  };

  return (
    <div
      role="group"
      aria-label={label}
      aria-describedby={hintId}
      onDragEnter={(e) => hasFiles(e) && setOver(true)}
      onDragOver={(e) => {
        if (!hasFiles(e)) return;
        e.preventDefault();
        e.dataTransfer.dropEffect = 'copy';
        setOver(true);
      }}
      onDragLeave={(e) => {
        // Leaving for a child element is not leaving the zone.
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setOver(false);
      }}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        take(e.dataTransfer.files);
      }}
      className={`flex flex-col items-center justify-center gap-3 rounded-lg border-2 border-dashed p-6 text-center transition-colors ${
        over ? 'border-accent bg-surface' : 'border-line'
      }`}
    >
      <p className="font-semibold">{multiple ? 'Drag images here' : 'Drag an image here'}, or</p>
      <button type="button" className={secondaryButtonClass} onClick={() => input.current?.click()}>
        {buttonLabel}
      </button>
      <input
        ref={input}
        type="file"
        accept={UPLOAD_ACCEPT}
        multiple={multiple}
        // The button above is the visible, focusable control; the input only opens the system picker.
        className="sr-only"
        tabIndex={-1}
        aria-hidden="true"
        onChange={(e) => {
          take(e.currentTarget.files);
          // Let the same file be chosen again after a failure.
          e.currentTarget.value = '';
        }}
      />
      <p id={hintId} className="text-sm text-muted">
        JPEG, PNG, WebP, AVIF or GIF, up to 10 MB each. Lead images should be at least 1200 pixels wide.
      </p>
    </div>
  );
}
