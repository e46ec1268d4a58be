'use client';

import type { PickedMedia } from '@/lib/media/picked';
import type { ArticleDraft } from '@/features/articles/editor-types';

/**
 * Unsaved edits kept in this browser, so a crash, a closed laptop or an expired session never costs
 * a reporter their text. Live stories do not autosave to the server, which makes this their only
 * safety net between clicks on Update. Cleared as soon as the server has the text.
 */
export type LocalBackup = {
  /** The article version the edits started from; null for an article not yet created. */
  version: number | null;
  draft: ArticleDraft;
  hero: PickedMedia | null;
  at: string;
};

const key = (id: number | null) => `northgate:unsaved:${id ?? 'new'}`;

export function readBackup(id: number | null): LocalBackup | null {
  try {
    const raw = window.localStorage.getItem(key(id));
    if (!raw) return null;
    const parsed = JSON.parse(raw) as LocalBackup;
    return parsed && typeof parsed === 'object' && parsed.draft && typeof parsed.draft.title === 'string' ? parsed : null;
  } catch {
    return null;
  }
}

export function writeBackup(id: number | null, backup: LocalBackup): void {
  try {
    window.localStorage.setItem(key(id), JSON.stringify(backup));
  } catch {
    // Storage full or disabled: the server save and the leave warning still protect the text.
  }
}

export function clearBackup(id: number | null): void {
  try {
    window.localStorage.removeItem(key(id));
  } catch {
    // Nothing to clear.
  }
}
