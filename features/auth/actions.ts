'use server';

import { z } from 'zod';
import { recordAudit } from '@/db/mutations/audit';
import { createFirstAdmin, recordLoginAttempt } from '@/db/mutations/staff';
import { adminExists } from '@/db/queries/staff';
import { crossSiteRefusal } from '@/features/auth/guard';
import { requestContext } from '@/features/auth/request-context';
import { invalid, runAction, type ActionResult } from '@/features/actions/result';
import { hashPassword, passwordProblem } from '@/features/auth/password';
import { throttleMessage } from '@/features/auth/throttle';
import { checkThrottle } from '@/features/auth/throttle-check';
import { displayNameTaken, DISPLAY_NAME_TAKEN } from '@/features/auth/display-name';

/**
 * Refused setups are counted like failed sign-ins under this key (not an email address, so it
 * never adds to a real account's lockout); the address's overall limit is shared with sign-in.
 */
const SETUP_THROTTLE_KEY = 'first-admin-setup';
const ADMIN_EXISTS = 'An administrator already exists. Sign in instead.';

const schema = z
  .object({
    name: z.string().trim().min(1, 'Enter your name.').max(120, 'Use at most 120 characters.'),
    email: z.string().trim().toLowerCase().email('Enter a valid email address.').max(320),
    password: z.string().max(256, 'Use at most 256 characters.'),
    confirm: z.string(),
  })
  .strict()
  .superRefine((v, ctx) => {
    const problem = passwordProblem(v.password, { email: v.email, name: v.name });
    if (problem) ctx.addIssue({ code: 'custom', path: ['password'], message: problem });
    if (v.password !== v.confirm) ctx.addIssue({ code: 'custom', path: ['confirm'], message: 'The passwords do not match.' });
  });

/**
 * First-run setup: creates the first administrator, and refuses once one exists. No session needed,
 * by design, so it is open to anyone: whether an administrator exists is checked before the
 * password is hashed (argon2 is deliberately expensive, and anonymous floods of it slowed real
 * sign-ins 3-5x), and refusals are throttled per address like failed sign-ins.
 */
export async function createFirstAdminAction(input: unknown): Promise<ActionResult<null>> {
  return runAction(async () => {
    const refused = await crossSiteRefusal();
    if (refused) return refused;
    const parsed = schema.safeParse(input);
    if (!parsed.success) return invalid(parsed.error);
    const { name, email, password } = parsed.data;
    const { ip } = await requestContext();
    const decision = await checkThrottle(SETUP_THROTTLE_KEY, ip, { accountWide: false });
    if (!decision.allowed) return { ok: false, code: 'forbidden', error: throttleMessage(decision.retryAfterMinutes, decision.lock) };
    if (await adminExists()) {
      await recordLoginAttempt(SETUP_THROTTLE_KEY, ip, false);
      return { ok: false, code: 'forbidden', error: ADMIN_EXISTS };
    }
    if (await displayNameTaken(name)) return { ok: false, code: 'invalid', error: 'Please correct the highlighted fields.', fieldErrors: { name: DISPLAY_NAME_TAKEN } };
    // A second setup racing this one is still refused inside createFirstAdmin, under its lock.
    const created = await createFirstAdmin({ name, email, passwordHash: await hashPassword(password) });
    if (!created) return { ok: false, code: 'forbidden', error: ADMIN_EXISTS };
    await recordAudit({ actorId: created.id, action: 'auth.first_admin', targetType: 'user', targetId: created.id, ip });
    return { ok: true, data: null };
  });
}
