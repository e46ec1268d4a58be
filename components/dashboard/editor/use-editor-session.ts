'use client';

import { useRouter } from 'next/navigation';
import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
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
} from '@/features/articles/actions';
import { emptyDraft, type EditorPermissions, type EditorSnapshot } from '@/features/articles/editor-types';
import { editorView, missingForSave, sameDraft } from './editor-state';
import { EditorSession, type EditorActions } from './editor-session';
import { clearBackup, readBackup, writeBackup } from './local-backup';
import { AUTOSAVE_DELAY_MS, BACKUP_DELAY_MS } from './save-timing';
import { useLeaveGuard, useSaveShortcut } from './use-editor-guards';

const serverActions: EditorActions = {
  save: saveArticleAction,
  publish: publishArticleAction,
  schedule: scheduleArticleAction,
  submit: submitForReviewAction,
  unpublish: unpublishArticleAction,
  archive: archiveArticleAction,
  trash: trashArticleAction,
  restore: restoreArticleAction,
  purge: purgeArticleAction,
  loadLatest: loadLatestAction,
  compare: compareWithLatestAction,
};

const NEW_ARTICLE_FRAGMENT = /^#article-(\d+)$/;

function newArticleUrl(id: number): string {
  return `/dashboard/articles/new#article-${id}`;
}

/**
 * The editor's state and save machinery for one page: drafts autosave a few seconds after typing
 * stops, live articles change only when the person clicks Update, unsaved edits are copied to this
 * browser, and the page asks before it is left with edits the server does not have.
 */
export function useEditorSession({ initial, newPermissions }: { initial: EditorSnapshot | null; newPermissions: EditorPermissions | null }) {
  const router = useRouter();
  const [session] = useState(
    () =>
      new EditorSession(initial, {
        actions: serverActions,
        newPermissions,
        // The address now names the article, so a reload finds it. It stays on the /new page (with the
        // id in the fragment) because a different page would remount the editor mid-typing whenever a
        // server action refreshes the route; the /new page sends a reload on to the article's own page.
        // (State null, so Next's router adopts the new address instead of treating it as its own write.)
        onCreated: (id) => window.history.replaceState(null, '', newArticleUrl(id)),
        clearBackup,
      }),
  );
  useEffect(() => () => session.dispose(), [session]);
  const state = useSyncExternalStore(session.subscribe, session.getState, session.getState);
  const view = editorView(state, newPermissions);
  const { draft, hero, backupOffer, conflict, retryTick } = state;
  const { autosave, dirty, editable } = view;

  // Autosave: a few seconds after the last change, when the draft can be saved at all.
  useEffect(() => {
    if (!autosave || !dirty || missingForSave(draft)) return;
    const timer = setTimeout(() => void session.save('auto'), AUTOSAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [draft, autosave, dirty, session, retryTick]);

  useSaveShortcut(() => void session.save('manual'), editable && !conflict);
  const allowLeave = useLeaveGuard(dirty && editable);

  // Unsaved edits are copied to this browser as they are typed, and dropped once the server has them.
  const backupId = state.meta?.id ?? null;
  const version = state.meta?.version ?? null;
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
      writeBackup(backupId, { version, draft, hero, at: new Date().toISOString() });
      wroteBackup.current = true;
    }, BACKUP_DELAY_MS);
    return () => clearTimeout(timer);
  }, [draft, dirty, editable, backupId, version, hero, backupOffer]);

  // Edits left unsaved here last time (the tab crashed, the laptop closed) are offered back.
  const [loaded] = useState(initial);
  useEffect(() => {
    // Read after hydration (the server has no localStorage), once, against what the page loaded with.
    const found = readBackup(loaded?.meta.id ?? null);
    if (!found || sameDraft(found.draft, loaded?.draft ?? emptyDraft())) return;
    const timer = setTimeout(() => session.dispatch({ type: 'backupFound', backup: found }), 0);
    return () => clearTimeout(timer);
  }, [loaded, session]);

  // A reload (or Back) to a new article that was already saved opens the saved article.
  useEffect(() => {
    if (initial) return;
    const saved = NEW_ARTICLE_FRAGMENT.exec(window.location.hash);
    if (saved) router.replace(`/dashboard/articles/${saved[1]}`);
  }, [initial, router]);

  const purge = async () => {
    if (!(await session.purge())) return;
    allowLeave();
    router.push('/dashboard/articles?tab=trash');
  };

  // Save first so the preview shows what is on screen; the tab opens now so no popup blocker interferes.
  const openPreview = async (event: React.MouseEvent<HTMLAnchorElement>) => {
    const current = state.meta;
    if (!current || view.live || !dirty || !editable) return;
    event.preventDefault();
    const tab = window.open('about:blank', '_blank');
    const ok = await session.save('manual');
    if (tab) tab.location.href = `/dashboard/articles/${current.id}/preview`;
    if (!ok) tab?.close();
  };

  const onBodyChange = useCallback((html: string) => session.dispatch({ type: 'bodyChanged', html }), [session]);
  const onBodyReady = useCallback((html: string) => session.dispatch({ type: 'bodyReady', html }), [session]);

  return { session, state, view, purge, openPreview, onBodyChange, onBodyReady };
}
