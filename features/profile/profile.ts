import 'server-only';
import { z } from 'zod';
import * as profileRows from '@/db/mutations/profile';
import { recordLoginAttempt } from '@/db/mutations/staff';
import { getAvatarChoice, getOwnProfile, listAvatarChoices, type AvatarChoice } from '@/db/queries/profile';
import { getCredentialsByEmail } from '@/db/queries/staff';
import { afterCommit, invalid, type ActionResult } from '@/features/actions/result';
import type { RequestContext } from '@/features/auth/request-context';
import { hashPassword, passwordProblem, verifyPassword } from '@/features/auth/password';
import type { StaffUser } from '@/features/auth/permissions';
import { throttleMessage } from '@/features/auth/throttle';
import { checkThrottle } from '@/features/auth/throttle-check';
import { displayNameTaken, DISPLAY_NAME_TAKEN } from '@/features/auth/display-name';
import { recordIdSchema } from '@/lib/route-params';

export const BIO_MAX = 1000;
const AVATAR_CHOICES = 48;

// Plain text only: control characters (other than line breaks and tabs) have no place in a bio.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

const profileSchema = z
  .object({
    name: z.string().trim().min(1, 'Enter your name.').max(120, 'Use at most 120 characters.'),
    bio: z
      .string()
      .transform((v) => v.replace(/\r\n?/g, '\n').trim())
      .pipe(
        z
          .string()
          .max(BIO_MAX, `Use at most ${BIO_MAX} characters.`)
          .refine((v) => !CONTROL.test(v), 'Remove the invisible control characters.'),
      ),
    avatarMediaId: z.union([
      z.literal('').transform(() => null),
      recordIdSchema('Choose a picture from the library.'),
    ]),
  })
  .strict();

const passwordSchema = z
  .object({
    currentPassword: z.string().min(1, 'Enter your current password.').max(256, 'Use at most 256 characters.'),
    newPassword: z.string().max(256, 'Use at most 256 characters.'),
    confirm: z.string().max(256),
  })
  .strict();

type AvatarOption = { id: number; label: string; thumbUrl: string };

function option(m: AvatarChoice): AvatarOption {
  const bySize = [...m.variants].sort((a, b) => a.width - b.width);
  const pick = bySize.find((v) => v.kind === 'hero') ?? bySize[0];
  return { id: m.id, label: m.alt || m.originalName || `Image ${m.id}`, thumbUrl: `/media/${m.storageKey}/${pick?.file ?? 'original.webp'}` };
}

/** The signed-in person's own profile with the pictures they may choose from. Nobody edits anyone else's here. */
export async function getProfileForEditing(staff: StaffUser) {
  const profile = await getOwnProfile(staff.id);
  if (!profile) return null;
  const avatars = (await listAvatarChoices(AVATAR_CHOICES)).map(option);
  // A current picture older than the newest choices is still offered, so saving never drops it silently.
  if (profile.avatarMediaId && !avatars.some((a) => a.id === profile.avatarMediaId)) {
    const current = await getAvatarChoice(profile.avatarMediaId);
    if (current) avatars.unshift(option(current));
  }
  return { profile, avatars };
}

export async function updateProfile(staff: StaffUser, input: unknown): Promise<ActionResult<null>> {
  const parsed = profileSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { avatarMediaId } = parsed.data;
  if (await displayNameTaken(parsed.data.name, staff.id)) {
    return { ok: false, code: 'invalid', error: 'Please correct the highlighted fields.', fieldErrors: { name: DISPLAY_NAME_TAKEN } };
  }
  if (avatarMediaId !== null && !(await getAvatarChoice(avatarMediaId))) {
    return { ok: false, code: 'invalid', error: 'Please correct the highlighted fields.', fieldErrors: { avatarMediaId: 'That picture is no longer in the library. Choose another.' } };
  }
  const { changed, change } = await profileRows.updateProfile(staff.id, parsed.data);
  return afterCommit(change, { ok: true, data: null, message: changed ? 'Profile saved. Your author page and bylines show the change now.' : 'Nothing had changed.' });
}

/**
 * Changes the signed-in person's password. The current password is required (a borrowed, unlocked
 * session is not enough), and wrong guesses count towards the same lockout as sign-in. Every
 * session ends; the browser signs in again with the new password (components/dashboard/profile).
 */
export async function changePassword(staff: StaffUser, input: unknown, context: RequestContext): Promise<ActionResult<{ email: string }>> {
  const parsed = passwordSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { currentPassword, newPassword, confirm } = parsed.data;
  const email = staff.email.toLowerCase();
  const decision = await checkThrottle(email, context.ip);
  if (!decision.allowed) return { ok: false, code: 'forbidden', error: throttleMessage(decision.retryAfterMinutes, decision.lock) };

  const account = await getCredentialsByEmail(email);
  if (!account?.passwordHash || account.id !== staff.id || !(await verifyPassword(account.passwordHash, currentPassword))) {
    await recordLoginAttempt(email, context.ip, false);
    return { ok: false, code: 'invalid', error: 'Please correct the highlighted fields.', fieldErrors: { currentPassword: 'This is not your current password.' } };
  }
  const fieldErrors: Record<string, string> = {};
  const problem = passwordProblem(newPassword, { email: staff.email, name: staff.name });
  if (problem) fieldErrors.newPassword = problem;
  else if (newPassword === currentPassword) fieldErrors.newPassword = 'Choose a password different from your current one.';
  if (newPassword !== confirm) fieldErrors.confirm = 'The passwords do not match.';
  if (Object.keys(fieldErrors).length) return { ok: false, code: 'invalid', error: 'Please correct the highlighted fields.', fieldErrors };

  await profileRows.changePassword(staff.id, await hashPassword(newPassword), context.ip);
  return { ok: true, data: { email: account.email }, message: 'Password changed. You were signed out everywhere else.' };
}
