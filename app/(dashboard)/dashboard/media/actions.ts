'use server';

import { withStaff } from '@/lib/actions/guard';
import { updateMediaDetails } from '@/lib/media/library';

export async function updateMediaDetailsAction(input: unknown) {
  return withStaff((staff) => updateMediaDetails(staff, input));
}
