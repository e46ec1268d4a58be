'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { purgeArticleAction, restoreArticleAction } from '@/features/articles/actions';
import { ConfirmButton } from './confirm-button';

const small =
  'inline-flex h-9 items-center rounded-md border border-line px-3 text-sm font-semibold hover:bg-surface focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent disabled:opacity-60';
const danger =
  'inline-flex h-9 items-center rounded-md bg-accent px-3 text-sm font-semibold text-page hover:opacity-90 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent disabled:opacity-60';

/** Restore (editors) and Delete permanently (administrators) for one row of the trash. */
export function TrashRowActions({ id, title, canRestore, canPurge }: { id: number; title: string; canRestore: boolean; canPurge: boolean }) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState<string | null>(null);

  async function run(action: typeof restoreArticleAction | typeof purgeArticleAction) {
    setPending(true);
    setMessage(null);
    const result = await action({ id }).catch(() => null);
    setPending(false);
    if (!result) return setMessage('The server could not be reached. Try again.');
    if (!result.ok) return setMessage(result.error);
    router.refresh();
  }

  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap gap-2">
        {canRestore && (
          <button type="button" className={small} disabled={pending} onClick={() => run(restoreArticleAction)} aria-label={`Restore “${title}”`}>
            Restore
          </button>
        )}
        {canPurge && (
          <ConfirmButton
            label="Delete permanently"
            question={`Delete “${title}” and all its versions for good? This cannot be undone.`}
            confirmLabel="Yes, delete permanently"
            onConfirm={() => run(purgeArticleAction)}
            disabled={pending}
            className={danger}
          />
        )}
      </div>
      {message && (
        <p role="alert" className="text-sm text-accent">
          {message}
        </p>
      )}
    </div>
  );
}
