import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ForbiddenNotice } from '@/components/dashboard/forbidden-notice';
import { AccessForm, PasswordForm, RoleForm } from '@/components/dashboard/staff/account-controls';
import { DateTime } from '@/components/site/date-time';
import { can, ROLE_LABELS } from '@/features/auth/permissions';
import { requireStaff } from '@/features/auth/session';
import { getStaffAccountForAdmin } from '@/features/staff/staff-admin';
import { authorPath } from '@/lib/site';
import { parseRouteId } from '@/lib/route-params';

export const metadata: Metadata = { title: 'Staff member' };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ created?: string }> };

export default async function StaffMemberPage({ params, searchParams }: Props) {
  const staff = await requireStaff();
  if (!can(staff, 'staff.manage')) {
    return <ForbiddenNotice title="Staff accounts are for administrators" reason="Only administrators can see and manage staff accounts." />;
  }
  const id = parseRouteId((await params).id);
  if (!id) notFound();
  const account = await getStaffAccountForAdmin(staff, id);
  if (!account) notFound();
  const { created } = await searchParams;
  const controls = {
    id: account.id,
    name: account.name,
    role: account.role,
    disabled: account.disabled,
    hasPassword: account.hasPassword,
    isLastAdmin: account.isLastAdmin,
    isSelf: account.isSelf,
  };
  return (
    <>
      <p className="text-sm">
        <a href="/dashboard/staff" className="font-semibold text-accent hover:underline">
          ← Staff
        </a>
      </p>
      <h1 className="mt-2 text-2xl font-bold">
        {account.name}
        {account.isSelf && <span className="ml-2 text-base font-normal text-muted">(you)</span>}
      </h1>
      {created === '1' && (
        <p role="status" className="mt-3 rounded-md bg-surface p-3 text-sm">
          Account created. {account.name} can sign in now.
        </p>
      )}
      <dl className="mt-4 grid max-w-xl grid-cols-[9rem_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="font-semibold">Email</dt>
        <dd>{account.email}</dd>
        <dt className="font-semibold">Role</dt>
        <dd>{ROLE_LABELS[account.role]}</dd>
        <dt className="font-semibold">Status</dt>
        <dd>{account.disabled ? 'Disabled' : 'Active'}</dd>
        <dt className="font-semibold">Can sign in</dt>
        <dd>{!account.hasPassword ? 'Byline only — cannot sign in' : account.disabled ? 'No (disabled)' : 'Yes'}</dd>
        <dt className="font-semibold">Author page</dt>
        <dd>
          <a href={authorPath(account.slug)} className="text-accent hover:underline">
            {authorPath(account.slug)}
          </a>
        </dd>
        <dt className="font-semibold">Created</dt>
        <dd>
          <DateTime iso={account.createdAt.toISOString()} />
        </dd>
      </dl>
      <div className="mt-8 grid max-w-xl gap-8">
        <section aria-labelledby="role-heading" className="rounded-lg border border-line p-5">
          <h2 id="role-heading" className="mb-3 text-lg font-bold">
            Role
          </h2>
          <RoleForm account={controls} />
        </section>
        <section aria-labelledby="access-heading" className="rounded-lg border border-line p-5">
          <h2 id="access-heading" className="mb-3 text-lg font-bold">
            Access
          </h2>
          <AccessForm account={controls} />
        </section>
        <section aria-labelledby="password-heading" className="rounded-lg border border-line p-5">
          <h2 id="password-heading" className="mb-3 text-lg font-bold">
            {account.hasPassword ? 'Reset password' : 'Allow sign-in'}
          </h2>
          {account.isSelf ? (
            <p className="text-sm">
              Change your own password on{' '}
              <a href="/dashboard/profile" className="font-semibold text-accent hover:underline">
                your profile
              </a>
              , where your current password is asked for and this browser stays signed in.
            </p>
          ) : (
            <PasswordForm account={controls} />
          )}
        </section>
      </div>
    </>
  );
}
