import type { Metadata } from 'next';
import { ForbiddenNotice } from '@/components/dashboard/forbidden-notice';
import { NewStaffForm } from '@/components/dashboard/staff/new-staff-form';
import { can } from '@/features/auth/permissions';
import { requireStaff } from '@/features/auth/session';

export const metadata: Metadata = { title: 'Add staff member' };

export default async function NewStaffPage() {
  const staff = await requireStaff();
  if (!can(staff, 'staff.manage')) {
    return <ForbiddenNotice title="Staff accounts are for administrators" reason="Only administrators can add staff accounts." />;
  }
  return (
    <>
      <p className="text-sm">
        <a href="/dashboard/staff" className="font-semibold text-accent hover:underline">
          ← Staff
        </a>
      </p>
      <h1 className="mt-2 text-2xl font-bold">Add staff member</h1>
      <p className="mb-6 mt-2 text-muted">They can sign in as soon as the account exists.</p>
      <NewStaffForm />
    </>
  );
}
