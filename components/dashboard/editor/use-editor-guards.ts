'use client';

import { useEffect, useRef } from 'react';

const LEAVE_QUESTION = 'You have unsaved changes. Leave this page and lose them?';

/**
 * Asks before the page is left with unsaved changes: the browser's own prompt for reloads, closing
 * and typed URLs, and a question for links inside the newsroom. Returns a function to call before
 * leaving on purpose (after deleting an article, say) so the question is not asked then.
 */
export function useLeaveGuard(active: boolean): () => void {
  const leaving = useRef(false);
  useEffect(() => {
    if (!active) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (leaving.current) return;
      event.preventDefault();
      // Older browsers need returnValue set to show the prompt.
      event.returnValue = '';
    };
    const onClick = (event: MouseEvent) => {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const link = (event.target as Element | null)?.closest?.('a[href]');
      if (!(link instanceof HTMLAnchorElement) || link.target === '_blank' || link.hasAttribute('download')) return;
      const url = new URL(link.href, window.location.href);
      if (url.pathname === window.location.pathname && url.search === window.location.search && url.hash) return;
      if (!window.confirm(LEAVE_QUESTION)) {
        event.preventDefault();
        return;
      }
      leaving.current = true;
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    document.addEventListener('click', onClick, true);
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload);
      document.removeEventListener('click', onClick, true);
    };
  }, [active]);
  return () => {
    leaving.current = true;
  };
}

/** Ctrl+S / Cmd+S saves instead of offering to download the page. */
export function useSaveShortcut(onSave: () => void, enabled: boolean): void {
  const latest = useRef(onSave);
  useEffect(() => {
    latest.current = onSave;
  }, [onSave]);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 's') {
        event.preventDefault();
        if (enabled) latest.current();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [enabled]);
}
