'use client';

import { useEffect, useRef, useState } from 'react';
import { DiffView } from '@/components/dashboard/articles/diff-view';
import { Button, secondaryButtonClass } from '@/components/ui/button';
import type { ConflictInfo } from '@/lib/errors';
import type { FieldDiff } from '@/features/articles/diff';
import { ConfirmButton } from '@/components/dashboard/articles/confirm-button';
import { localDateTime } from './local-time';

/**
 * Shown when someone else saved while this person was editing. Nothing has been lost: their own
 * text stays in the editor until they choose to keep it (saved on top of the newer version) or to
 * take the newer version instead. Autosave waits while this is open.
 */
export function ConflictPanel({
  conflict,
  busy,
  onCompare,
  onKeepMine,
  onTakeTheirs,
}: {
  conflict: ConflictInfo;
  busy: boolean;
  onCompare: () => Promise<FieldDiff[] | null>;
  onKeepMine: () => void;
  onTakeTheirs: () => Promise<void>;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  const [changes, setChanges] = useState<FieldDiff[] | null>(null);
  const [comparing, setComparing] = useState(false);
  useEffect(() => heading.current?.focus(), []);

  return (
    <section aria-labelledby="conflict-heading" className="rounded-md border-2 border-accent bg-surface p-4">
      <h2 id="conflict-heading" ref={heading} tabIndex={-1} className="text-lg font-bold focus-visible:outline-2 focus-visible:outline-accent">
        Someone else saved this article
      </h2>
      <p className="mt-1">
        <strong>{conflict.savedBy ?? 'Another member of staff'}</strong> saved a newer version (version {conflict.currentVersion}) at{' '}
        <time dateTime={conflict.savedAt}>{localDateTime(conflict.savedAt)}</time>, after you opened it. Your changes are not saved yet, and they are
        still here in the editor. Autosave is paused until you decide.
      </p>
      <div className="mt-3 flex flex-wrap gap-2">
        <Button
          variant="secondary"
          disabled={busy || comparing}
          aria-expanded={changes !== null}
          onClick={async () => {
            if (changes) return setChanges(null);
            setComparing(true);
            setChanges(await onCompare());
            setComparing(false);
          }}
        >
          {comparing ? 'Comparing…' : changes ? 'Hide comparison' : 'Compare versions'}
        </Button>
        <Button disabled={busy} onClick={onKeepMine}>
          Keep my version
        </Button>
        <ConfirmButton
          label="Take the newer version"
          question="Discard your unsaved changes and load the newer version?"
          confirmLabel="Discard mine and load theirs"
          onConfirm={onTakeTheirs}
          disabled={busy}
          className={secondaryButtonClass}
        />
      </div>
      {changes && (
        <div className="mt-4">
          <h3 className="mb-2 font-semibold">What differs between their version and yours</h3>
          <DiffView changes={changes} beforeLabel="Their version" afterLabel="Your version" />
        </div>
      )}
    </section>
  );
}
