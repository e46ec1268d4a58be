import { describe, expect, it } from 'vitest';
import { emptyDraft, type ArticleDraft, type EditorMeta } from '@/features/articles/editor-types';
import { allowed, draftOf, mediaOf, metaOf } from './editor-fixtures';
import { editorReducer, editorView, followsTitle, initialEditorState, missingForSave, SERVER_UNREACHABLE, type EditorAction, type EditorState } from './editor-state';

function run(state: EditorState, ...actions: EditorAction[]): EditorState {
  return actions.reduce(editorReducer, state);
}

const opened = (meta: Partial<EditorMeta> = {}, draft: Partial<ArticleDraft> = {}) => initialEditorState({ draft: draftOf(draft), hero: null, meta: metaOf(meta) });

describe('slug', () => {
  it('follows the title of a new article until the person types their own, and again after "From title"', () => {
    let s = run(initialEditorState(null), { type: 'edit', patch: { title: 'Ferry fares frozen' } });
    expect(s.draft.slug).toBe('ferry-fares-frozen');
    s = run(s, { type: 'slugTyped', slug: 'Fares Frozen' });
    expect(s.draft.slug).toBe('fares-frozen');
    expect(s.slugAuto).toBe(false);
    s = run(s, { type: 'edit', patch: { title: 'Ferry fares frozen until spring' } });
    expect(s.draft.slug).toBe('fares-frozen');
    s = run(s, { type: 'slugFromTitle' });
    expect(s.slugAuto).toBe(true);
    expect(s.draft.slug).toBe('ferry-fares-frozen-until-spring');
  });

  it('keeps following for a numbered variant the server picked, but never once the article has been public', () => {
    expect(followsTitle(draftOf({ slug: 'harbour-wall-2' }), metaOf())).toBe(true);
    expect(followsTitle(draftOf({ slug: 'harbour' }), metaOf())).toBe(false);
    expect(followsTitle(draftOf(), metaOf({ publishedAt: '2026-03-01T09:00:00.000Z' }))).toBe(false);
    // A title with regular-expression characters is matched literally.
    expect(followsTitle(draftOf({ title: 'C++ (again)', slug: 'c-again-3' }), metaOf())).toBe(true);
  });
});

describe('edits', () => {
  it("clear the edited field's error and the notice, and leave the other errors", () => {
    const s = run(
      { ...opened(), errors: { title: 'Too long', slug: 'Taken' }, notice: { text: 'Published.' } },
      { type: 'edit', patch: { title: 'Harbour wall repaired' } },
    );
    expect(s.errors).toEqual({ slug: 'Taken' });
    expect(s.notice).toBeNull();
  });

  it('typing in the body keeps the notice (the body reports every keystroke)', () => {
    const s = run({ ...opened(), notice: { text: 'Published.' } }, { type: 'bodyChanged', html: '<p>More</p>' });
    expect(s.draft.body).toBe('<p>More</p>');
    expect(s.notice).toEqual({ text: 'Published.' });
  });

  it('an untouched body takes the form the body editor gives it on both sides, so loading is not an edit', () => {
    const s = run(opened({}, { body: '<p>Hi' }), { type: 'bodyReady', html: '<p>Hi</p>' });
    expect(s.draft.body).toBe('<p>Hi</p>');
    expect(s.saved.body).toBe('<p>Hi</p>');
    expect(editorView(s, null).dirty).toBe(false);

    const typed = run(opened({}, { body: '<p>Hi' }), { type: 'bodyChanged', html: '<p>Hi there</p>' }, { type: 'bodyReady', html: '<p>Hi</p>' });
    // Typed into before the editor was ready: that text is the person's, and it is unsaved.
    expect(typed.draft.body).toBe('<p>Hi there</p>');
    expect(typed.saved.body).toBe('<p>Hi');
  });

  it("a chosen hero image fills the text fields that are empty or still hold the previous image's defaults", () => {
    const first = mediaOf(1, { alt: 'Gulls', caption: 'The quay', credit: 'Jo' });
    const second = mediaOf(2, { alt: 'Boats', caption: 'The harbour', credit: 'Sam' });
    let s = run(opened(), { type: 'heroChosen', media: first });
    expect(s.draft).toMatchObject({ heroMediaId: 1, heroAlt: 'Gulls', heroCaption: 'The quay', heroCredit: 'Jo' });
    s = run(s, { type: 'edit', patch: { heroCaption: 'Gulls over the quay at dawn' } }, { type: 'heroChosen', media: second });
    expect(s.draft).toMatchObject({ heroMediaId: 2, heroAlt: 'Boats', heroCaption: 'Gulls over the quay at dawn', heroCredit: 'Sam' });
    s = run(s, { type: 'heroChosen', media: null });
    expect(s.hero).toBeNull();
    expect(s.draft.heroMediaId).toBeNull();
  });
});

describe('saving', () => {
  it('a save the server stored shows the free slug it picked, unless the slug was edited meanwhile', () => {
    const sent = draftOf();
    const s = run({ ...opened(), errors: { title: 'x' }, formMessage: 'Fix it' }, { type: 'saveSucceeded', meta: metaOf({ version: 4, slug: 'harbour-wall-2' }), sent, at: 'now' });
    expect(s.draft.slug).toBe('harbour-wall-2');
    expect(s.saved.slug).toBe('harbour-wall-2');
    expect(s.errors).toEqual({});
    expect(s.formMessage).toBeNull();
    expect(s.saveState).toEqual({ kind: 'saved', at: 'now' });
    expect(editorView(s, null).dirty).toBe(false);

    const moved = run(opened(), { type: 'slugTyped', slug: 'my-own' }, { type: 'saveSucceeded', meta: metaOf({ slug: 'harbour-wall-2' }), sent, at: 'now' });
    expect(moved.draft.slug).toBe('my-own');
    expect(editorView(moved, null).dirty).toBe(true);
  });

  it('a refused save marks the fields, and interrupts with a message only when the person asked for the save', () => {
    const failure = { ok: false as const, code: 'invalid' as const, error: 'Please correct the highlighted fields.', fieldErrors: { slug: 'Taken' } };
    const auto = run(opened(), { type: 'saveFailed', failure, announce: false });
    expect(auto.errors).toEqual({ slug: 'Taken' });
    expect(auto.saveState).toEqual({ kind: 'failed', message: 'Not saved: Please correct the highlighted fields.' });
    expect(auto.formMessage).toBeNull();
    expect(run(opened(), { type: 'saveFailed', failure, announce: true }).formMessage).toBe('Please correct the highlighted fields.');
  });

  it('no answer from the server keeps the text and says it will be tried again', () => {
    const s = run(opened({}, { title: 'Kept' }), { type: 'saveFailed', failure: null, announce: true });
    expect(s.saveState).toEqual({ kind: 'failed', message: SERVER_UNREACHABLE });
    expect(s.draft.title).toBe('Kept');
  });

  it('a conflict stops autosave until it is resolved', () => {
    const conflict = { currentVersion: 4, savedAt: '2026-03-01T10:05:00.000Z', savedBy: 'Eve Editor' };
    const s = run(opened(), { type: 'edit', patch: { title: 'Mine' } }, { type: 'saveFailed', failure: { ok: false, code: 'conflict', error: 'Saved by Eve', conflict }, announce: false });
    expect(s.conflict).toEqual(conflict);
    expect(s.saveState).toEqual({ kind: 'conflict' });
    expect(editorView(s, null).autosave).toBe(false);
    expect(editorView(run(s, { type: 'conflictResolved' }), null).autosave).toBe(true);
  });
});

describe('what the page allows', () => {
  it('names what a draft still needs before it can autosave', () => {
    expect(missingForSave(emptyDraft())).toBe('Start writing (a title, a standfirst or the story) to start saving.');
    expect(missingForSave({ ...emptyDraft(), body: '<p>Only a first paragraph.</p>' })).toBeNull();
    expect(missingForSave(draftOf({ sectionId: null }))).toBeNull();
    expect(missingForSave(draftOf())).toBeNull();
    // A new story with only a headline autosaves: nothing waits for a section.
    const s = run(initialEditorState(null), { type: 'edit', patch: { title: 'Ferry' } });
    expect(editorView(s, allowed).waitingFor).toBeNull();
    const blank = run(initialEditorState(null), { type: 'edit', patch: { title: ' ' } });
    expect(editorView(blank, allowed).waitingFor).toBe('Start writing (a title, a standfirst or the story) to start saving.');
  });

  it('a live story waits for Update; a story in the trash cannot be edited; a new article uses the permissions for new ones', () => {
    const live = editorView(opened({ status: 'published' }), null);
    expect(live).toMatchObject({ live: true, autosave: false, editable: true, saveLabel: 'Update' });
    expect(editorView(opened({ status: 'scheduled' }), null)).toMatchObject({ autosave: true, saveLabel: 'Save changes' });
    expect(editorView(opened({ status: 'published', deleted: true }), null)).toMatchObject({ live: false, editable: false, disabled: true });
    expect(editorView(initialEditorState(null), allowed)).toMatchObject({ editable: true, autosave: true, saveLabel: 'Save draft', status: 'draft' });
    expect(editorView(initialEditorState(null), null).editable).toBe(false);
    expect(editorView({ ...opened(), busy: 'publish' }, null).disabled).toBe(true);
  });
});

describe('loading other text', () => {
  it('unsaved edits restored from this browser are saved against the version they started from', () => {
    const backup = { version: 2, draft: draftOf({ title: 'From before the crash' }), hero: null, at: '2026-03-01T09:00:00.000Z' };
    const s = run({ ...opened({ version: 3 }), backupOffer: backup }, { type: 'backupRestored', backup });
    expect(s.backupOffer).toBeNull();
    expect(s.draft.title).toBe('From before the crash');
    expect(s.meta?.version).toBe(2);
    expect(s.bodyKey).toBe(1);
    expect(editorView(s, null).dirty).toBe(true);
  });

  it('the newer version replaces the text, clears the conflict and counts as saved', () => {
    const conflicted = { ...opened(), conflict: { currentVersion: 4, savedAt: 'x', savedBy: null }, errors: { title: 'x' }, draft: draftOf({ title: 'Mine' }) };
    const s = run(conflicted, { type: 'snapshotLoaded', snapshot: { draft: draftOf({ title: 'Theirs' }), hero: null, meta: metaOf({ version: 4 }) } });
    expect(s).toMatchObject({ conflict: null, errors: {}, saveState: { kind: 'idle' }, bodyKey: 1 });
    expect(s.draft.title).toBe('Theirs');
    expect(editorView(s, null)).toMatchObject({ dirty: false, autosave: true });
  });

  it('dismissing the schedule form drops only its error', () => {
    const s = run({ ...opened(), errors: { scheduleAt: 'In the past', title: 'Too long' } }, { type: 'scheduleErrorDismissed' });
    expect(s.errors).toEqual({ title: 'Too long' });
  });
});
