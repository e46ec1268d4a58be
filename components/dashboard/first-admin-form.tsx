'use client';

import { signIn } from 'next-auth/react';
import { useState } from 'react';
import { createFirstAdminAction } from '@/features/auth/actions';
import { FormAlert } from '@/components/ui/form-alert';
import { SubmitButton } from '@/components/ui/submit-button';
import { Field, inputClass } from './field';

export function FirstAdminForm({ callbackUrl }: { callbackUrl: string }) {
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = Object.fromEntries(new FormData(event.currentTarget)) as Record<string, string>;
    setPending(true);
    setMessage(null);
    const result = await createFirstAdminAction(form).catch(() => null);
    if (!result) {
      setMessage('The server could not be reached. Please try again.');
    } else if (!result.ok) {
      setErrors(result.fieldErrors ?? {});
      setMessage(result.error);
    } else {
      const signedIn = await signIn('credentials', { redirect: false, email: form.email, password: form.password });
      window.location.assign(signedIn?.ok ? callbackUrl : '/login');
      return;
    }
    setPending(false);
  }

  return (
    <form onSubmit={onSubmit} className="mt-4 flex flex-col gap-4" noValidate>
      <Field label="Name" error={errors.name}>
        {(p) => <input {...p} name="name" autoComplete="name" required className={inputClass} />}
      </Field>
      <Field label="Email" error={errors.email}>
        {(p) => <input {...p} name="email" type="email" autoComplete="username" required className={inputClass} />}
      </Field>
      <Field label="Password" error={errors.password} hint="At least 10 characters; not a common password.">
        {(p) => <input {...p} name="password" type="password" autoComplete="new-password" required className={inputClass} />}
      </Field>
      <Field label="Confirm password" error={errors.confirm}>
        {(p) => <input {...p} name="confirm" type="password" autoComplete="new-password" required className={inputClass} />}
      </Field>
      {message && <FormAlert message={message} />}
      <SubmitButton pending={pending} pendingLabel="Creating…">
        Create administrator
      </SubmitButton>
    </form>
  );
}
