import 'server-only';
import { FieldErrors, ForbiddenError } from '@/lib/errors';
import * as tagRows from '@/db/mutations/taxonomy';
import { getTagById } from '@/db/queries/newsroom-articles';
import { afterCommit, expectedFailures, type ActionResult } from '@/features/actions/result';
import { can, type StaffUser } from '@/features/auth/permissions';
import { slugify } from '@/lib/slug';
import { tagNameSchema } from './draft-schema';
import { invalidInput } from './failures';

type CreatedTag = { id: number; name: string; slug: string };

/**
 * Creates a tag from the editor (editors and admins). Typing the name of an existing tag returns
 * that tag instead of a near-duplicate, since tags are identified by their slug.
 */
export async function findOrCreateTag(staff: StaffUser, raw: unknown): Promise<ActionResult<CreatedTag>> {
  return expectedFailures(async () => {
    if (!can(staff, 'tag.create')) throw new ForbiddenError('Only editors can create tags. Choose an existing tag.');
    const parsed = tagNameSchema.safeParse(raw);
    if (!parsed.success) return invalidInput(parsed.error);
    const name = parsed.data.name.replace(/\s+/g, ' ');
    const slug = slugify(name, 60);
    if (!slug) throw new FieldErrors({ name: 'Use letters or numbers in the tag name.' });
    const { id, change } = await tagRows.findOrCreateTag(name, slug);
    const tag = await getTagById(id);
    if (!tag) throw new Error('tag vanished right after it was created');
    return afterCommit(change, { ok: true, data: tag });
  });
}
