// The editor's save machinery without React: one store for the state (editor-state.ts), a queue so
// saves and status changes never overlap, and what each button does. Server actions, the address
// bar and the browser's backup copy come in as dependencies, so tests can run all of it in Node.
import type { ActionFailure, ActionResult } from '@/features/actions/result';
import type { FieldDiff } from '@/features/articles/diff';
import {
  STATUS_LABELS,
  type ArticleDraft,
  type EditorMeta,
  type EditorPermissions,
  type EditorSnapshot,
  type SaveInput,
} from '@/features/articles/editor-types';
import {
  editorReducer,
  editorView,
  initialEditorState,
  retriesByItself,
  sameDraft,
  type EditorAction,
  type EditorState,
  type EditorView,
  type Notice,
} from './editor-state';
import type { LocalBackup } from './local-backup';
import { localDateTime } from './local-time';
import { RETRY_DELAY_MS } from './save-timing';

type Result<T> = Promise<ActionResult<T>>;
type VersionRef = { id: number; expectedVersion: number };

/** The server actions the editor calls (features/articles/actions.ts). */
export type EditorActions = {
  save: (input: SaveInput) => Result<EditorMeta>;
  publish: (input: SaveInput) => Result<EditorMeta>;
  schedule: (input: { save: SaveInput; at: string | undefined }) => Result<EditorMeta>;
  submit: (input: SaveInput) => Result<EditorMeta>;
  unpublish: (input: VersionRef) => Result<EditorMeta>;
  archive: (input: VersionRef) => Result<EditorMeta>;
  trash: (input: VersionRef) => Result<EditorMeta>;
  restore: (input: VersionRef) => Result<EditorMeta>;
  purge: (input: { id: number }) => Result<unknown>;
  loadLatest: (input: { id: number }) => Result<EditorSnapshot>;
  compare: (input: { id: number; draft: ArticleDraft }) => Result<{ changes: FieldDiff[] }>;
};

type SessionDeps = {
  actions: EditorActions;
  /** What a person may do with an article that does not exist yet (the /new page). */
  newPermissions: EditorPermissions | null;
  /** A new article was saved for the first time and now has an id. */
  onCreated?: (id: number) => void;
  /** The browser's copy of unsaved edits is no longer needed (null: the copy of a new article). */
  clearBackup?: (id: number | null) => void;
  now?: () => string;
  setTimer?: (run: () => void, ms: number) => ReturnType<typeof setTimeout>;
  clearTimer?: (timer: ReturnType<typeof setTimeout>) => void;
};

export type Workflow = 'publish' | 'schedule' | 'submit';
export type StatusChange = 'unpublish' | 'archive' | 'trash' | 'restore';

function workflowNotice(kind: Workflow, meta: EditorMeta): Notice {
  if (kind === 'publish') return { text: 'Published. Readers can see it now.', href: meta.publicPath ?? undefined, hrefLabel: 'View the story' };
  if (kind === 'schedule') return { text: `Scheduled. It goes live ${meta.scheduledAt ? localDateTime(meta.scheduledAt) : ''}.` };
  return { text: 'Submitted for review. Editors will find it under “Pending review”.' };
}

function statusNotice(kind: StatusChange, was: EditorMeta['status'], now: EditorMeta['status']): string {
  switch (kind) {
    case 'unpublish':
      if (was === 'published') return 'Unpublished: it is back in drafts and no longer on the site.';
      return was === 'scheduled' ? 'Schedule cancelled: it is back in drafts.' : 'Moved back to drafts.';
    case 'archive':
      return 'Archived: it is no longer on the site.';
    case 'trash':
      return 'Moved to the trash. Editors can restore it from there.';
    case 'restore':
      return now === 'published' ? 'Restored from the trash. It is published again, as it was before.' : `Restored from the trash as ${STATUS_LABELS[now].toLowerCase()}.`;
  }
}

/**
 * One open article. Every save names the version it started from, so a newer save by someone else
 * comes back as a conflict (with the choice of what to do) instead of being overwritten; that is
 * also why saves and status changes queue: the second would carry a version the first replaced.
 */
export class EditorSession {
  private state: EditorState;
  private readonly listeners = new Set<() => void>();
  private tail: Promise<unknown> = Promise.resolve();
  private readonly timers = new Set<ReturnType<typeof setTimeout>>();

  constructor(
    initial: EditorSnapshot | null,
    private readonly deps: SessionDeps,
  ) {
    this.state = initialEditorState(initial);
  }

  // Arrow properties: stable functions React can subscribe with and list as effect dependencies.
  readonly getState = (): EditorState => this.state;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly dispatch = (action: EditorAction): void => {
    const next = editorReducer(this.state, action);
    if (next === this.state) return;
    this.state = next;
    for (const listener of this.listeners) listener();
  };

  view(): EditorView {
    return editorView(this.state, this.deps.newPermissions);
  }

  /** Runs jobs one after another, each after the previous one settled (whether it worked or not). */
  enqueue<T>(job: () => Promise<T>): Promise<T> {
    const run = this.tail.then(job, job);
    this.tail = run.catch(() => undefined);
    return run;
  }

  /** Saves the current fields; resolves true when they are safely stored. */
  readonly save = (mode: 'auto' | 'manual'): Promise<boolean> =>
    this.enqueue(async () => {
      if (this.state.conflict) return false;
      const input = this.saveInput();
      if (this.state.meta && sameDraft(input.draft, this.state.saved)) {
        if (mode === 'manual') this.dispatch({ type: 'savedUnchanged', at: this.now() });
        return true;
      }
      this.dispatch({ type: 'saving', label: this.state.meta?.status === 'published' ? 'Updating the live story…' : 'Saving…' });
      const result = await this.deps.actions.save(input).catch(() => null);
      if (result?.ok) {
        this.succeeded(result.data, input.draft);
        if (result.warning) this.dispatch({ type: 'notice', notice: { text: result.warning } });
        return true;
      }
      this.failed(result, mode === 'manual');
      return false;
    });

  /** Publish, schedule or submit: each saves the fields too, in the same request. */
  readonly workflow = (kind: Workflow, at?: string): Promise<boolean> =>
    this.enqueue(async () => {
      this.dispatch({ type: 'started', busy: kind });
      this.dispatch({ type: 'messagesCleared' });
      const input = this.saveInput();
      const { actions } = this.deps;
      const call = kind === 'publish' ? actions.publish(input) : kind === 'schedule' ? actions.schedule({ save: input, at }) : actions.submit(input);
      const result = await call.catch(() => null);
      this.dispatch({ type: 'finished' });
      if (!result?.ok) {
        this.failed(result, true);
        return false;
      }
      this.succeeded(result.data, input.draft);
      // Saved whatever happened after the save: only the pages' refresh can be late.
      this.dispatch({ type: 'notice', notice: result.warning ? { text: result.warning } : workflowNotice(kind, result.data) });
      return true;
    });

  readonly statusChange = async (kind: StatusChange): Promise<void> => {
    // Moving to the trash keeps whatever was typed last: save first.
    if (kind === 'trash' && this.view().editable && !sameDraft(this.state.draft, this.state.saved) && !(await this.save('manual'))) return;
    await this.enqueue(async () => {
      const current = this.state.meta;
      if (!current) return;
      this.dispatch({ type: 'started', busy: kind });
      this.dispatch({ type: 'messagesCleared' });
      const result = await this.deps.actions[kind]({ id: current.id, expectedVersion: current.version }).catch(() => null);
      this.dispatch({ type: 'finished' });
      if (!result?.ok) return this.failed(result, true);
      this.dispatch({ type: 'statusChanged', meta: result.data, notice: { text: result.warning ?? statusNotice(kind, current.status, result.data.status) } });
    });
  };

  /** Deletes the article for good; resolves true once it is gone (the page then leaves). */
  readonly purge = async (): Promise<boolean> => {
    const current = this.state.meta;
    if (!current) return false;
    this.dispatch({ type: 'started', busy: 'purge' });
    const result = await this.deps.actions.purge({ id: current.id }).catch(() => null);
    this.dispatch({ type: 'finished' });
    if (!result?.ok) {
      this.failed(result, true);
      return false;
    }
    return true;
  };

  /** What differs between the newer saved version and the text on screen. */
  readonly compare = async (): Promise<FieldDiff[] | null> => {
    const current = this.state.meta;
    if (!current) return null;
    const result = await this.deps.actions.compare({ id: current.id, draft: this.state.draft }).catch(() => null);
    if (!result?.ok) {
      this.failed(result, true);
      return null;
    }
    return result.data.changes;
  };

  /** Saves the text on screen on top of the newer version the conflict named. */
  readonly keepMine = (): Promise<void> =>
    this.enqueue(async () => {
      const current = this.state.meta;
      const info = this.state.conflict;
      if (!current || !info) return;
      this.dispatch({ type: 'started', busy: 'keep' });
      this.dispatch({ type: 'saving', label: 'Saving your version…' });
      const input = { ...this.saveInput(), expectedVersion: info.currentVersion };
      const result = await this.deps.actions.save(input).catch(() => null);
      this.dispatch({ type: 'finished' });
      if (result?.ok) {
        this.dispatch({ type: 'conflictResolved' });
        this.succeeded(result.data, input.draft);
        this.dispatch({ type: 'notice', notice: { text: 'Your version was saved on top of the newer one. The newer version stays in the history.' } });
        return;
      }
      this.failed(result, true);
    });

  /** Replaces the text on screen with the newer saved version. */
  readonly takeTheirs = async (): Promise<void> => {
    const current = this.state.meta;
    if (!current) return;
    this.dispatch({ type: 'started', busy: 'take' });
    const result = await this.deps.actions.loadLatest({ id: current.id }).catch(() => null);
    this.dispatch({ type: 'finished' });
    if (!result?.ok) return this.failed(result, true);
    this.dispatch({ type: 'snapshotLoaded', snapshot: result.data });
    this.dispatch({ type: 'notice', notice: { text: 'Loaded the newer version. Your unsaved changes were discarded.' } });
  };

  readonly restoreBackup = (backup: LocalBackup): void => this.dispatch({ type: 'backupRestored', backup });

  readonly discardBackup = (): void => {
    this.deps.clearBackup?.(this.state.meta?.id ?? null);
    this.dispatch({ type: 'backupDiscarded' });
  };

  /** Stops pending retries (the page is going away). */
  dispose(): void {
    for (const timer of this.timers) (this.deps.clearTimer ?? clearTimeout)(timer);
    this.timers.clear();
  }

  private now(): string {
    return this.deps.now?.() ?? new Date().toISOString();
  }

  private saveInput(): SaveInput {
    const { meta, slugAuto, draft } = this.state;
    return { id: meta?.id, expectedVersion: meta?.version, slugAuto, draft };
  }

  private succeeded(meta: EditorMeta, sent: ArticleDraft): void {
    const wasNew = !this.state.meta;
    this.dispatch({ type: 'saveSucceeded', meta, sent, at: this.now() });
    if (wasNew) this.deps.onCreated?.(meta.id);
    // The server has the text now; the browser's copy is no longer needed (unless typing went on).
    if (sameDraft(this.state.draft, this.state.saved)) this.deps.clearBackup?.(meta.id);
    if (wasNew) this.deps.clearBackup?.(null);
  }

  private failed(failure: ActionFailure | null, announce: boolean): void {
    this.dispatch({ type: 'saveFailed', failure, announce });
    if (!retriesByItself(failure)) return;
    const timer = (this.deps.setTimer ?? setTimeout)(() => {
      this.timers.delete(timer);
      this.dispatch({ type: 'retryDue' });
    }, RETRY_DELAY_MS);
    this.timers.add(timer);
  }
}
