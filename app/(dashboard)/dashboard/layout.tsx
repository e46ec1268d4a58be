import type { Metadata } from 'next';
import { DashboardNav } from '@/components/dashboard/dashboard-nav';
import { buttonClass } from '@/components/ui/button';
import { can } from '@/features/auth/permissions';
import { requireStaff } from '@/features/auth/session';
import { siteName } from '@/lib/site';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = {
  title: { default: 'Newsroom', template: '%s | Newsroom' },
  robots: { index: false, follow: false },
};

// The layout's check is for navigation only; every page, action and data function checks again.
export default async function DashboardLayout({ children }: { children: React.ReactNode }) {
  const staff = await requireStaff();
  return (
    <div className="min-h-screen">
      <header className="border-b border-line">
        <div className="mx-auto flex max-w-7xl items-center justify-between gap-4 px-4 py-3">
          <p className="font-serif text-lg font-bold">
            <a href="/dashboard">{siteName()} · Newsroom</a>
          </p>
          <div className="flex items-center gap-4">
            {/* Starting a story is the newsroom's most common errand, so it is one click from every page. */}
            {can(staff, 'article.create') && (
              <a href="/dashboard/articles/new" className={buttonClass}>
                New article
              </a>
            )}
            <a href="/" className="text-sm font-semibold text-accent hover:underline">
              View site
            </a>
          </div>
        </div>
      </header>
      <div className="mx-auto grid max-w-7xl gap-6 px-4 py-6 lg:grid-cols-[12rem_minmax(0,1fr)]">
        <DashboardNav staff={staff} />
        <main id="main" className="min-w-0">
          {children}
        </main>
      </div>
    </div>
  );
}
