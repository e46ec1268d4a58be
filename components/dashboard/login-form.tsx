'use client';

import { signIn } from 'next-auth/react';
import { useState } from 'react';
import { FormAlert } from '@/components/ui/form-alert';
import { SubmitButton } from '@/components/ui/submit-button';
import { Field, inputClass } from './field';

const WRONG_CREDENTIALS = 'Incorrect email or password.';

export function LoginForm({ callbackUrl, notice }: { callbackUrl: string; notice?: string }) {
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    try {
      const result = await signIn('credentials', {
        redirect: false,
        email: String(form.get('email') ?? ''),
        password: String(form.get('password') ?? ''),
      });
      if (!result || result.error) {
        // next-auth reports a rejected password as "CredentialsSignin"; throttling sends its own message.
        setError(!result || result.error === 'CredentialsSignin' ? WRONG_CREDENTIALS : result.error);
        setPending(false);
        return;
      }
      window.location.assign(callbackUrl);
    } catch {
      setError('Signing in failed because the server could not be reached. Please try again.');
      setPending(false);
    }
  }

  return (
    <form onSubmit={onSubmit} className="mt-4 flex flex-col gap-4" noValidate>
      {notice && (
        <p role="status" className="rounded-md bg-surface p-3 text-sm">
          {notice}
        </p>
      )}
      <Field label="Email">{(p) => <input {...p} name="email" type="email" autoComplete="username" required className={inputClass} />}</Field>
      <Field label="Password">
        {(p) => <input {...p} name="password" type="password" autoComplete="current-password" required className={inputClass} />}
      </Field>
      {error && <FormAlert message={error} />}
      <SubmitButton pending={pending} pendingLabel="Signing in…">
        Sign in
      </SubmitButton>
    </form>
  );
}
