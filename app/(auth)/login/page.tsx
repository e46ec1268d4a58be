import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { FirstAdminForm } from '@/components/dashboard/first-admin-form';
import { LoginForm } from '@/components/dashboard/login-form';
import { adminExists } from '@/db/queries/staff';
import { getStaff, safeCallbackPath } from '@/features/auth/session';
import { siteName } from '@/lib/site';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'Staff sign in', robots: { index: false, follow: false } };

type Props = { searchParams: Promise<{ callbackUrl?: string }> };

export default async function LoginPage({ searchParams }: Props) {
  const callbackUrl = safeCallbackPath((await searchParams).callbackUrl);
  if (await getStaff()) redirect(callbackUrl);
  const setup = !(await adminExists());
  return (
    <main id="main" className="mx-auto flex min-h-screen max-w-md flex-col justify-center px-4 py-12">
      <p className="text-center font-serif text-2xl font-bold">
        <a href="/">{siteName()}</a>
      </p>
      <div className="mt-6 rounded-lg border border-line bg-page p-6 shadow-sm">
        {setup ? (
          <>
            <h1 className="text-xl font-bold">Set up the newsroom</h1>
            <p className="mt-2 text-sm text-muted">
              No administrator exists yet. Create the first administrator account; this form is offered only once.
            </p>
            <FirstAdminForm callbackUrl={callbackUrl} />
          </>
        ) : (
          <>
            <h1 className="text-xl font-bold">Staff sign in</h1>
            <LoginForm callbackUrl={callbackUrl} />
          </>
        )}
      </div>
    </main>
  );
}
