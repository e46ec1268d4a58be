import { can, ROLE_LABELS, type StaffUser } from '@/features/auth/permissions';
import { SignOutButton } from './sign-out-button';

type Item = { href: string; label: string; show: boolean };

/** Newsroom navigation; items the person's role cannot use are not offered. */
export function DashboardNav({ staff }: { staff: StaffUser }) {
  const items: Item[] = [
    { href: '/dashboard', label: 'Overview', show: true },
    { href: '/dashboard/articles', label: 'Articles', show: true },
    { href: '/dashboard/media', label: 'Media', show: true },
    { href: '/dashboard/stats', label: 'Readership', show: can(staff, 'stats.read') },
    { href: '/dashboard/sections', label: 'Sections & tags', show: can(staff, 'taxonomy.manage') },
    { href: '/dashboard/staff', label: 'Staff', show: can(staff, 'staff.manage') },
    { href: '/dashboard/audit', label: 'Audit log', show: can(staff, 'audit.read') },
    { href: '/dashboard/profile', label: 'Your profile', show: true },
  ];
  return (
    <nav aria-label="Newsroom" className="flex flex-col gap-1">
      <ul className="flex flex-wrap gap-1 lg:flex-col">
        {items
          .filter((i) => i.show)
          .map((i) => (
            <li key={i.href}>
              <a href={i.href} className="block rounded-md px-3 py-2 text-sm font-semibold hover:bg-surface focus-visible:outline-2 focus-visible:outline-accent">
                {i.label}
              </a>
            </li>
          ))}
      </ul>
      <div className="mt-4 border-t border-line pt-4 text-sm">
        <p className="px-3 font-semibold">{staff.name}</p>
        <p className="px-3 text-muted">{ROLE_LABELS[staff.role]}</p>
        <SignOutButton />
      </div>
    </nav>
  );
}
