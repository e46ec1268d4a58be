import 'server-only';
import { getStaff } from '@/lib/auth/session';
import type { StaffUser } from '@/lib/auth/permissions';
import { runAction, type ActionResult } from './result';

/**
 * Every server action starts here: it checks the session itself (never trusting proxy.ts or the
 * layout), then runs the body with the staff member, turning failures into messages.
 */
export function withStaff<T>(body: (staff: StaffUser) => Promise<ActionResult<T>>): Promise<ActionResult<T>> {
  return runAction(async () => {
    const staff = await getStaff();
    if (!staff) return { ok: false, code: 'unauthenticated', error: 'Your session has ended. Sign in again; your text is kept in this window.' };
    return body(staff);
  });
}
