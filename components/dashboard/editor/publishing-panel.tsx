'use client';

import { useId } from 'react';
import { ConfirmButton } from '@/components/dashboard/articles/confirm-button';
import { Button, secondaryButtonClass } from '@/components/ui/button';
import type { EditorSession } from './editor-session';
import type { EditorState, EditorView } from './editor-state';
import { localDateTime } from './local-time';
import { ScheduleControl } from './schedule-control';

/** Save, publish, schedule or submit; then unpublish, archive or trash. Only what the person's role allows is offered. */
export function PublishingPanel({ session, state, view }: { session: EditorSession; state: EditorState; view: EditorView }) {
  const uid = useId();
  const { meta, busy, saveState, errors } = state;
  const { permissions: p, editable, live, dirty, status, saveLabel, disabled } = view;
  return (
    <section aria-labelledby={`${uid}-publish`} className="flex flex-col gap-3 rounded-md border border-line p-4">
      <h2 id={`${uid}-publish`} className="font-bold">
        Publishing
      </h2>
      <div className="flex flex-wrap gap-2">
        {editable && (
          <Button variant={live ? 'primary' : 'secondary'} disabled={disabled || (!!meta && !dirty && live)} onClick={() => void session.save('manual')}>
            {busy === null && saveState.kind === 'saving' ? 'Saving…' : saveLabel}
          </Button>
        )}
        {p?.publish && (
          <Button disabled={disabled} onClick={() => void session.workflow('publish')}>
            {busy === 'publish' ? 'Publishing…' : status === 'scheduled' ? 'Publish now' : 'Publish'}
          </Button>
        )}
        {p?.submit && (
          <Button disabled={disabled} onClick={() => void session.workflow('submit')}>
            {busy === 'submit' ? 'Submitting…' : 'Submit for review'}
          </Button>
        )}
      </div>
      {status === 'pending_review' && !p?.publish && <p className="text-sm text-muted">Waiting for an editor to review and publish it.</p>}
      {p?.schedule && (
        <ScheduleControl
          scheduledAt={meta?.scheduledAt ?? null}
          disabled={disabled}
          error={errors.scheduleAt}
          onSchedule={(at) => session.workflow('schedule', at)}
          onDismissError={() => session.dispatch({ type: 'scheduleErrorDismissed' })}
        />
      )}
      {meta && (p?.unpublish || p?.archive || p?.trash) && (
        <div className="flex flex-wrap gap-2 border-t border-line pt-3">
          {p?.unpublish && (
            <Button variant="secondary" disabled={busy !== null} onClick={() => void session.statusChange('unpublish')}>
              {status === 'published' ? 'Unpublish' : status === 'scheduled' ? 'Cancel schedule' : status === 'pending_review' ? 'Return to drafts' : 'Move to drafts'}
            </Button>
          )}
          {p?.archive && (
            <Button variant="secondary" disabled={busy !== null} onClick={() => void session.statusChange('archive')}>
              Archive
            </Button>
          )}
          {p?.trash && (
            <ConfirmButton
              label="Move to trash"
              question={live ? 'Take this live story off the site and move it to the trash?' : 'Move this article to the trash?'}
              confirmLabel="Yes, move to trash"
              onConfirm={() => session.statusChange('trash')}
              disabled={busy !== null}
              className={secondaryButtonClass}
            />
          )}
        </div>
      )}
      {meta?.publishedAt && (
        <p className="text-xs text-muted">
          First published <time dateTime={meta.publishedAt}>{localDateTime(meta.publishedAt)}</time>
        </p>
      )}
    </section>
  );
}
