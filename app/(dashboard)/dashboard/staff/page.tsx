import type { Metadata } from 'next';
import { DateTime } from '@/components/site/date-time';
import { ForbiddenNotice } from '@/components/dashboard/forbidden-notice';
import { buttonClass } from '@/components/dashboard/field';
import { can, ROLE_LABELS } from '@/features/auth/permissions';
import { requireStaff } from '@/features/auth/session';
import { listStaffForAdmin } from '@/features/staff/staff-admin';

export const metadata: Metadata = { title: 'Staff' };

export default async function StaffPage() {
  const staff = await requireStaff();
  if (!can(staff, 'staff.manage')) {
    return <ForbiddenNotice title="Staff accounts are for administrators" reason="Only administrators can see and manage staff accounts. Ask an administrator if you need a change." />;
  }
  const people = await listStaffForAdmin(staff);
  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-2xl font-bold">Staff</h1>
        <a href="/dashboard/staff/new" className={buttonClass}>
          Add staff member
        </a>
      </div>
      <p className="mt-2 text-muted">
        {people.length} {people.length === 1 ? 'person' : 'people'}. Open someone to change their role, disable or re-enable their account, or reset their
        password.
      </p>
      <div className="mt-6 overflow-x-auto">
        <table className="w-full min-w-[44rem] border-collapse text-left text-sm">
          <caption className="sr-only">Staff accounts</caption>
          <thead>
            <tr className="border-b border-line">
              <th scope="col" className="py-2 pr-4 font-semibold">Name</th>
              <th scope="col" className="py-2 pr-4 font-semibold">Email</th>
              <th scope="col" className="py-2 pr-4 font-semibold">Role</th>
              <th scope="col" className="py-2 pr-4 font-semibold">Status</th>
              <th scope="col" className="py-2 pr-4 font-semibold">Can sign in</th>
              <th scope="col" className="py-2 font-semibold">Created</th>
            </tr>
          </thead>
          <tbody>
            {people.map((p) => (
              <tr key={p.id} className="border-b border-line align-top">
                <th scope="row" className="py-3 pr-4 font-semibold">
                  <a href={`/dashboard/staff/${p.id}`} className="text-accent hover:underline">
                    {p.name}
                  </a>
                  {p.id === staff.id && <span className="ml-2 text-xs font-normal text-muted">(you)</span>}
                </th>
                <td className="py-3 pr-4">{p.email}</td>
                <td className="py-3 pr-4">{ROLE_LABELS[p.role]}</td>
                <td className="py-3 pr-4">{p.disabled ? <span className="font-semibold text-accent">Disabled</span> : 'Active'}</td>
                <td className="py-3 pr-4">
                  {!p.hasPassword ? <span className="text-muted">Byline only — cannot sign in</span> : p.disabled ? 'No (disabled)' : 'Yes'}
                </td>
                <td className="py-3">
                  <DateTime iso={p.createdAt.toISOString()} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
