import 'server-only';
import { getServerSession } from 'next-auth';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { cache } from 'react';
import { getSessionUser } from '@/db/queries/staff';
import { authOptions, SESSION_MAX_AGE_SECONDS } from './options';
import type { StaffUser } from './permissions';

/** Set by proxy.ts on dashboard requests so a sign-in can return to the page that asked for it. */
export const REQUEST_PATH_HEADER = 'x-northgate-path';

/**
 * The signed-in staff member, or null. The JWT only says who they were at sign-in: the account is
 * re-read on every request, and a disabled account, a removed password or a bumped session version
 * (role or password change) ends the session at once, as does signing out (the session's id is
 * revoked) or reaching 12 hours since sign-in (next-auth re-issues cookies with a fresh expiry).
 */
export const getStaff = cache(async (): Promise<StaffUser | null> => {
  const session = await getServerSession(authOptions);
  const claim = session?.staff;
  if (!claim || Date.now() / 1000 - claim.signedInAt > SESSION_MAX_AGE_SECONDS) return null;
  const user = await getSessionUser(claim.id, claim.sid);
  if (!user || user.revoked || user.disabled || !user.hasPassword || user.sessionVersion !== claim.sv) return null;
  return { id: user.id, name: user.name, email: user.email, role: user.role, slug: user.slug };
});

/** Only same-site dashboard paths may be returned to after signing in. */
export function safeCallbackPath(value: string | null | undefined): string {
  if (!value || !value.startsWith('/dashboard') || value.startsWith('//') || /[\\\r\n]/.test(value)) return '/dashboard';
  return value.slice(0, 500);
}

/** For dashboard pages and layouts: the staff member, or a redirect to sign in (and back). */
export async function requireStaff(): Promise<StaffUser> {
  const staff = await getStaff();
  if (!staff) {
    const from = safeCallbackPath((await headers()).get(REQUEST_PATH_HEADER));
    redirect(`/login?callbackUrl=${encodeURIComponent(from)}`);
  }
  return staff;
}
