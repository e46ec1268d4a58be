'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useRef, useState } from 'react';
import type { ActionResult } from '@/features/actions/result';
import { Button } from '@/components/ui/button';
import { FormAlert } from '@/components/ui/form-alert';

type Values = Record<string, string>;

export type Notice =
  | { kind: 'success'; text: string }
  | { kind: 'error'; text: string; retryable: boolean; signedOut: boolean };

/** The form's fields as strings; checkboxes that are not ticked are simply absent. */
function formValues(form: HTMLFormElement): Values {
  const values: Values = {};
  for (const [key, value] of new FormData(form)) if (typeof value === 'string') values[key] = value;
  return values;
}

/**
 * Submits a form to a server action and keeps what the person needs to see: field errors next to
 * their fields, other failures as a message with a retry, and the server's data refreshed on success.
 */
export function useActionForm<T>(
  action: (input: Values) => Promise<ActionResult<T>>,
  options: { onSuccess?: (data: T, submitted: Values) => void | Promise<void>; refresh?: boolean; reset?: boolean } = {},
) {
  const router = useRouter();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<Notice | null>(null);
  const [pending, setPending] = useState(false);
  const last = useRef<{ values: Values; form: HTMLFormElement | null } | null>(null);

  async function submit(values: Values, form: HTMLFormElement | null) {
    last.current = { values, form };
    setPending(true);
    setNotice(null);
    let result: ActionResult<T> | null = null;
    try {
      result = await action(values);
    } catch {
      result = null;
    }
    if (!result || !result.ok) setPending(false);
    if (!result) {
      setNotice({ kind: 'error', text: 'The server could not be reached. Nothing was changed.', retryable: true, signedOut: false });
      return;
    }
    if (!result.ok) {
      setErrors(result.fieldErrors ?? {});
      const fieldsOnly = result.code === 'invalid' && result.fieldErrors && Object.keys(result.fieldErrors).length > 0;
      setNotice({
        kind: 'error',
        text: result.error,
        retryable: !fieldsOnly && (result.code === 'unavailable' || result.code === 'failed'),
        signedOut: result.code === 'unauthenticated',
      });
      return;
    }
    setErrors({});
    // Follow-up work (signing in again, navigating) finishes before success is announced.
    await options.onSuccess?.(result.data, values);
    if (options.reset && form) form.reset();
    if (result.message) setNotice({ kind: 'success', text: result.message });
    setPending(false);
    if (options.refresh !== false) router.refresh();
  }

  return {
    errors,
    notice,
    pending,
    onSubmit(event: React.FormEvent<HTMLFormElement>) {
      event.preventDefault();
      void submit(formValues(event.currentTarget), event.currentTarget);
    },
    submitValues(values: Values) {
      void submit(values, null);
    },
    retry() {
      if (last.current) void submit(last.current.values, last.current.form);
    },
  };
}

/** The outcome of a form: a status for success, an alert (with a retry where that can help) for failure. */
export function FormNotice({ notice, onRetry }: { notice: Notice | null; onRetry?: () => void }) {
  if (!notice) return null;
  if (notice.kind === 'success') {
    return (
      <p role="status" className="rounded-md bg-surface p-3 text-sm">
        {notice.text}
      </p>
    );
  }
  return (
    <FormAlert message={notice.text}>
      {notice.retryable && onRetry && (
        <Button variant="secondary" size="small" onClick={onRetry} className="text-ink">
          Try again
        </Button>
      )}
      {notice.signedOut && (
        <Link href="/login" className="font-semibold underline">
          Sign in again
        </Link>
      )}
    </FormAlert>
  );
}
