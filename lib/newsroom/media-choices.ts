import 'server-only';
import { z } from 'zod';
import { searchPickableMedia } from '@/db/queries/newsroom-articles';
import type { ActionResult } from '@/lib/actions/result';
import type { StaffUser } from '@/lib/auth/permissions';
import type { PickedMedia } from '@/lib/media/picked';
import { invalidInput } from './failures';

const schema = z.object({ q: z.string().trim().max(200) }).strict();

/**
 * Library images for the editor's picker. Every signed-in staff member may use any library image
 * in an article (uploading and editing metadata have their own rules in the media library).
 */
export async function listMediaChoices(_staff: StaffUser, raw: unknown): Promise<ActionResult<PickedMedia[]>> {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) return invalidInput(parsed.error);
  return { ok: true, data: await searchPickableMedia(parsed.data.q, 48) };
}
