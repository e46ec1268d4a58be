'use server';

import { withStaff } from '@/features/auth/guard';
import { updateMediaDetails } from '@/features/media/library';

export async function updateMediaDetailsAction(input: unknown) {
  return withStaff((staff) => updateMediaDetails(staff, input));
}
