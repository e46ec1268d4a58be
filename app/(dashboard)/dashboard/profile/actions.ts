'use server';

import { withStaff } from '@/lib/actions/guard';
import { requestContext } from '@/lib/actions/request-context';
import { changePassword, updateOwnProfile } from '@/lib/newsroom/profile';

export async function updateProfileAction(input: unknown) {
  return withStaff((staff) => updateOwnProfile(staff, input));
}

export async function changePasswordAction(input: unknown) {
  return withStaff(async (staff) => changePassword(staff, input, await requestContext()));
}
