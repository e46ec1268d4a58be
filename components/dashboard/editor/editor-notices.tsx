'use client';

import { useId } from 'react';
import { ConfirmButton } from '@/components/dashboard/articles/confirm-button';
import { Button, secondaryButtonClass } from '@/components/ui/button';
import { FormAlert } from '@/components/ui/form-alert';
import { ConflictPanel } from './conflict-panel';
import type { EditorSession } from './editor-session';
import type { EditorState, EditorView } from './editor-state';
import { localDateTime } from './local-time';

/**
 * Everything the editor has to tell the person above the fields: what they can do with the article
 * (in the trash, read-only, live, scheduled), unsaved edits found in this browser, a conflicting
 * save, and the outcome of the last thing they asked for.
 */
export function EditorNotices({ session, state, view, onPurge }: { session: EditorSession; state: EditorState; view: EditorView; onPurge: () => Promise<void> }) {
  const uid = useId();
  const { meta, busy, backupOffer, conflict, notice, formMessage, errors } = state;
  const { permissions: p, editable, live } = view;
  return (
    <>
      {meta?.deleted && (
        <div className="rounded-md border-l-4 border-accent bg-surface p-4">
          <p className="font-semibold">This article is in the trash. It cannot be edited until it is restored.</p>
          <div className="mt-3 flex flex-wrap gap-2">
            {p?.restore && (
              <Button disabled={busy !== null} onClick={() => void session.statusChange('restore')}>
                Restore
              </Button>
            )}
            {p?.purge && (
              <ConfirmButton
                label="Delete permanently"
                question="Delete this article and all its versions for good? This cannot be undone."
                confirmLabel="Yes, delete permanently"
                onConfirm={onPurge}
                disabled={busy !== null}
                className={secondaryButtonClass}
              />
            )}
          </div>
        </div>
      )}
      {!meta?.deleted && !editable && <p className="rounded-md bg-surface p-4">You can read this article, but your role does not allow you to edit it.</p>}
      {live && editable && (
        <p className="rounded-md border-l-4 border-accent bg-surface p-4 text-sm">
          <strong>This story is live.</strong> Changes are not saved automatically, so readers never see half-finished edits. Click{' '}
          <strong>Update</strong> (or press Ctrl+S) when your changes are ready to go live.
        </p>
      )}

      {view.status === 'scheduled' && editable && !meta?.deleted && (
        <p className="rounded-md bg-surface p-4 text-sm">
          <strong>Scheduled.</strong> Changes save automatically and go live with the story at its scheduled time.
        </p>
      )}

      {backupOffer && (
        <section aria-labelledby={`${uid}-backup`} className="rounded-md border-2 border-accent bg-surface p-4">
          <h2 id={`${uid}-backup`} className="font-bold">
            Unsaved changes were kept in this browser
          </h2>
          <p className="mt-1 text-sm">
            Changes from <time dateTime={backupOffer.at}>{localDateTime(backupOffer.at)}</time> were never saved
            {backupOffer.draft.title.trim() ? ` (“${backupOffer.draft.title.trim()}”)` : ''}. Restore them to carry on where you left off; saving them
            then works like any other save{live ? ' (click Update to make them live)' : ''}.
          </p>
          <div className="mt-3 flex flex-wrap gap-2">
            <Button onClick={() => session.restoreBackup(backupOffer)}>Restore unsaved changes</Button>
            <Button variant="secondary" onClick={session.discardBackup}>
              Discard them
            </Button>
          </div>
        </section>
      )}

      {conflict && meta && (
        <ConflictPanel conflict={conflict} busy={busy !== null} onCompare={session.compare} onKeepMine={() => void session.keepMine()} onTakeTheirs={session.takeTheirs} />
      )}

      {notice && (
        <p role="status" className="rounded-md bg-surface p-3 font-medium">
          {notice.text}{' '}
          {notice.href && (
            <a href={notice.href} target="_blank" rel="noopener" className="text-accent underline">
              {notice.hrefLabel}
            </a>
          )}
        </p>
      )}
      {formMessage && <FormAlert message={formMessage} details={Object.values(errors)} />}
    </>
  );
}
