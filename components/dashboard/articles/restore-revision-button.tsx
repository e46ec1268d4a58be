'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { restoreRevisionAction } from '@/features/articles/actions';
import { Button } from '@/components/ui/button';

/** "Restore this version": saves the old content as a new version, checked against the version on screen. */
export function RestoreRevisionButton({
  id,
  version,
  currentVersion,
  live,
  hasChanges,
}: {
  id: number;
  version: number;
  currentVersion: number;
  live: boolean;
  hasChanges: boolean;
}) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [result, setResult] = useState<{ ok: boolean; text: string; notes?: string[] } | null>(null);

  async function restore() {
    setPending(true);
    setResult(null);
    const outcome = await restoreRevisionAction({ id, version, expectedVersion: currentVersion }).catch(() => null);
    setPending(false);
    if (!outcome) return setResult({ ok: false, text: 'The server could not be reached. Nothing was changed; try again.' });
    if (!outcome.ok) {
      return setResult({
        ok: false,
        text: outcome.code === 'conflict' ? `${outcome.error} Reload the page to compare with the newest version before restoring.` : outcome.error,
      });
    }
    setResult({ ok: true, text: outcome.message ?? 'Restored.', notes: outcome.data.notes });
    // The page re-renders with the new current version; this component stays to keep the message.
    router.refresh();
  }

  return (
    <div className="flex flex-col gap-2">
      {hasChanges && (
        <div className="flex flex-wrap items-center gap-3">
          <Button disabled={pending} onClick={() => void restore()}>
            {pending ? 'Restoring…' : 'Restore this version'}
          </Button>
          <p className="text-sm text-muted">
            Saves its content as a new version; the status stays as it is{live ? ', so the live story changes at once' : ''}.
          </p>
        </div>
      )}
      {result && (
        <div role={result.ok ? 'status' : 'alert'} className={`rounded-md p-3 text-sm ${result.ok ? 'bg-surface' : 'border border-accent text-accent'}`}>
          <p className="font-semibold">{result.text}</p>
          {result.notes && result.notes.length > 0 && (
            <ul className="mt-1 list-disc pl-5">
              {result.notes.map((n) => (
                <li key={n}>{n}</li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
