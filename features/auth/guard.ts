import 'server-only';
import { headers } from 'next/headers';
import { getStaff } from '@/features/auth/session';
import type { StaffUser } from '@/features/auth/permissions';
import { isSameSiteOrigin } from '@/lib/security/origin';
import { runAction, type ActionFailure, type ActionResult } from '@/features/actions/result';

/**
 * Next already compares a server action's Origin with its Host; this repeats the check in our own
 * code so a configuration change (allowedOrigins, a proxy rewriting Host) cannot silently drop it.
 * Browsers always send Origin with the POST that carries an action.
 */
export async function crossSiteRefusal(): Promise<ActionFailure | null> {
  let h: Headers;
  try {
    h = await headers();
  } catch {
    // No HTTP request at all (a test or script calling the action directly): nothing cross-site.
    return null;
  }
  const origin = h.get('origin');
  if (isSameSiteOrigin(origin, h.get('x-forwarded-host') ?? h.get('host'))) return null;
  return { ok: false, code: 'forbidden', error: 'This request did not come from the newsroom and was refused.' };
}

/**
 * Every server action starts here: it checks the session itself (never trusting proxy.ts or the
 * layout), then runs the body with the staff member, turning failures into messages.
 */
export function withStaff<T>(body: (staff: StaffUser) => Promise<ActionResult<T>>): Promise<ActionResult<T>> {
  return runAction(async () => {
    const refused = await crossSiteRefusal();
    if (refused) return refused;
    const staff = await getStaff();
    if (!staff) return { ok: false, code: 'unauthenticated', error: 'Your session has ended. Sign in again; your text is kept in this window.' };
    return body(staff);
  });
}
