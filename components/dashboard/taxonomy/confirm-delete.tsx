'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import type { ActionResult } from '@/features/actions/result';
import { Button } from '@/components/ui/button';
import { FormNotice, useActionForm } from '../use-action-form';

/**
 * A delete that asks once more before acting, in the page rather than in a browser dialog, so the
 * question and its consequences can be read (and answered) by keyboard and screen reader.
 */
export function ConfirmDelete({
  action,
  id,
  label,
  question,
  afterDelete,
}: {
  action: (input: Record<string, string>) => Promise<ActionResult<unknown>>;
  id: number;
  label: string;
  question: string;
  afterDelete: string;
}) {
  const router = useRouter();
  const [asking, setAsking] = useState(false);
  const form = useActionForm(action, { refresh: false, onSuccess: () => router.push(afterDelete) });
  if (!asking) {
    return (
      <Button variant="secondary" onClick={() => setAsking(true)}>
        {label}
      </Button>
    );
  }
  return (
    <div role="group" aria-labelledby={`confirm-${id}`} className="flex flex-col gap-3 rounded-md border border-accent p-4">
      <p id={`confirm-${id}`} className="font-semibold">
        {question}
      </p>
      <FormNotice notice={form.notice} onRetry={form.retry} />
      <div className="flex flex-wrap gap-3">
        <Button disabled={form.pending} onClick={() => form.submitValues({ id: String(id) })}>
          {form.pending ? 'Deleting…' : `Yes, ${label.toLowerCase()}`}
        </Button>
        <Button variant="secondary" onClick={() => setAsking(false)} autoFocus>
          Cancel
        </Button>
      </div>
    </div>
  );
}
