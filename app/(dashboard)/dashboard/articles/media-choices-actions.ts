'use server';

import { withStaff } from '@/lib/actions/guard';
import { listMediaChoices } from '@/lib/newsroom/media-choices';

export async function listMediaChoicesAction(input: unknown) {
  return withStaff((staff) => listMediaChoices(staff, input));
}
