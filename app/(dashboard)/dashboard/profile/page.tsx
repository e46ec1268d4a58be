import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PasswordChangeForm } from '@/components/dashboard/profile/password-change-form';
import { ProfileForm } from '@/components/dashboard/profile/profile-form';
import { ROLE_LABELS } from '@/features/auth/permissions';
import { requireStaff } from '@/features/auth/session';
import { BIO_MAX, getProfileForEditing } from '@/features/profile/profile';
import { authorPath } from '@/lib/site';

export const metadata: Metadata = { title: 'Your profile' };

export default async function ProfilePage() {
  const staff = await requireStaff();
  const data = await getProfileForEditing(staff);
  if (!data) notFound();
  const { profile, avatars } = data;
  return (
    <>
      <h1 className="text-2xl font-bold">Your profile</h1>
      <p className="mt-2 text-muted">
        Signed in as {profile.email} · {ROLE_LABELS[staff.role]} · Your author page:{' '}
        <a href={authorPath(profile.slug)} className="font-semibold text-accent hover:underline">
          {authorPath(profile.slug)}
        </a>
      </p>
      <section aria-labelledby="public-profile" className="mt-6 max-w-3xl rounded-lg border border-line p-5">
        <h2 id="public-profile" className="mb-4 text-lg font-bold">
          Public profile
        </h2>
        <ProfileForm profile={profile} avatars={avatars} bioMax={BIO_MAX} />
      </section>
      <section aria-labelledby="password-heading" className="mt-8 max-w-xl rounded-lg border border-line p-5">
        <h2 id="password-heading" className="text-lg font-bold">
          Change password
        </h2>
        <p className="mb-4 mt-1 text-sm text-muted">You stay signed in here; every other device and browser is signed out.</p>
        <PasswordChangeForm />
      </section>
    </>
  );
}
