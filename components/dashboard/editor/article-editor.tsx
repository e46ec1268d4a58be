'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import {
  archiveArticleAction,
  compareWithLatestAction,
  loadLatestAction,
  publishArticleAction,
  purgeArticleAction,
  restoreArticleAction,
  saveArticleAction,
  scheduleArticleAction,
  submitForReviewAction,
  trashArticleAction,
  unpublishArticleAction,
} from '@/app/(dashboard)/dashboard/articles/actions';
import { ConfirmButton } from '@/components/dashboard/articles/confirm-button';
import { buttonClass, Field, inputClass, secondaryButtonClass } from '@/components/dashboard/field';
import { HeroImageField } from '@/components/dashboard/hero-image-field';
import type { ConflictInfo } from '@/db/mutations/errors';
import type { ActionResult } from '@/lib/actions/result';
import type { PickedMedia } from '@/lib/media/picked';
import type { FieldDiff } from '@/lib/newsroom/diff';
import {
  emptyDraft,
  FIELD_LIMITS,
  SEO_LIMITS,
  STATUS_LABELS,
  type ArticleDraft,
  type EditorMeta,
  type EditorPermissions,
  type EditorSnapshot,
} from '@/lib/newsroom/editor-types';
import { hasContent } from '@/lib/newsroom/publish-check';
import { slugify, UNTITLED_SLUG } from '@/lib/slug';
import { ConflictPanel } from './conflict-panel';
import { clearBackup, readBackup, writeBackup, type LocalBackup } from './local-backup';
import { localDateTime } from './local-time';
import { RichTextEditor } from './rich-text-editor';
import { SaveStatus, type SaveState } from './save-status';
import { ScheduleControl } from './schedule-control';
import { TagsField, type TagChoice } from './tags-field';
import { useLeaveGuard, useSaveShortcut, useSerialQueue } from './use-editor-guards';

const AUTOSAVE_DELAY_MS = 3000;

// The headline is edited in the type readers see it in.
const titleInputClass =
  'rounded-md border border-line bg-page px-3 py-2 font-serif text-2xl leading-tight font-bold text-ink focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-accent aria-[invalid=true]:border-accent';
const RETRY_DELAY_MS = 15_000;

type Failure = Extract<ActionResult<unknown>, { ok: false }>;

const NEW_ARTICLE_FRAGMENT = /^#article-(\d+)$/;

function newArticleUrl(id: number): string {
  return `/dashboard/articles/new#article-${id}`;
}

function sameDraft(a: ArticleDraft, b: ArticleDraft): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** A slug still follows the title while it is the title's slug (or a numbered variant) and the article has never been public. */
function followsTitle(draft: ArticleDraft, meta: EditorMeta | null): boolean {
  if (!meta) return true;
  if (meta.publishedAt) return false;
  // An untitled draft was saved with the stand-in slug; it takes the title's once there is one.
  const base = slugify(draft.title) || UNTITLED_SLUG;
  return draft.slug === base || new RegExp(`^${base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}-\\d+$`).test(draft.slug);
}

// Near enough for deciding whether to autosave; the server decides with the real sanitizer.
const roughText = (html: string) => html.replace(/<[^>]*>/g, ' ').replace(/&nbsp;/g, ' ');

/** Why autosave cannot run yet, in words, or null when it can: a draft saves with whatever it has. */
function missingForSave(draft: ArticleDraft): string | null {
  return hasContent(draft, roughText) ? null : 'Start writing (a title, a standfirst or the story) to start saving.';
}

type Props = {
  initial: EditorSnapshot | null;
  newPermissions: EditorPermissions | null;
  sections: { id: number; name: string }[];
  tags: TagChoice[];
};

/**
 * The article editor: fields, body, hero image, workflow buttons and the save machinery. Drafts
 * autosave a few seconds after typing stops; live articles change only when the person clicks
 * Update. Every save names the version it started from, so a newer save by someone else is
 * reported (with the choice of what to do) instead of being overwritten.
 */
export function ArticleEditor({ initial, newPermissions, sections, tags: initialTags }: Props) {
  const uid = useId();
  const router = useRouter();
  const [draft, setDraftState] = useState<ArticleDraft>(initial?.draft ?? emptyDraft());
  const [saved, setSavedState] = useState<ArticleDraft>(initial?.draft ?? emptyDraft());
  const [meta, setMetaState] = useState<EditorMeta | null>(initial?.meta ?? null);
  const [hero, setHero] = useState<PickedMedia | null>(initial?.hero ?? null);
  const [slugAuto, setSlugAutoState] = useState(() => followsTitle(initial?.draft ?? emptyDraft(), initial?.meta ?? null));
  const [tagChoices, setTagChoices] = useState<TagChoice[]>(initialTags);
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'idle' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formMessage, setFormMessage] = useState<string | null>(null);
  const [notice, setNotice] = useState<{ text: string; href?: string; hrefLabel?: string } | null>(null);
  const [conflict, setConflictState] = useState<ConflictInfo | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [bodyKey, setBodyKey] = useState(0);
  const [retryTick, setRetryTick] = useState(0);
  const [backupOffer, setBackupOffer] = useState<LocalBackup | null>(null);

  // Async work reads the latest values through refs, written at the same time as the state.
  const draftRef = useRef(draft);
  const savedRef = useRef(saved);
  const metaRef = useRef(meta);
  const slugAutoRef = useRef(slugAuto);
  const conflictRef = useRef(conflict);
  const setDraft = (next: ArticleDraft) => {
    draftRef.current = next;
    setDraftState(next);
  };
  const setSaved = (next: ArticleDraft) => {
    savedRef.current = next;
    setSavedState(next);
  };
  const setMeta = (next: EditorMeta) => {
    metaRef.current = next;
    setMetaState(next);
  };
  const setSlugAuto = (next: boolean) => {
    slugAutoRef.current = next;
    setSlugAutoState(next);
  };
  const setConflict = (next: ConflictInfo | null) => {
    conflictRef.current = next;
    setConflictState(next);
  };

  const enqueue = useSerialQueue();
  const permissions = meta?.permissions ?? newPermissions;
  const editable = Boolean(permissions?.edit) && !meta?.deleted;
  const live = meta?.status === 'published' && !meta.deleted;
  const autosave = editable && !live && !conflict;
  const dirty = !sameDraft(draft, saved);
  const waitingFor = dirty && !live ? missingForSave(draft) : null;
  const allowLeave = useLeaveGuard(dirty && editable);

  function update(patch: Partial<ArticleDraft>) {
    const next = { ...draftRef.current, ...patch };
    if (patch.title !== undefined && slugAutoRef.current) next.slug = slugify(patch.title);
    setDraft(next);
    setNotice(null);
    const cleared = Object.keys(patch).filter((k) => errors[k]);
    if (cleared.length) setErrors((e) => Object.fromEntries(Object.entries(e).filter(([k]) => !cleared.includes(k))));
  }

  const applySuccess = useCallback((data: EditorMeta, sent: ArticleDraft) => {
    const wasNew = !metaRef.current;
    setMeta(data);
    const stored = { ...sent, slug: data.slug };
    setSaved(stored);
    // The server may have picked a free variant of a generated slug; show it unless the person has moved on.
    if (draftRef.current.slug === sent.slug && sent.slug !== data.slug) setDraft({ ...draftRef.current, slug: data.slug });
    // The address now names the article, so a reload finds it. It stays on the /new page (with the
    // id in the fragment) because a different page would remount the editor mid-typing whenever a
    // server action refreshes the route; the /new page sends a reload on to the article's own page.
    // (State null, so Next's router adopts the new address instead of treating it as its own write.)
    if (wasNew) window.history.replaceState(null, '', newArticleUrl(data.id));
    // The server has the text now; the browser's copy is no longer needed (unless typing went on).
    if (sameDraft(draftRef.current, stored)) clearBackup(data.id);
    if (wasNew) clearBackup(null);
    setErrors({});
    setFormMessage(null);
    setSaveState({ kind: 'saved', at: new Date().toISOString() });
  }, []);

  const applyFailure = useCallback((result: Failure | null, announce: boolean) => {
    if (!result) {
      setSaveState({ kind: 'failed', message: 'Not saved: the server could not be reached. Your text is kept here; saving will be tried again.' });
      setTimeout(() => setRetryTick((n) => n + 1), RETRY_DELAY_MS);
      return;
    }
    switch (result.code) {
      case 'conflict':
        if (result.conflict) setConflict(result.conflict);
        setSaveState({ kind: 'conflict' });
        return;
      case 'unavailable':
        setSaveState({ kind: 'failed', message: result.error });
        setTimeout(() => setRetryTick((n) => n + 1), RETRY_DELAY_MS);
        return;
      case 'invalid':
        setErrors(result.fieldErrors ?? {});
        setSaveState({ kind: 'failed', message: `Not saved: ${result.error}` });
        if (announce) setFormMessage(result.error);
        return;
      default:
        setSaveState({ kind: 'failed', message: result.error });
        if (announce) setFormMessage(result.error);
    }
  }, []);

  const saveInput = () => ({
    id: metaRef.current?.id,
    expectedVersion: metaRef.current?.version,
    slugAuto: slugAutoRef.current,
    draft: draftRef.current,
  });

  /** Saves the current fields; resolves true when they are safely stored. */
  const save = useCallback(
    (mode: 'auto' | 'manual') =>
      enqueue(async () => {
        if (conflictRef.current) return false;
        const input = saveInput();
        if (metaRef.current && sameDraft(input.draft, savedRef.current)) {
          if (mode === 'manual') setSaveState({ kind: 'saved', at: new Date().toISOString() });
          return true;
        }
        setSaveState({ kind: 'saving', label: metaRef.current?.status === 'published' ? 'Updating the live story…' : 'Saving…' });
        const result = await saveArticleAction(input).catch(() => null);
        if (result?.ok) {
          applySuccess(result.data, input.draft);
          return true;
        }
        applyFailure(result, mode === 'manual');
        return false;
      }),
    [enqueue, applySuccess, applyFailure],
  );

  // Autosave: a few seconds after the last change, when the draft can be saved at all.
  useEffect(() => {
    if (!autosave || !dirty || missingForSave(draft)) return;
    const timer = setTimeout(() => void save('auto'), AUTOSAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [draft, autosave, dirty, save, retryTick]);

  useSaveShortcut(() => void save('manual'), editable && !conflict);

  // Unsaved edits are copied to this browser as they are typed, and dropped once the server has them.
  const backupId = meta?.id ?? null;
  const wroteBackup = useRef(false);
  useEffect(() => {
    // While an older copy is on offer, nothing overwrites it.
    if (!editable || backupOffer) return;
    if (!dirty) {
      // Back to the saved text (undo, take theirs): the copy this page made is no longer needed.
      if (wroteBackup.current) clearBackup(backupId);
      wroteBackup.current = false;
      return;
    }
    const timer = setTimeout(() => {
      writeBackup(backupId, { version: meta?.version ?? null, draft, hero, at: new Date().toISOString() });
      wroteBackup.current = true;
    }, 800);
    return () => clearTimeout(timer);
  }, [draft, dirty, editable, backupId, meta?.version, hero, backupOffer]);

  // Edits left unsaved here last time (the tab crashed, the laptop closed) are offered back.
  const initialRef = useRef(initial);
  useEffect(() => {
    // Read after hydration (the server has no localStorage), once, against what the page loaded with.
    const loaded = initialRef.current;
    const found = readBackup(loaded?.meta.id ?? null);
    if (!found || sameDraft(found.draft, loaded?.draft ?? emptyDraft())) return;
    const timer = setTimeout(() => setBackupOffer(found), 0);
    return () => clearTimeout(timer);
  }, []);

  function restoreBackup(backup: LocalBackup) {
    setBackupOffer(null);
    setDraft(backup.draft);
    setHero(backup.hero);
    setSlugAuto(followsTitle(backup.draft, metaRef.current));
    // Saved against the version the edits started from: if someone saved since, that is a conflict
    // to resolve with the comparison, never a silent overwrite.
    const current = metaRef.current;
    if (current && backup.version !== null && backup.version !== current.version) setMeta({ ...current, version: backup.version });
    setBodyKey((k) => k + 1);
  }

  function discardBackup() {
    clearBackup(backupId);
    setBackupOffer(null);
  }

  // A reload (or Back) to a new article that was already saved opens the saved article.
  useEffect(() => {
    if (initial) return;
    const saved = NEW_ARTICLE_FRAGMENT.exec(window.location.hash);
    if (saved) router.replace(`/dashboard/articles/${saved[1]}`);
  }, [initial, router]);

  async function workflow(kind: 'publish' | 'schedule' | 'submit', at?: string): Promise<boolean> {
    return enqueue(async () => {
      setBusy(kind);
      setFormMessage(null);
      setNotice(null);
      const input = saveInput();
      const call =
        kind === 'publish' ? publishArticleAction(input) : kind === 'schedule' ? scheduleArticleAction({ save: input, at }) : submitForReviewAction(input);
      const result = await call.catch(() => null);
      setBusy(null);
      if (!result?.ok) {
        applyFailure(result, true);
        return false;
      }
      applySuccess(result.data, input.draft);
      if (kind === 'publish') {
        setNotice({ text: 'Published. Readers can see it now.', href: result.data.publicPath ?? undefined, hrefLabel: 'View the story' });
      } else if (kind === 'schedule') {
        setNotice({ text: `Scheduled. It goes live ${result.data.scheduledAt ? localDateTime(result.data.scheduledAt) : ''}.` });
      } else {
        setNotice({ text: 'Submitted for review. Editors will find it under “Pending review”.' });
      }
      return true;
    });
  }

  async function statusChange(kind: 'unpublish' | 'archive' | 'trash' | 'restore') {
    // Moving to the trash keeps whatever was typed last: save first.
    if (kind === 'trash' && editable && !sameDraft(draftRef.current, savedRef.current) && !(await save('manual'))) return;
    await enqueue(async () => {
      const current = metaRef.current;
      if (!current) return;
      setBusy(kind);
      setFormMessage(null);
      setNotice(null);
      const input = { id: current.id, expectedVersion: current.version };
      const action = { unpublish: unpublishArticleAction, archive: archiveArticleAction, trash: trashArticleAction, restore: restoreArticleAction }[kind];
      const result = await action(input).catch(() => null);
      setBusy(null);
      if (!result?.ok) return applyFailure(result, true);
      setMeta(result.data);
      const was = current.status;
      setNotice({
        text:
          kind === 'unpublish'
            ? was === 'published'
              ? 'Unpublished: it is back in drafts and no longer on the site.'
              : was === 'scheduled'
                ? 'Schedule cancelled: it is back in drafts.'
                : 'Moved back to drafts.'
            : kind === 'archive'
              ? 'Archived: it is no longer on the site.'
              : kind === 'trash'
                ? 'Moved to the trash. Editors can restore it from there.'
                : result.data.status === 'published'
                  ? 'Restored from the trash. It is published again, as it was before.'
                  : `Restored from the trash as ${STATUS_LABELS[result.data.status].toLowerCase()}.`,
      });
    });
  }

  async function purge() {
    const current = metaRef.current;
    if (!current) return;
    setBusy('purge');
    const result = await purgeArticleAction({ id: current.id }).catch(() => null);
    setBusy(null);
    if (!result?.ok) return applyFailure(result, true);
    allowLeave();
    router.push('/dashboard/articles?tab=trash');
  }

  async function compare(): Promise<FieldDiff[] | null> {
    const current = metaRef.current;
    if (!current) return null;
    const result = await compareWithLatestAction({ id: current.id, draft: draftRef.current }).catch(() => null);
    if (!result?.ok) {
      applyFailure(result, true);
      return null;
    }
    return result.data.changes;
  }

  function keepMine() {
    void enqueue(async () => {
      const current = metaRef.current;
      const info = conflictRef.current;
      if (!current || !info) return;
      setBusy('keep');
      setSaveState({ kind: 'saving', label: 'Saving your version…' });
      const input = { ...saveInput(), expectedVersion: info.currentVersion };
      const result = await saveArticleAction(input).catch(() => null);
      setBusy(null);
      if (result?.ok) {
        setConflict(null);
        applySuccess(result.data, input.draft);
        setNotice({ text: 'Your version was saved on top of the newer one. The newer version stays in the history.' });
        return;
      }
      applyFailure(result, true);
    });
  }

  async function takeTheirs() {
    const current = metaRef.current;
    if (!current) return;
    setBusy('take');
    const result = await loadLatestAction({ id: current.id }).catch(() => null);
    setBusy(null);
    if (!result?.ok) return applyFailure(result, true);
    loadSnapshot(result.data);
    setNotice({ text: 'Loaded the newer version. Your unsaved changes were discarded.' });
  }

  function loadSnapshot(snapshot: EditorSnapshot) {
    setConflict(null);
    setMeta(snapshot.meta);
    setDraft(snapshot.draft);
    setSaved(snapshot.draft);
    setHero(snapshot.hero);
    setSlugAuto(followsTitle(snapshot.draft, snapshot.meta));
    setErrors({});
    setFormMessage(null);
    setSaveState({ kind: 'idle' });
    // Remount the body so it shows the loaded text.
    setBodyKey((k) => k + 1);
  }

  // The body editor normalises HTML on load; an untouched body takes that form on both sides.
  const onBodyReady = useCallback((html: string) => {
    const untouched = draftRef.current.body === savedRef.current.body || draftRef.current.body === html;
    if (!untouched) return;
    setSaved({ ...savedRef.current, body: html });
    if (draftRef.current.body !== html) setDraft({ ...draftRef.current, body: html });
  }, []);
  const onBodyChange = useCallback((html: string) => {
    const next = { ...draftRef.current, body: html };
    draftRef.current = next;
    setDraftState(next);
  }, []);

  function chooseHero(m: PickedMedia | null) {
    const previous = hero;
    setHero(m);
    if (!m) return update({ heroMediaId: null });
    // Library defaults fill fields that are empty or still hold the previous image's defaults.
    const take = (current: string, before: string | undefined, next: string) => (!current.trim() || current === before ? next : current);
    const d = draftRef.current;
    update({
      heroMediaId: m.id,
      heroAlt: take(d.heroAlt, previous?.alt, m.alt),
      heroCaption: take(d.heroCaption, previous?.caption, m.caption),
      heroCredit: take(d.heroCredit, previous?.credit, m.credit),
    });
  }

  const openPreview = async (event: React.MouseEvent<HTMLAnchorElement>) => {
    const current = metaRef.current;
    if (!current || live || !dirty || !editable) return;
    // Save first so the preview shows what is on screen; the tab opens now so no popup blocker interferes.
    event.preventDefault();
    const tab = window.open('about:blank', '_blank');
    const ok = await save('manual');
    if (tab) tab.location.href = `/dashboard/articles/${current.id}/preview`;
    if (!ok) tab?.close();
  };

  const p = permissions;
  const status = meta?.status ?? 'draft';
  const saveLabel = live ? 'Update' : status === 'scheduled' ? 'Save changes' : 'Save draft';
  const disabled = !editable || busy !== null;

  return (
    <div className="flex flex-col gap-6">
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
              {meta?.deleted ? 'In the trash' : STATUS_LABELS[status]}
            </span>
            {meta && (
              <span className="text-muted">
                Version {meta.version} · by {meta.authorName}
                {meta.lastEditedBy ? ` · last saved by ${meta.lastEditedBy}` : ''} · <time dateTime={meta.updatedAt}>{localDateTime(meta.updatedAt)}</time>
              </span>
            )}
          </p>
          <div className="flex flex-wrap items-center gap-4">
            <SaveStatus state={saveState} dirty={dirty} isNew={!meta} autosave={autosave} waitingFor={waitingFor} />
            {meta && (
              <p className="flex flex-wrap gap-3 text-sm">
                <a href={`/dashboard/articles/${meta.id}/preview`} target="_blank" rel="noopener" onClick={openPreview} className="font-semibold text-accent underline">
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

      {meta?.deleted && (
        <div className="rounded-md border-l-4 border-accent bg-surface p-4">
          <p className="font-semibold">This article is in the trash. It cannot be edited until it is restored.</p>
          <div className="mt-3 flex flex-wrap gap-2">
            {p?.restore && (
              <button type="button" className={buttonClass} disabled={busy !== null} onClick={() => void statusChange('restore')}>
                Restore
              </button>
            )}
            {p?.purge && (
              <ConfirmButton
                label="Delete permanently"
                question="Delete this article and all its versions for good? This cannot be undone."
                confirmLabel="Yes, delete permanently"
                onConfirm={purge}
                disabled={busy !== null}
                className={secondaryButtonClass}
              />
            )}
          </div>
        </div>
      )}
      {!meta?.deleted && !editable && (
        <p className="rounded-md bg-surface p-4">You can read this article, but your role does not allow you to edit it.</p>
      )}
      {live && editable && (
        <p className="rounded-md border-l-4 border-accent bg-surface p-4 text-sm">
          <strong>This story is live.</strong> Changes are not saved automatically, so readers never see half-finished edits. Click{' '}
          <strong>Update</strong> (or press Ctrl+S) when your changes are ready to go live.
        </p>
      )}

      {status === 'scheduled' && editable && !meta?.deleted && (
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
            <button type="button" className={buttonClass} onClick={() => restoreBackup(backupOffer)}>
              Restore unsaved changes
            </button>
            <button type="button" className={secondaryButtonClass} onClick={discardBackup}>
              Discard them
            </button>
          </div>
        </section>
      )}

      {conflict && meta && <ConflictPanel conflict={conflict} busy={busy !== null} onCompare={compare} onKeepMine={keepMine} onTakeTheirs={takeTheirs} />}

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
      {formMessage && (
        <div role="alert" className="rounded-md border border-accent p-3 text-sm">
          <p className="font-semibold text-accent">{formMessage}</p>
          {Object.keys(errors).length > 0 && (
            <ul className="mt-1 list-disc pl-5">
              {Object.entries(errors).map(([field, message]) => (
                <li key={field}>{message}</li>
              ))}
            </ul>
          )}
        </div>
      )}

      <div className="grid gap-8 xl:grid-cols-[minmax(0,1fr)_22rem]">
        <div className="flex min-w-0 flex-col gap-5">
          <Field label="Title" error={errors.title}>
            {(f) => (
              <input
                {...f}
                value={draft.title}
                onChange={(e) => update({ title: e.target.value })}
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
                onChange={(e) => update({ standfirst: e.target.value })}
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
              key={bodyKey}
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
          <section aria-labelledby={`${uid}-publish`} className="flex flex-col gap-3 rounded-md border border-line p-4">
            <h2 id={`${uid}-publish`} className="font-bold">
              Publishing
            </h2>
            <div className="flex flex-wrap gap-2">
              {editable && (
                <button type="button" className={live ? buttonClass : secondaryButtonClass} disabled={disabled || (!!meta && !dirty && live)} onClick={() => void save('manual')}>
                  {busy === null && saveState.kind === 'saving' ? 'Saving…' : saveLabel}
                </button>
              )}
              {p?.publish && (
                <button type="button" className={buttonClass} disabled={disabled} onClick={() => void workflow('publish')}>
                  {busy === 'publish' ? 'Publishing…' : status === 'scheduled' ? 'Publish now' : 'Publish'}
                </button>
              )}
              {p?.submit && (
                <button type="button" className={buttonClass} disabled={disabled} onClick={() => void workflow('submit')}>
                  {busy === 'submit' ? 'Submitting…' : 'Submit for review'}
                </button>
              )}
            </div>
            {status === 'pending_review' && !p?.publish && <p className="text-sm text-muted">Waiting for an editor to review and publish it.</p>}
            {p?.schedule && (
              <ScheduleControl scheduledAt={meta?.scheduledAt ?? null} disabled={disabled} error={errors.scheduleAt} onSchedule={(at) => workflow('schedule', at)}
                onDismissError={() => setErrors(({ scheduleAt: _dismissed, ...rest }) => rest)}
              />
            )}
            {meta && (p?.unpublish || p?.archive || p?.trash) && (
              <div className="flex flex-wrap gap-2 border-t border-line pt-3">
                {p?.unpublish && (
                  <button type="button" className={secondaryButtonClass} disabled={busy !== null} onClick={() => void statusChange('unpublish')}>
                    {status === 'published' ? 'Unpublish' : status === 'scheduled' ? 'Cancel schedule' : status === 'pending_review' ? 'Return to drafts' : 'Move to drafts'}
                  </button>
                )}
                {p?.archive && (
                  <button type="button" className={secondaryButtonClass} disabled={busy !== null} onClick={() => void statusChange('archive')}>
                    Archive
                  </button>
                )}
                {p?.trash && meta && (
                  <ConfirmButton
                    label="Move to trash"
                    question={live ? 'Take this live story off the site and move it to the trash?' : 'Move this article to the trash?'}
                    confirmLabel="Yes, move to trash"
                    onConfirm={() => statusChange('trash')}
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

          <Field
            label="Slug"
            error={errors.slug}
            hint={slugAuto ? 'Made from the title as you type. Edit it to choose your own.' : meta?.publishedAt ? 'Changing it keeps the old address working (it redirects here).' : 'Lowercase letters, numbers and hyphens.'}
          >
            {(f) => (
              <div className="flex gap-2">
                <input
                  {...f}
                  value={draft.slug}
                  onChange={(e) => {
                    const slug = e.target.value.toLowerCase().replace(/\s+/g, '-');
                    // Emptied on an article never public: the slug goes back to following the title.
                    setSlugAuto(slug === '' && !metaRef.current?.publishedAt);
                    update({ slug });
                  }}
                  maxLength={FIELD_LIMITS.slug}
                  spellCheck={false}
                  disabled={!editable}
                  className={`${inputClass} min-w-0 flex-1 font-mono text-sm`}
                />
                {!slugAuto && editable && (
                  <button
                    type="button"
                    className={secondaryButtonClass}
                    onClick={() => {
                      setSlugAuto(true);
                      update({ slug: slugify(draftRef.current.title) });
                    }}
                  >
                    From title
                  </button>
                )}
              </div>
            )}
          </Field>

          <Field label="Section" error={errors.sectionId}>
            {(f) => (
              <select
                {...f}
                value={draft.sectionId ?? ''}
                onChange={(e) => update({ sectionId: e.target.value ? Number(e.target.value) : null })}
                disabled={!editable}
                className={inputClass}
              >
                <option value="">Choose a section</option>
                {sections.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name}
                  </option>
                ))}
              </select>
            )}
          </Field>

          <TagsField
            value={draft.tagIds}
            onChange={(tagIds) => update({ tagIds })}
            choices={tagChoices}
            onTagCreated={(t) => setTagChoices((all) => [...all.filter((x) => x.id !== t.id), t].sort((a, b) => a.name.localeCompare(b.name)))}
            canCreate={Boolean(p?.createTags)}
            disabled={!editable}
            error={errors.tagIds}
          />

          <section aria-labelledby={`${uid}-hero`} className="flex flex-col gap-3">
            <h2 id={`${uid}-hero`} className="text-sm font-semibold">
              Hero image
            </h2>
            {editable ? (
              <HeroImageField value={hero} onChange={chooseHero} describedBy={errors.heroMediaId ? `${uid}-hero-error` : undefined} />
            ) : hero ? (
              <img src={hero.thumbUrl} alt={draft.heroAlt || hero.alt} width={400} height={225} className="aspect-video w-full rounded-md object-cover" />
            ) : (
              <p className="text-sm text-muted">No hero image.</p>
            )}
            {errors.heroMediaId && (
              <p id={`${uid}-hero-error`} className="text-sm font-medium text-accent">
                {errors.heroMediaId}
              </p>
            )}
            {(hero || draft.heroMediaId !== null) && (
              <>
                <Field label="Alt text" error={errors.heroAlt} hint="What the picture shows, for people who cannot see it. Required to publish.">
                  {(f) => (
                    <textarea {...f} value={draft.heroAlt} onChange={(e) => update({ heroAlt: e.target.value })} maxLength={FIELD_LIMITS.heroAlt} rows={2} disabled={!editable} className={`${inputClass} h-auto py-2`} />
                  )}
                </Field>
                <Field label="Caption" error={errors.heroCaption}>
                  {(f) => (
                    <input {...f} value={draft.heroCaption} onChange={(e) => update({ heroCaption: e.target.value })} maxLength={FIELD_LIMITS.heroCaption} disabled={!editable} className={inputClass} />
                  )}
                </Field>
                <Field label="Credit" error={errors.heroCredit} hint="e.g. Photo: Jane Doe / Chronicle">
                  {(f) => (
                    <input {...f} value={draft.heroCredit} onChange={(e) => update({ heroCredit: e.target.value })} maxLength={FIELD_LIMITS.heroCredit} disabled={!editable} className={inputClass} />
                  )}
                </Field>
              </>
            )}
          </section>

          <section aria-labelledby={`${uid}-seo`} className="flex flex-col gap-3">
            <h2 id={`${uid}-seo`} className="text-sm font-semibold">
              Search engines
            </h2>
            <Field label="SEO title" error={errors.seoTitle} hint={counterHint(draft.seoTitle, SEO_LIMITS.title, 'Leave empty to use the title.')}>
              {(f) => (
                <input {...f} value={draft.seoTitle} onChange={(e) => update({ seoTitle: e.target.value })} maxLength={FIELD_LIMITS.seoTitle} disabled={!editable} placeholder={draft.title} className={inputClass} />
              )}
            </Field>
            <Field label="SEO description" error={errors.seoDescription} hint={counterHint(draft.seoDescription, SEO_LIMITS.description, 'Leave empty to use the standfirst.')}>
              {(f) => (
                <textarea
                  {...f}
                  value={draft.seoDescription}
                  onChange={(e) => update({ seoDescription: e.target.value })}
                  maxLength={FIELD_LIMITS.seoDescription}
                  rows={3}
                  disabled={!editable}
                  placeholder={draft.standfirst}
                  className={`${inputClass} h-auto py-2`}
                />
              )}
            </Field>
          </section>
        </aside>
      </div>
    </div>
  );
}

/** "42 of 60 characters" (and a warning past the limit where search engines cut the text). */
function counterHint(value: string, limit: number, emptyHint: string): string {
  const n = value.trim().length;
  if (n === 0) return `${emptyHint} Up to ${limit} characters show in search results.`;
  if (n > limit) return `${n} of ${limit} characters: search results will cut the last ${n - limit}.`;
  return `${n} of ${limit} characters.`;
}
