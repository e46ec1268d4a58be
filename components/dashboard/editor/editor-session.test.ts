import { describe, expect, it, vi } from 'vitest';
import type { ActionResult } from '@/features/actions/result';
import type { EditorMeta, EditorSnapshot, SaveInput } from '@/features/articles/editor-types';
import { allowed, draftOf, metaOf } from './editor-fixtures';
import { EditorSession, type EditorActions } from './editor-session';
import { SERVER_UNREACHABLE } from './editor-state';
import { RETRY_DELAY_MS } from './save-timing';

type Deferred<T> = { promise: Promise<T>; resolve: (value: T) => void };
function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

const ok = <T>(data: T): ActionResult<T> => ({ ok: true, data });
const unexpected = () => Promise.reject(new Error('not called in this test'));

function actions(overrides: Partial<EditorActions> = {}): EditorActions {
  return {
    save: vi.fn(unexpected),
    publish: vi.fn(unexpected),
    schedule: vi.fn(unexpected),
    submit: vi.fn(unexpected),
    unpublish: vi.fn(unexpected),
    archive: vi.fn(unexpected),
    trash: vi.fn(unexpected),
    restore: vi.fn(unexpected),
    purge: vi.fn(unexpected),
    loadLatest: vi.fn(unexpected),
    compare: vi.fn(unexpected),
    ...overrides,
  };
}

const snapshot = (meta: Partial<EditorMeta> = {}): EditorSnapshot => ({ draft: draftOf(), hero: null, meta: metaOf(meta) });
const conflict = { currentVersion: 4, savedAt: '2026-03-01T10:05:00.000Z', savedBy: 'Eve Editor' };

/** The saved version the server hands back for a save of `input`. */
const storedAs = (input: SaveInput, version: number) => ok(metaOf({ id: input.id ?? 7, version, slug: input.draft.slug }));

describe('the save queue', () => {
  it('runs saves one after another, each sending the version the previous one got back', async () => {
    const first = deferred<ActionResult<EditorMeta>>();
    const save = vi.fn((input: SaveInput) => (input.expectedVersion === 3 ? first.promise : Promise.resolve(storedAs(input, 5))));
    const session = new EditorSession(snapshot({ version: 3 }), { actions: actions({ save }), newPermissions: null });

    session.dispatch({ type: 'edit', patch: { title: 'First edit' } });
    const one = session.save('auto');
    await vi.waitFor(() => expect(save).toHaveBeenCalledTimes(1));
    expect(session.getState().saveState).toEqual({ kind: 'saving', label: 'Saving…' });

    // Typing goes on and a second save is asked for while the first is still on its way.
    session.dispatch({ type: 'edit', patch: { title: 'Second edit' } });
    const two = session.save('manual');
    await Promise.resolve();
    expect(save).toHaveBeenCalledTimes(1);

    first.resolve(storedAs(save.mock.calls[0]![0], 4));
    await expect(one).resolves.toBe(true);
    await expect(two).resolves.toBe(true);
    expect(save.mock.calls.map(([input]) => [input.expectedVersion, input.draft.title])).toEqual([
      [3, 'First edit'],
      [4, 'Second edit'],
    ]);
    expect(session.getState().meta?.version).toBe(5);
    expect(session.view().dirty).toBe(false);
  });

  it('a job that throws does not stop the ones queued after it', async () => {
    const session = new EditorSession(snapshot(), { actions: actions(), newPermissions: null });
    const failing = session.enqueue(() => Promise.reject(new Error('boom')));
    const next = session.enqueue(() => Promise.resolve('ran'));
    await expect(failing).rejects.toThrow('boom');
    await expect(next).resolves.toBe('ran');
  });

  it('does not call the server for text it already has; a manual save still says it is saved', async () => {
    const save = vi.fn(unexpected);
    const session = new EditorSession(snapshot(), { actions: actions({ save }), newPermissions: null, now: () => '2026-03-01T11:00:00.000Z' });
    await expect(session.save('auto')).resolves.toBe(true);
    expect(session.getState().saveState).toEqual({ kind: 'idle' });
    await expect(session.save('manual')).resolves.toBe(true);
    expect(session.getState().saveState).toEqual({ kind: 'saved', at: '2026-03-01T11:00:00.000Z' });
    expect(save).not.toHaveBeenCalled();
  });

  it('a new article, once saved, gets its address and its browser copies are dropped', async () => {
    const onCreated = vi.fn();
    const clearBackup = vi.fn();
    const save = vi.fn((input: SaveInput) => Promise.resolve(ok(metaOf({ id: 12, version: 1, slug: `${input.draft.slug}-2` }))));
    const session = new EditorSession(null, { actions: actions({ save }), newPermissions: allowed, onCreated, clearBackup });
    session.dispatch({ type: 'edit', patch: { title: 'Harbour wall', sectionId: 1 } });
    await expect(session.save('auto')).resolves.toBe(true);
    expect(save.mock.calls[0]![0]).toMatchObject({ id: undefined, expectedVersion: undefined, slugAuto: true });
    expect(onCreated).toHaveBeenCalledWith(12);
    expect(clearBackup.mock.calls).toEqual([[12], [null]]);
    // The server picked a free variant of the generated slug, and the page shows it.
    expect(session.getState().draft.slug).toBe('harbour-wall-2');
  });
});

describe('conflicts', () => {
  function conflicted() {
    const save = vi.fn((input: SaveInput): Promise<ActionResult<EditorMeta>> =>
      Promise.resolve(input.expectedVersion === 3 ? { ok: false, code: 'conflict', error: 'Saved by Eve', conflict } : storedAs(input, 5)),
    );
    const loadLatest = vi.fn(() => Promise.resolve(ok({ draft: draftOf({ title: 'Theirs' }), hero: null, meta: metaOf({ version: 4 }) })));
    const session = new EditorSession(snapshot({ version: 3 }), { actions: actions({ save, loadLatest }), newPermissions: null });
    session.dispatch({ type: 'edit', patch: { title: 'Mine' } });
    return { session, save, loadLatest };
  }

  it('a newer save by someone else is reported, and nothing more is sent until the person decides', async () => {
    const { session, save } = conflicted();
    await expect(session.save('manual')).resolves.toBe(false);
    expect(session.getState()).toMatchObject({ conflict, saveState: { kind: 'conflict' } });
    expect(session.view().autosave).toBe(false);
    await expect(session.save('auto')).resolves.toBe(false);
    await expect(session.save('manual')).resolves.toBe(false);
    expect(save).toHaveBeenCalledTimes(1);
    expect(session.getState().draft.title).toBe('Mine');
  });

  it('"Keep my version" saves on top of the version the conflict named', async () => {
    const { session, save } = conflicted();
    await session.save('manual');
    await session.keepMine();
    expect(save.mock.calls[1]![0]).toMatchObject({ expectedVersion: 4, draft: { title: 'Mine' } });
    expect(session.getState()).toMatchObject({ conflict: null, busy: null, meta: { version: 5 } });
    expect(session.getState().notice?.text).toBe('Your version was saved on top of the newer one. The newer version stays in the history.');
    expect(session.view()).toMatchObject({ dirty: false, autosave: true });
  });

  it('"Take the newer version" loads it in place of the text on screen', async () => {
    const { session, loadLatest } = conflicted();
    await session.save('manual');
    await session.takeTheirs();
    expect(loadLatest).toHaveBeenCalledWith({ id: 7 });
    expect(session.getState()).toMatchObject({ conflict: null, draft: { title: 'Theirs' }, meta: { version: 4 }, saveState: { kind: 'idle' } });
    expect(session.getState().notice?.text).toBe('Loaded the newer version. Your unsaved changes were discarded.');
  });
});

describe('failures', () => {
  it('when the server cannot be reached the text stays, and autosave is asked to try again later', async () => {
    vi.useFakeTimers();
    try {
      const session = new EditorSession(snapshot(), { actions: actions({ save: vi.fn(() => Promise.reject(new TypeError('Failed to fetch'))) }), newPermissions: null });
      session.dispatch({ type: 'edit', patch: { title: 'Typed offline' } });
      await expect(session.save('auto')).resolves.toBe(false);
      expect(session.getState()).toMatchObject({ saveState: { kind: 'failed', message: SERVER_UNREACHABLE }, draft: { title: 'Typed offline' }, retryTick: 0 });
      vi.advanceTimersByTime(RETRY_DELAY_MS - 1);
      expect(session.getState().retryTick).toBe(0);
      vi.advanceTimersByTime(1);
      expect(session.getState().retryTick).toBe(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('a refused field is marked; the message interrupts only a save the person asked for; no retry is scheduled', async () => {
    const setTimer = vi.fn();
    const refused: ActionResult<EditorMeta> = { ok: false, code: 'invalid', error: 'Please correct the highlighted fields.', fieldErrors: { slug: 'Taken' } };
    const session = new EditorSession(snapshot(), { actions: actions({ save: vi.fn(() => Promise.resolve(refused)) }), newPermissions: null, setTimer });
    session.dispatch({ type: 'edit', patch: { slug: 'taken' } });
    await session.save('auto');
    expect(session.getState()).toMatchObject({ errors: { slug: 'Taken' }, formMessage: null });
    await session.save('manual');
    expect(session.getState().formMessage).toBe('Please correct the highlighted fields.');
    expect(setTimer).not.toHaveBeenCalled();
  });

  it('dispose stops a pending retry', async () => {
    const clearTimer = vi.fn();
    const timer = setTimeout(() => undefined, 0);
    clearTimeout(timer);
    const session = new EditorSession(snapshot(), { actions: actions({ save: vi.fn(unexpected) }), newPermissions: null, setTimer: () => timer, clearTimer });
    session.dispatch({ type: 'edit', patch: { title: 'x' } });
    await session.save('auto');
    session.dispose();
    expect(clearTimer).toHaveBeenCalledWith(timer);
  });
});

describe('workflow', () => {
  it('publishing saves the fields in the same request and says where readers find the story', async () => {
    const answer = deferred<ActionResult<EditorMeta>>();
    const publish = vi.fn((_input: SaveInput) => answer.promise);
    const session = new EditorSession(snapshot(), { actions: actions({ publish }), newPermissions: null });
    session.dispatch({ type: 'edit', patch: { standfirst: 'Repairs begin.' } });
    const done = session.workflow('publish');
    await vi.waitFor(() => expect(publish).toHaveBeenCalledTimes(1));
    // Every workflow button waits while this one runs.
    expect(session.getState().busy).toBe('publish');
    expect(session.view().disabled).toBe(true);
    answer.resolve(ok(metaOf({ version: 4, status: 'published', publicPath: '/city/harbour-wall' })));
    await expect(done).resolves.toBe(true);
    expect(publish.mock.calls[0]![0]).toMatchObject({ id: 7, expectedVersion: 3, draft: { standfirst: 'Repairs begin.' } });
    expect(session.getState()).toMatchObject({ busy: null, notice: { text: 'Published. Readers can see it now.', href: '/city/harbour-wall', hrefLabel: 'View the story' } });
    expect(session.view()).toMatchObject({ live: true, dirty: false, saveLabel: 'Update' });
  });

  it('moving to the trash saves unsaved text first, and stays put if that save fails', async () => {
    const trash = vi.fn(() => Promise.resolve(ok(metaOf({ version: 5, deleted: true }))));
    const save = vi.fn((input: SaveInput) => Promise.resolve(storedAs(input, 4)));
    const session = new EditorSession(snapshot(), { actions: actions({ save, trash }), newPermissions: null });
    session.dispatch({ type: 'edit', patch: { title: 'Last words' } });
    await session.statusChange('trash');
    expect(save).toHaveBeenCalledTimes(1);
    expect(trash).toHaveBeenCalledWith({ id: 7, expectedVersion: 4 });
    expect(session.getState().notice?.text).toBe('Moved to the trash. Editors can restore it from there.');

    const refusing = new EditorSession(snapshot(), { actions: actions({ save: vi.fn(() => Promise.resolve<ActionResult<EditorMeta>>({ ok: false, code: 'failed', error: 'Nope' })), trash }), newPermissions: null });
    refusing.dispatch({ type: 'edit', patch: { title: 'Unsaved' } });
    await refusing.statusChange('trash');
    expect(trash).toHaveBeenCalledTimes(1);
    expect(refusing.getState().formMessage).toBe('Nope');
  });

  it('unpublishing says what happened to the story', async () => {
    const unpublish = vi.fn(() => Promise.resolve(ok(metaOf({ version: 6, status: 'draft' }))));
    const session = new EditorSession(snapshot({ status: 'published', version: 5 }), { actions: actions({ unpublish }), newPermissions: null });
    await session.statusChange('unpublish');
    expect(unpublish).toHaveBeenCalledWith({ id: 7, expectedVersion: 5 });
    expect(session.getState().notice?.text).toBe('Unpublished: it is back in drafts and no longer on the site.');
  });

  it('discarding the browser copy forgets it for this article', () => {
    const clearBackup = vi.fn();
    const session = new EditorSession(snapshot(), { actions: actions(), newPermissions: null, clearBackup });
    session.dispatch({ type: 'backupFound', backup: { version: 3, draft: draftOf({ title: 'Old' }), hero: null, at: 'x' } });
    session.discardBackup();
    expect(clearBackup).toHaveBeenCalledWith(7);
    expect(session.getState().backupOffer).toBeNull();
  });

  it('tells subscribers about every change, and not about actions that change nothing', () => {
    const session = new EditorSession(snapshot(), { actions: actions(), newPermissions: null });
    const listener = vi.fn();
    const unsubscribe = session.subscribe(listener);
    session.dispatch({ type: 'edit', patch: { title: 'New' } });
    session.dispatch({ type: 'bodyChanged', html: '<p>Typed</p>' });
    // The body was typed into before the editor reported its loaded form: nothing to adopt.
    session.dispatch({ type: 'bodyReady', html: '<p>Loaded</p>' });
    expect(listener).toHaveBeenCalledTimes(2);
    unsubscribe();
    session.dispatch({ type: 'edit', patch: { title: 'Newer' } });
    expect(listener).toHaveBeenCalledTimes(2);
  });
});

describe('a save whose pages could not be refreshed', () => {
  it('counts as saved and says readers may see the old version for a moment', async () => {
    const warning = 'Saved. Readers may see the previous version for a moment while the pages refresh.';
    const save = vi.fn((input: SaveInput) => Promise.resolve({ ...storedAs(input, 4), warning }));
    const publish = vi.fn((input: SaveInput) => Promise.resolve({ ...storedAs(input, 5), warning }));
    const session = new EditorSession(snapshot({ version: 3 }), { actions: actions({ save, publish }), newPermissions: null });

    session.dispatch({ type: 'edit', patch: { title: 'Edited while the cache is down' } });
    await expect(session.save('manual')).resolves.toBe(true);
    expect(session.getState().saveState.kind).toBe('saved');
    expect(session.getState().notice).toEqual({ text: warning });

    await expect(session.workflow('publish')).resolves.toBe(true);
    expect(session.getState().notice).toEqual({ text: warning });
  });
});
