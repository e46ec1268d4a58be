'use client';

import { useRouter } from 'next/navigation';
import { createStaffAction } from '@/app/(dashboard)/dashboard/staff/actions';
import { ROLE_LABELS, ROLES } from '@/lib/auth/permissions';
import { buttonClass, Field, inputClass } from '../field';
import { NewPasswordInput } from '../password-input';
import { FormNotice, useActionForm } from '../use-action-form';

export function NewStaffForm() {
  const router = useRouter();
  const form = useActionForm(createStaffAction, {
    refresh: false,
    onSuccess: ({ id }) => router.push(`/dashboard/staff/${id}?created=1`),
  });
  return (
    <form onSubmit={form.onSubmit} className="flex max-w-xl flex-col gap-4" noValidate>
      <Field label="Name" error={form.errors.name} hint="As it appears in bylines.">
        {(p) => <input {...p} name="name" autoComplete="off" required maxLength={120} className={inputClass} />}
      </Field>
      <Field label="Email" error={form.errors.email} hint="They sign in with this address.">
        {(p) => <input {...p} name="email" type="email" autoComplete="off" required maxLength={320} className={inputClass} />}
      </Field>
      <Field label="Role" error={form.errors.role} hint="Contributors write drafts; authors publish their own; editors publish anyone’s and manage sections; administrators also manage staff.">
        {(p) => (
          <select {...p} name="role" defaultValue="contributor" className={inputClass}>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {ROLE_LABELS[r]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field
        label="Initial password"
        error={form.errors.password}
        hint="At least 10 characters, not a common password. Share it with them privately; they can change it on their profile."
      >
        {(p) => <NewPasswordInput field={p} />}
      </Field>
      <FormNotice notice={form.notice} onRetry={form.retry} />
      <div>
        <button type="submit" className={buttonClass} disabled={form.pending}>
          {form.pending ? 'Creating account…' : 'Create account'}
        </button>
      </div>
    </form>
  );
}
