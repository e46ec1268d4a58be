'use server';

import { headers } from 'next/headers';
import { z } from 'zod';
import { recordAudit } from '@/db/mutations/audit';
import { createFirstAdmin } from '@/db/mutations/staff';
import { crossSiteRefusal } from '@/lib/actions/guard';
import { invalid, runAction, type ActionResult } from '@/lib/actions/result';
import { clientIpFrom } from '@/lib/auth/client-ip';
import { hashPassword, passwordProblem } from '@/lib/auth/password';

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

/** First-run setup: creates the first administrator, and refuses once one exists. No session needed, by design. */
export async function createFirstAdminAction(input: unknown): Promise<ActionResult<null>> {
  return runAction(async () => {
    const refused = await crossSiteRefusal();
    if (refused) return refused;
    const parsed = schema.safeParse(input);
    if (!parsed.success) return invalid(parsed.error);
    const { name, email, password } = parsed.data;
    const created = await createFirstAdmin({ name, email, passwordHash: await hashPassword(password) });
    if (!created) return { ok: false, code: 'forbidden', error: 'An administrator already exists. Sign in instead.' };
    await recordAudit({ actorId: created.id, action: 'auth.first_admin', targetType: 'user', targetId: created.id, ip: clientIpFrom(await headers()) });
    return { ok: true, data: null };
  });
}
