import { requireStaff } from '@/lib/auth/session';

export default async function DashboardHome() {
  const staff = await requireStaff();
  return (
    <>
      <h1 className="text-2xl font-bold">Good to see you, {staff.name.split(' ')[0]}</h1>
      <p className="mt-2 text-muted">Write, edit and publish from the Articles page.</p>
      <p className="mt-6">
        <a href="/dashboard/articles" className="font-semibold text-accent hover:underline">
          Go to articles →
        </a>
      </p>
    </>
  );
}
