// What the editor holds between saves, and every change to it, as a pure reducer: no React, no
// timers, no server. The session (editor-session.ts) drives it; tests drive it directly.
import type { ConflictInfo } from '@/lib/errors';
import type { ActionFailure } from '@/features/actions/result';
import type { PickedMedia } from '@/lib/media/picked';
import { emptyDraft, type ArticleDraft, type EditorMeta, type EditorPermissions, type EditorSnapshot } from '@/features/articles/editor-types';
import { hasContent } from '@/features/articles/publish-check';
import { slugify, UNTITLED_SLUG } from '@/lib/slug';
import type { LocalBackup } from './local-backup';
import type { SaveState } from './save-status';

export type Notice = { text: string; href?: string; hrefLabel?: string };

/** The operation a button started, while it runs; every workflow button waits for it. */
type Busy = 'publish' | 'schedule' | 'submit' | 'unpublish' | 'archive' | 'trash' | 'restore' | 'purge' | 'keep' | 'take';

export type EditorState = {
  /** What is on screen. */
  draft: ArticleDraft;
  /** What the server has, as far as this page knows; the draft is dirty while they differ. */
  saved: ArticleDraft;
  /** Null until a new article is first saved. */
  meta: EditorMeta | null;
  hero: PickedMedia | null;
  /** The slug is regenerated from the title as it is typed. */
  slugAuto: boolean;
  saveState: SaveState;
  errors: Record<string, string>;
  /** A refusal the person asked for an answer to (a click, not an autosave). */
  formMessage: string | null;
  notice: Notice | null;
  conflict: ConflictInfo | null;
  busy: Busy | null;
  /** Bumped to remount the body editor when its text is replaced from outside. */
  bodyKey: number;
  /** Bumped when a failed autosave should be tried again. */
  retryTick: number;
  backupOffer: LocalBackup | null;
};

export type EditorAction =
  | { type: 'edit'; patch: Partial<ArticleDraft> }
  | { type: 'slugTyped'; slug: string }
  | { type: 'slugFromTitle' }
  | { type: 'bodyChanged'; html: string }
  | { type: 'bodyReady'; html: string }
  | { type: 'heroChosen'; media: PickedMedia | null }
  | { type: 'saving'; label: string }
  | { type: 'savedUnchanged'; at: string }
  | { type: 'saveSucceeded'; meta: EditorMeta; sent: ArticleDraft; at: string }
  | { type: 'saveFailed'; failure: ActionFailure | null; announce: boolean }
  | { type: 'retryDue' }
  | { type: 'started'; busy: Busy }
  | { type: 'messagesCleared' }
  | { type: 'finished' }
  | { type: 'statusChanged'; meta: EditorMeta; notice: Notice }
  | { type: 'notice'; notice: Notice }
  | { type: 'conflictResolved' }
  | { type: 'snapshotLoaded'; snapshot: EditorSnapshot }
  | { type: 'backupFound'; backup: LocalBackup }
  | { type: 'backupRestored'; backup: LocalBackup }
  | { type: 'backupDiscarded' }
  | { type: 'scheduleErrorDismissed' };

export const SERVER_UNREACHABLE = 'Not saved: the server could not be reached. Your text is kept here; saving will be tried again.';

export function sameDraft(a: ArticleDraft, b: ArticleDraft): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** A slug still follows the title while it is the title's slug (or a numbered variant) and the article has never been public. */
export function followsTitle(draft: ArticleDraft, meta: EditorMeta | null): boolean {
  if (!meta) return true;
  if (meta.publishedAt) return false;
  // An untitled draft was saved with the stand-in slug; it takes the title's once there is one.
  const base = slugify(draft.title) || UNTITLED_SLUG;
  return draft.slug === base || new RegExp(`^${base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}-\\d+$`).test(draft.slug);
}

// Near enough for deciding whether to autosave; the server decides with the real sanitizer.
const roughText = (html: string) => html.replace(/<[^>]*>/g, ' ').replace(/&nbsp;/g, ' ');

/** Why autosave cannot run yet, in words, or null when it can: a draft saves with whatever it has. */
export function missingForSave(draft: ArticleDraft): string | null {
  return hasContent(draft, roughText) ? null : 'Start writing (a title, a standfirst or the story) to start saving.';
}

/** A failure of this kind is tried again by itself after a while: nothing the person typed is wrong. */
export function retriesByItself(failure: ActionFailure | null): boolean {
  return !failure || failure.code === 'unavailable';
}

export function initialEditorState(initial: EditorSnapshot | null): EditorState {
  const draft = initial?.draft ?? emptyDraft();
  const meta = initial?.meta ?? null;
  return {
    draft,
    saved: draft,
    meta,
    hero: initial?.hero ?? null,
    slugAuto: followsTitle(draft, meta),
    saveState: { kind: 'idle' },
    errors: {},
    formMessage: null,
    notice: null,
    conflict: null,
    busy: null,
    bodyKey: 0,
    retryTick: 0,
    backupOffer: null,
  };
}

/** A person's edit: the slug follows a new title while it is automatic, and the edited fields' errors go. */
function edit(state: EditorState, patch: Partial<ArticleDraft>): EditorState {
  const draft = { ...state.draft, ...patch };
  if (patch.title !== undefined && state.slugAuto) draft.slug = slugify(patch.title);
  const keys = Object.keys(patch);
  const errors = keys.some((k) => state.errors[k]) ? Object.fromEntries(Object.entries(state.errors).filter(([k]) => !keys.includes(k))) : state.errors;
  return { ...state, draft, notice: null, errors };
}

/** Library defaults fill hero fields that are empty or still hold the previous image's defaults. */
function chooseHero(state: EditorState, media: PickedMedia | null): EditorState {
  const previous = state.hero;
  if (!media) return edit({ ...state, hero: null }, { heroMediaId: null });
  const take = (current: string, before: string | undefined, next: string) => (!current.trim() || current === before ? next : current);
  const d = state.draft;
  return edit(
    { ...state, hero: media },
    {
      heroMediaId: media.id,
      heroAlt: take(d.heroAlt, previous?.alt, media.alt),
      heroCaption: take(d.heroCaption, previous?.caption, media.caption),
      heroCredit: take(d.heroCredit, previous?.credit, media.credit),
    },
  );
}

function saveSucceeded(state: EditorState, meta: EditorMeta, sent: ArticleDraft, at: string): EditorState {
  const saved = { ...sent, slug: meta.slug };
  // The server may have picked a free variant of a generated slug; show it unless the person has moved on.
  const draft = state.draft.slug === sent.slug && sent.slug !== meta.slug ? { ...state.draft, slug: meta.slug } : state.draft;
  return { ...state, meta, saved, draft, errors: {}, formMessage: null, saveState: { kind: 'saved', at } };
}

function saveFailed(state: EditorState, failure: ActionFailure | null, announce: boolean): EditorState {
  if (!failure) return { ...state, saveState: { kind: 'failed', message: SERVER_UNREACHABLE } };
  switch (failure.code) {
    case 'conflict':
      return { ...state, conflict: failure.conflict ?? state.conflict, saveState: { kind: 'conflict' } };
    case 'unavailable':
      return { ...state, saveState: { kind: 'failed', message: failure.error } };
    case 'invalid':
      return {
        ...state,
        errors: failure.fieldErrors ?? {},
        saveState: { kind: 'failed', message: `Not saved: ${failure.error}` },
        formMessage: announce ? failure.error : state.formMessage,
      };
    default:
      return { ...state, saveState: { kind: 'failed', message: failure.error }, formMessage: announce ? failure.error : state.formMessage };
  }
}

export function editorReducer(state: EditorState, action: EditorAction): EditorState {
  switch (action.type) {
    case 'edit':
      return edit(state, action.patch);
    case 'slugTyped': {
      const slug = action.slug.toLowerCase().replace(/\s+/g, '-');
      // Emptied on an article never public: the slug goes back to following the title.
      return edit({ ...state, slugAuto: slug === '' && !state.meta?.publishedAt }, { slug });
    }
    case 'slugFromTitle':
      return edit({ ...state, slugAuto: true }, { slug: slugify(state.draft.title) });
    case 'bodyChanged':
      // Typing in the body leaves notices and messages alone (the editor reports every keystroke).
      return { ...state, draft: { ...state.draft, body: action.html } };
    case 'bodyReady': {
      // The body editor normalises HTML on load; an untouched body takes that form on both sides.
      const untouched = state.draft.body === state.saved.body || state.draft.body === action.html;
      if (!untouched) return state;
      const draft = state.draft.body === action.html ? state.draft : { ...state.draft, body: action.html };
      return { ...state, saved: { ...state.saved, body: action.html }, draft };
    }
    case 'heroChosen':
      return chooseHero(state, action.media);
    case 'saving':
      return { ...state, saveState: { kind: 'saving', label: action.label } };
    case 'savedUnchanged':
      return { ...state, saveState: { kind: 'saved', at: action.at } };
    case 'saveSucceeded':
      return saveSucceeded(state, action.meta, action.sent, action.at);
    case 'saveFailed':
      return saveFailed(state, action.failure, action.announce);
    case 'retryDue':
      return { ...state, retryTick: state.retryTick + 1 };
    case 'started':
      return { ...state, busy: action.busy };
    case 'messagesCleared':
      return { ...state, formMessage: null, notice: null };
    case 'finished':
      return { ...state, busy: null };
    case 'statusChanged':
      return { ...state, meta: action.meta, notice: action.notice };
    case 'notice':
      return { ...state, notice: action.notice };
    case 'conflictResolved':
      return { ...state, conflict: null };
    case 'snapshotLoaded': {
      const { draft, meta, hero } = action.snapshot;
      return {
        ...state,
        conflict: null,
        meta,
        draft,
        saved: draft,
        hero,
        slugAuto: followsTitle(draft, meta),
        errors: {},
        formMessage: null,
        saveState: { kind: 'idle' },
        // Remount the body so it shows the loaded text.
        bodyKey: state.bodyKey + 1,
      };
    }
    case 'backupFound':
      return { ...state, backupOffer: action.backup };
    case 'backupRestored': {
      const { backup } = action;
      const current = state.meta;
      // Saved against the version the edits started from: if someone saved since, that is a conflict
      // to resolve with the comparison, never a silent overwrite.
      const meta = current && backup.version !== null && backup.version !== current.version ? { ...current, version: backup.version } : current;
      return {
        ...state,
        backupOffer: null,
        draft: backup.draft,
        hero: backup.hero,
        slugAuto: followsTitle(backup.draft, current),
        meta,
        bodyKey: state.bodyKey + 1,
      };
    }
    case 'backupDiscarded':
      return { ...state, backupOffer: null };
    case 'scheduleErrorDismissed': {
      const { scheduleAt: _dismissed, ...rest } = state.errors;
      return { ...state, errors: rest };
    }
  }
}

/** What the page shows and allows, worked out from the state. */
export type EditorView = {
  permissions: EditorPermissions | null;
  editable: boolean;
  /** Published and not in the trash: changes wait for Update. */
  live: boolean;
  autosave: boolean;
  dirty: boolean;
  waitingFor: string | null;
  status: EditorMeta['status'];
  saveLabel: string;
  /** Workflow buttons are off while one runs, and for people who may not edit. */
  disabled: boolean;
};

export function editorView(state: EditorState, newPermissions: EditorPermissions | null): EditorView {
  const { meta } = state;
  const permissions = meta?.permissions ?? newPermissions;
  const editable = Boolean(permissions?.edit) && !meta?.deleted;
  const live = meta?.status === 'published' && !meta.deleted;
  const dirty = !sameDraft(state.draft, state.saved);
  const status = meta?.status ?? 'draft';
  return {
    permissions,
    editable,
    live,
    autosave: editable && !live && !state.conflict,
    dirty,
    waitingFor: dirty && !live ? missingForSave(state.draft) : null,
    status,
    saveLabel: live ? 'Update' : status === 'scheduled' ? 'Save changes' : 'Save draft',
    disabled: !editable || state.busy !== null,
  };
}
