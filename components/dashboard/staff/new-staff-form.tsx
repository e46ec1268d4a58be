'use client';

import { useRouter } from 'next/navigation';
import { createStaffAccountAction } from '@/features/staff/actions';
import { ROLE_LABELS, ROLES } from '@/features/auth/permissions';
import { SelectField } from '@/components/ui/select-field';
import { SubmitButton } from '@/components/ui/submit-button';
import { Field, inputClass } from '../field';
import { NewPasswordInput } from '../password-input';
import { FormNotice, useActionForm } from '../use-action-form';

export function NewStaffForm() {
  const router = useRouter();
  const form = useActionForm(createStaffAccountAction, {
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
      <SelectField
        label="Role"
        error={form.errors.role}
        hint="Contributors write drafts; authors publish their own; editors publish anyone’s and manage sections; administrators also manage staff."
        name="role"
        defaultValue="contributor"
        options={ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }))}
      />
      <Field
        label="Initial password"
        error={form.errors.password}
        hint="At least 10 characters, not a common password. Share it with them privately; they can change it on their profile."
      >
        {(p) => <NewPasswordInput field={p} />}
      </Field>
      <FormNotice notice={form.notice} onRetry={form.retry} />
      <div>
        <SubmitButton pending={form.pending} pendingLabel="Creating account…">
          Create account
        </SubmitButton>
      </div>
    </form>
  );
}
