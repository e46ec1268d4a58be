'use client';

import { useId } from 'react';
import { Field, inputClass } from '@/components/dashboard/field';
import { FIELD_LIMITS, type EditorPermissions, type EditorSnapshot } from '@/features/articles/editor-types';
import { DetailsPanel } from './details-panel';
import { EditorHeader } from './editor-header';
import { EditorNotices } from './editor-notices';
import { PublishingPanel } from './publishing-panel';
import { RichTextEditor } from './rich-text-editor';
import type { TagChoice } from './tags-field';
import { useEditorSession } from './use-editor-session';

// The headline is edited in the type readers see it in.
const titleInputClass =
  'rounded-md border border-line bg-page px-3 py-2 font-serif text-2xl leading-tight font-bold text-ink focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-accent aria-[invalid=true]:border-accent';

type Props = {
  initial: EditorSnapshot | null;
  newPermissions: EditorPermissions | null;
  sections: { id: number; name: string }[];
  tags: TagChoice[];
};

/**
 * The article editor: fields, body, hero image, workflow buttons and the save machinery
 * (use-editor-session). Drafts autosave a few seconds after typing stops; live articles change only
 * when the person clicks Update. Every save names the version it started from, so a newer save by
 * someone else is reported (with the choice of what to do) instead of being overwritten.
 */
export function ArticleEditor({ initial, newPermissions, sections, tags }: Props) {
  const uid = useId();
  const { session, state, view, purge, openPreview, onBodyChange, onBodyReady } = useEditorSession({ initial, newPermissions });
  const { draft, errors } = state;
  const { editable } = view;

  return (
    <div className="flex flex-col gap-6">
      <EditorHeader state={state} view={view} onPreview={openPreview} />
      <EditorNotices session={session} state={state} view={view} onPurge={purge} />

      <div className="grid gap-8 xl:grid-cols-[minmax(0,1fr)_22rem]">
        <div className="flex min-w-0 flex-col gap-5">
          <Field label="Title" error={errors.title}>
            {(f) => (
              <input
                {...f}
                value={draft.title}
                onChange={(e) => session.dispatch({ type: 'edit', patch: { title: e.target.value } })}
                maxLength={FIELD_LIMITS.title}
                disabled={!editable}
                className={titleInputClass}
              />
            )}
          </Field>
          <Field label="Standfirst" error={errors.standfirst} hint="One or two sentences under the headline that sum up the story.">
            {(f) => (
              <textarea
                {...f}
                value={draft.standfirst}
                onChange={(e) => session.dispatch({ type: 'edit', patch: { standfirst: e.target.value } })}
                maxLength={FIELD_LIMITS.standfirst}
                rows={3}
                disabled={!editable}
                className={`${inputClass} h-auto py-2`}
              />
            )}
          </Field>
          <div className="flex flex-col gap-1">
            <p id={`${uid}-body-label`} className="text-sm font-semibold">
              Body
            </p>
            <RichTextEditor
              key={state.bodyKey}
              id={`${uid}-body`}
              labelId={`${uid}-body-label`}
              describedBy={errors.body ? `${uid}-body-error` : undefined}
              invalid={Boolean(errors.body)}
              initialHtml={draft.body}
              editable={editable}
              onChange={onBodyChange}
              onReady={onBodyReady}
            />
            {errors.body && (
              <p id={`${uid}-body-error`} className="text-sm font-medium text-accent">
                {errors.body}
              </p>
            )}
          </div>
        </div>

        <aside aria-label="Publishing and details" className="flex flex-col gap-5">
          <PublishingPanel session={session} state={state} view={view} />
          <DetailsPanel session={session} state={state} view={view} sections={sections} tags={tags} />
        </aside>
      </div>
    </div>
  );
}
