'use server';

import { withStaff } from '@/features/auth/guard';
import { requestContext } from '@/features/auth/request-context';
import { changePassword, updateProfile } from '@/features/profile/profile';

export async function updateProfileAction(input: unknown) {
  return withStaff((staff) => updateProfile(staff, input));
}

export async function changePasswordAction(input: unknown) {
  return withStaff(async (staff) => changePassword(staff, input, await requestContext()));
}
