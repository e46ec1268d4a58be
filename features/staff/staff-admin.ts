import 'server-only';
import { ForbiddenError } from '@/lib/errors';
import { z } from 'zod';
import * as staffRows from '@/db/mutations/staff-admin';
import { LAST_ADMIN_MESSAGE, type SecurityChange } from '@/db/mutations/staff-admin';
import { listStaff } from '@/db/queries/staff';
import { countActiveAdmins, getStaffAccount, type StaffAccount } from '@/db/queries/staff-admin';
import { userRole } from '@/db/schema';
import { invalid, type ActionResult } from '@/features/actions/result';
import type { RequestContext } from '@/features/auth/request-context';
import { hashPassword, passwordProblem } from '@/features/auth/password';
import { can, type StaffUser } from '@/features/auth/permissions';
import { displayNameTaken, DISPLAY_NAME_TAKEN } from '@/features/auth/display-name';
import { recordIdSchema } from '@/lib/route-params';

function requireStaffAdmin(staff: StaffUser): void {
  if (!can(staff, 'staff.manage')) throw new ForbiddenError('Only administrators can manage staff accounts.');
}

const id = recordIdSchema('Choose an account.');
const role = z.enum(userRole.enumValues, { error: 'Choose a role.' });
// Checked on the field itself so its message shows even when other fields are wrong too; the
// check against the person's email needs the whole form and follows in superRefine.
const password = z
  .string()
  .max(256, 'Use at most 256 characters.')
  .superRefine((v, ctx) => {
    const problem = passwordProblem(v);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

const createSchema = z
  .object({
    name: z.string().trim().min(1, 'Enter their name.').max(120, 'Use at most 120 characters.'),
    email: z.string().trim().toLowerCase().email('Enter a valid email address.').max(320, 'Use at most 320 characters.'),
    role,
    password,
  })
  .strict()
  .superRefine((v, ctx) => {
    const problem = passwordProblem(v.password, { email: v.email, name: v.name });
    if (problem) ctx.addIssue({ code: 'custom', path: ['password'], message: problem });
  });

const roleSchema = z.object({ id, role }).strict();
const accountSchema = z.object({ id }).strict();
const passwordSchema = z.object({ id, password }).strict();

/** Everyone on the staff, for the admin list. */
export async function listStaffForAdmin(staff: StaffUser): Promise<StaffAccount[]> {
  requireStaffAdmin(staff);
  return listStaff();
}

type StaffAccountView = StaffAccount & {
  /** Demoting or disabling this account would leave the site without an administrator. */
  isLastAdmin: boolean;
  isSelf: boolean;
};

export async function getStaffAccountForAdmin(staff: StaffUser, accountId: number): Promise<StaffAccountView | null> {
  requireStaffAdmin(staff);
  const account = await getStaffAccount(accountId);
  if (!account) return null;
  const activeAdmin = account.role === 'admin' && !account.disabled && account.hasPassword;
  return { ...account, isLastAdmin: activeAdmin && (await countActiveAdmins()) <= 1, isSelf: account.id === staff.id };
}

export { LAST_ADMIN_MESSAGE };

export async function createStaffAccount(staff: StaffUser, input: unknown, context: RequestContext): Promise<ActionResult<{ id: number }>> {
  requireStaffAdmin(staff);
  const parsed = createSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { name, email, role: newRole, password: plain } = parsed.data;
  if (await displayNameTaken(name)) return { ok: false, code: 'invalid', error: 'Please correct the highlighted fields.', fieldErrors: { name: DISPLAY_NAME_TAKEN } };
  const created = await staffRows.createStaffAccount(
    { name, email, role: newRole, passwordHash: await hashPassword(plain) },
    { id: staff.id, ip: context.ip },
  );
  return { ok: true, data: created, message: `${name} can now sign in with ${email}.` };
}

/** What the page does next: an admin who changed their own access is signed out by the change. */
type SecurityResult = ActionResult<{ changed: boolean; endedOwnSession: boolean }>;

async function apply(staff: StaffUser, accountId: number, change: SecurityChange, context: RequestContext, done: string): Promise<SecurityResult> {
  const outcome = await staffRows.changeStaffSecurity(accountId, change, { id: staff.id, ip: context.ip });
  return {
    ok: true,
    data: { changed: outcome.changed, endedOwnSession: outcome.changed && accountId === staff.id },
    message: outcome.changed ? done : 'Nothing to change.',
  };
}

export async function changeStaffRole(staff: StaffUser, input: unknown, context: RequestContext): Promise<SecurityResult> {
  requireStaffAdmin(staff);
  const parsed = roleSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  return apply(staff, parsed.data.id, { kind: 'role', role: parsed.data.role }, context, 'Role changed. Their open sessions have ended; they sign in again with the new role.');
}

export async function disableStaff(staff: StaffUser, input: unknown, context: RequestContext): Promise<SecurityResult> {
  requireStaffAdmin(staff);
  const parsed = accountSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  return apply(staff, parsed.data.id, { kind: 'disable' }, context, 'Account disabled. They were signed out and cannot sign in.');
}

export async function enableStaff(staff: StaffUser, input: unknown, context: RequestContext): Promise<SecurityResult> {
  requireStaffAdmin(staff);
  const parsed = accountSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  // While it was disabled someone else may have taken its name; two live bylines must differ.
  const account = await getStaffAccount(parsed.data.id);
  if (account?.disabled && (await displayNameTaken(account.name, account.id))) {
    return { ok: false, code: 'invalid', error: `${DISPLAY_NAME_TAKEN} Rename the other account first.` };
  }
  return apply(staff, parsed.data.id, { kind: 'enable' }, context, 'Account re-enabled. They can sign in again.');
}

export async function resetStaffPassword(staff: StaffUser, input: unknown, context: RequestContext): Promise<SecurityResult> {
  requireStaffAdmin(staff);
  const parsed = passwordSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const account = await getStaffAccount(parsed.data.id);
  if (!account) return { ok: false, code: 'not_found', error: 'This account no longer exists.' };
  const problem = passwordProblem(parsed.data.password, { email: account.email, name: account.name });
  if (problem) return { ok: false, code: 'invalid', error: 'Please correct the highlighted fields.', fieldErrors: { password: problem } };
  const done = account.hasPassword
    ? 'Password reset. Their open sessions have ended; give them the new password privately.'
    : 'Password set. This byline is now a staff account that can sign in.';
  return apply(staff, account.id, { kind: 'password', passwordHash: await hashPassword(parsed.data.password) }, context, done);
}
