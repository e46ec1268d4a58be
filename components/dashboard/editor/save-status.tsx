'use client';

import { clockTime } from './local-time';

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving'; label: string }
  | { kind: 'saved'; at: string }
  | { kind: 'failed'; message: string }
  | { kind: 'conflict' };

/**
 * One line saying where the person's text stands, announced politely to screen readers. It always
 * answers "is my work safe?": saving, saved at what time, or what is not saved and why.
 */
export function SaveStatus({ state, dirty, isNew, autosave, waitingFor }: { state: SaveState; dirty: boolean; isNew: boolean; autosave: boolean; waitingFor: string | null }) {
  let text: string;
  let tone: 'ok' | 'warn' | 'muted' = 'muted';
  if (state.kind === 'saving') text = state.label;
  else if (state.kind === 'conflict') {
    text = 'Not saved: someone else saved a newer version. Your text is kept here.';
    tone = 'warn';
  } else if (state.kind === 'failed') {
    text = state.message;
    tone = 'warn';
  } else if (dirty) {
    text = waitingFor ? `Unsaved changes. ${waitingFor}` : autosave ? 'Unsaved changes' : 'Unsaved changes: not live until you click Update';
    tone = autosave ? 'muted' : 'warn';
  } else if (state.kind === 'saved') {
    text = `Saved at ${clockTime(state.at)}`;
    tone = 'ok';
  } else text = isNew ? 'Not saved yet' : 'All changes saved';
  return (
    <p role="status" aria-live="polite" data-save-status={state.kind} className={`text-sm font-medium ${tone === 'warn' ? 'text-accent' : tone === 'ok' ? 'text-ink' : 'text-muted'}`}>
      {text}
    </p>
  );
}
