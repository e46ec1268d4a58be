'use client';

import { useRouter } from 'next/navigation';
import { changeStaffRoleAction, disableStaffAction, enableStaffAction, resetStaffPasswordAction } from '@/features/staff/actions';
import type { UserRole } from '@/db/schema';
import { ROLE_LABELS, ROLES } from '@/features/auth/permissions';
import { SelectField } from '@/components/ui/select-field';
import { SubmitButton } from '@/components/ui/submit-button';
import { Field } from '../field';
import { NewPasswordInput } from '../password-input';
import { FormNotice, useActionForm } from '../use-action-form';

type Account = {
  id: number;
  name: string;
  role: UserRole;
  disabled: boolean;
  hasPassword: boolean;
  isLastAdmin: boolean;
  isSelf: boolean;
};

/** A change to one's own access ends one's own session: go to sign-in rather than show a page that no longer loads. */
function useAfterSecurityChange() {
  const router = useRouter();
  return (data: { endedOwnSession: boolean }) => {
    if (data.endedOwnSession) router.replace('/login');
  };
}

const lastAdminNote =
  'This is the last enabled administrator. To change this, first make someone else an administrator, so the newsroom is never locked out.';

export function RoleForm({ account }: { account: Account }) {
  const form = useActionForm(changeStaffRoleAction, { onSuccess: useAfterSecurityChange() });
  return (
    <form onSubmit={form.onSubmit} className="flex flex-col gap-3" noValidate>
      <input type="hidden" name="id" value={account.id} />
      <SelectField
        label="Role"
        error={form.errors.role}
        hint={account.isLastAdmin ? lastAdminNote : account.isSelf ? 'Changing your own role signs you out.' : 'Changing the role signs them out of every device.'}
        name="role"
        defaultValue={account.role}
        disabled={account.isLastAdmin}
        options={ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }))}
      />
      <FormNotice notice={form.notice} onRetry={form.retry} />
      <div>
        <SubmitButton pending={form.pending} pendingLabel="Changing role…" disabled={account.isLastAdmin}>
          Change role
        </SubmitButton>
      </div>
    </form>
  );
}

export function AccessForm({ account }: { account: Account }) {
  const form = useActionForm(account.disabled ? enableStaffAction : disableStaffAction, { onSuccess: useAfterSecurityChange() });
  const blocked = !account.disabled && account.isLastAdmin;
  return (
    <form onSubmit={form.onSubmit} className="flex flex-col gap-3" noValidate>
      <input type="hidden" name="id" value={account.id} />
      <p className="text-sm text-muted" id={`access-hint-${account.id}`}>
        {account.disabled
          ? 'This account is disabled: it cannot sign in, and its bylines stay on published stories.'
          : blocked
            ? lastAdminNote
            : account.isSelf
              ? 'Disabling your own account signs you out at once.'
              : 'Disabling signs them out at once and refuses their sign-ins. Their bylines stay on published stories.'}
      </p>
      <FormNotice notice={form.notice} onRetry={form.retry} />
      <div>
        <SubmitButton pending={form.pending} disabled={blocked} variant={account.disabled ? 'primary' : 'secondary'} aria-describedby={`access-hint-${account.id}`}>
          {account.disabled ? 'Re-enable account' : 'Disable account'}
        </SubmitButton>
      </div>
    </form>
  );
}

export function PasswordForm({ account }: { account: Account }) {
  const form = useActionForm(resetStaffPasswordAction, { onSuccess: useAfterSecurityChange(), reset: true });
  return (
    <form onSubmit={form.onSubmit} className="flex flex-col gap-3" noValidate>
      <input type="hidden" name="id" value={account.id} />
      <Field
        label="New password"
        error={form.errors.password}
        hint={
          account.hasPassword
            ? 'Ends all of their sessions. At least 10 characters, not a common password; give it to them privately.'
            : 'This byline cannot sign in yet. Setting a password turns it into a staff account with its current role.'
        }
      >
        {(p) => <NewPasswordInput field={p} />}
      </Field>
      <FormNotice notice={form.notice} onRetry={form.retry} />
      <div>
        <SubmitButton pending={form.pending}>{account.hasPassword ? 'Reset password' : 'Set password and allow sign-in'}</SubmitButton>
      </div>
    </form>
  );
}
