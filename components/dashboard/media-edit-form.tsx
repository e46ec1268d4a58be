'use client';

import { useState, useTransition } from 'react';
import { updateMediaDetailsAction } from '@/features/media/actions';
import { MEDIA_TEXT_LIMITS } from '@/features/media/media-text';
import { FormAlert } from '@/components/ui/form-alert';
import { SubmitButton } from '@/components/ui/submit-button';
import { Field, inputClass } from './field';

type Text = { alt: string; caption: string; credit: string };

const textareaClass = inputClass.replace('h-11', 'min-h-20 py-2');

/** Alt text, caption and credit of one library item; saved with a server action that checks ownership again. */
export function MediaEditForm({ id, initial }: { id: number; initial: Text }) {
  const [pending, startTransition] = useTransition();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input = {
      id,
      alt: String(form.get('alt') ?? ''),
      caption: String(form.get('caption') ?? ''),
      credit: String(form.get('credit') ?? ''),
    };
    setMessage(null);
    startTransition(async () => {
      const result = await updateMediaDetailsAction(input);
      if (result.ok) {
        setErrors({});
        setMessage({ kind: 'ok', text: result.message ?? 'Details saved.' });
      } else {
        setErrors(result.fieldErrors ?? {});
        setMessage({ kind: 'error', text: result.error });
      }
    });
  }

  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-4" noValidate>
      <Field
        label="Alt text"
        error={errors.alt}
        hint="Describe what the picture shows for people who cannot see it. Used as the default when this image is chosen for an article."
      >
        {(p) => <textarea {...p} name="alt" defaultValue={initial.alt} maxLength={MEDIA_TEXT_LIMITS.alt} rows={2} className={textareaClass} />}
      </Field>
      <Field label="Caption" error={errors.caption}>
        {(p) => <textarea {...p} name="caption" defaultValue={initial.caption} maxLength={MEDIA_TEXT_LIMITS.caption} rows={3} className={textareaClass} />}
      </Field>
      <Field label="Credit" error={errors.credit} hint="Photographer and agency, e.g. “Jane Doe / Northgate Chronicle”.">
        {(p) => <input {...p} name="credit" defaultValue={initial.credit} maxLength={MEDIA_TEXT_LIMITS.credit} className={inputClass} />}
      </Field>
      {message?.kind === 'ok' && (
        <p role="status" className="rounded-md bg-surface p-3 text-sm font-medium">
          {message.text}
        </p>
      )}
      {message?.kind === 'error' && <FormAlert message={message.text} />}
      <div>
        <SubmitButton pending={pending} pendingLabel="Saving…">
          Save details
        </SubmitButton>
      </div>
    </form>
  );
}
