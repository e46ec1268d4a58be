'use client';

import { signIn } from 'next-auth/react';
import { useRouter } from 'next/navigation';
import { changePasswordAction } from '@/features/profile/actions';
import { SubmitButton } from '@/components/ui/submit-button';
import { Field, inputClass } from '../field';
import { FormNotice, useActionForm } from '../use-action-form';

/**
 * Changing the password ends every session, this one included (the session version is bumped).
 * This browser then signs in again with the new password, so only the other devices are signed out.
 */
export function PasswordChangeForm() {
  const router = useRouter();
  const form = useActionForm(changePasswordAction, {
    reset: true,
    onSuccess: async ({ email }, submitted) => {
      const password = submitted.newPassword ?? '';
      const again = password ? await signIn('credentials', { redirect: false, email, password }).catch(() => null) : null;
      if (!again?.ok) router.replace('/login?callbackUrl=%2Fdashboard%2Fprofile');
    },
  });
  return (
    <form onSubmit={form.onSubmit} className="flex flex-col gap-4" noValidate>
      <Field label="Current password" error={form.errors.currentPassword}>
        {(p) => <input {...p} name="currentPassword" type="password" autoComplete="current-password" required className={inputClass} />}
      </Field>
      <Field label="New password" error={form.errors.newPassword} hint="At least 10 characters; not a common password.">
        {(p) => <input {...p} name="newPassword" type="password" autoComplete="new-password" required className={inputClass} />}
      </Field>
      <Field label="Confirm new password" error={form.errors.confirm}>
        {(p) => <input {...p} name="confirm" type="password" autoComplete="new-password" required className={inputClass} />}
      </Field>
      <FormNotice notice={form.notice} onRetry={form.retry} />
      <div>
        <SubmitButton pending={form.pending} pendingLabel="Changing password…">
          Change password
        </SubmitButton>
      </div>
    </form>
  );
}
