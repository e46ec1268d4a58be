'use client';

import Link from 'next/link';
import { STATUS_LABELS } from '@/features/articles/editor-types';
import type { EditorState, EditorView } from './editor-state';
import { localDateTime } from './local-time';
import { SaveStatus } from './save-status';

/** Where the article stands: its headline, status, version, whether the text is saved, and its other pages. */
export function EditorHeader({
  state,
  view,
  onPreview,
}: {
  state: EditorState;
  view: EditorView;
  onPreview: (event: React.MouseEvent<HTMLAnchorElement>) => void;
}) {
  const { meta, draft } = state;
  return (
    <div className="border-b border-line pb-4">
      <p className="text-sm text-muted">
        <Link href="/dashboard/articles" className="underline">
          Articles
        </Link>{' '}
        / {meta ? 'Edit article' : 'New article'}
      </p>
      <h1 className="mt-1 text-2xl font-bold">{draft.title.trim() || (meta ? 'Untitled article' : 'New article')}</h1>
      <div className="mt-2 flex flex-wrap items-center justify-between gap-x-6 gap-y-2">
        <p className="flex flex-wrap items-center gap-2 text-sm">
          <span className="rounded-full bg-surface px-2 py-0.5 font-semibold" data-testid="article-status">
            {meta?.deleted ? 'In the trash' : STATUS_LABELS[view.status]}
          </span>
          {meta && (
            <span className="text-muted">
              Version {meta.version} · by {meta.authorName}
              {meta.lastEditedBy ? ` · last saved by ${meta.lastEditedBy}` : ''} · <time dateTime={meta.updatedAt}>{localDateTime(meta.updatedAt)}</time>
            </span>
          )}
        </p>
        <div className="flex flex-wrap items-center gap-4">
          <SaveStatus state={state.saveState} dirty={view.dirty} isNew={!meta} autosave={view.autosave} waitingFor={view.waitingFor} />
          {meta && (
            <p className="flex flex-wrap gap-3 text-sm">
              <a href={`/dashboard/articles/${meta.id}/preview`} target="_blank" rel="noopener" onClick={onPreview} className="font-semibold text-accent underline">
                Preview
              </a>
              <a href={`/dashboard/articles/${meta.id}/history`} className="font-semibold text-accent underline">
                History
              </a>
              {meta.publicPath && (
                <a href={meta.publicPath} target="_blank" rel="noopener" className="font-semibold text-accent underline">
                  View on site
                </a>
              )}
            </p>
          )}
        </div>
      </div>
    </div>
  );
}
