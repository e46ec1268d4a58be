import 'server-only';
import { eq } from 'drizzle-orm';
import { changeOf, NO_CHANGE, type Change } from '@/lib/changes/change';
import { TAG, tagsForArticleChange } from '@/lib/changes/tags';
import { db as defaultDb, type Executor } from '../client';
import { publishedFootprintsByAuthor } from '../queries/profile';
import { users } from '../schema';
import { recordAudit } from './audit';
import { NotFoundError } from '@/lib/errors';
import { setProfileColumns, updateStaffSecurity } from './staff';

type ProfileInput = { name: string; bio: string; avatarMediaId: number | null };

/**
 * Saves a person's public profile. When the name, bio or picture changed, every page that shows
 * their byline expires at once: their author page and each published story, with the listings,
 * feeds and sitemaps those stories appear in.
 */
export async function updateProfile(userId: number, input: ProfileInput, database: Executor = defaultDb()): Promise<{ changed: boolean; change: Change }> {
  const outcome = await database.transaction(async (tx) => {
    const [before] = await tx
      .select({ name: users.name, bio: users.bio, avatarMediaId: users.avatarMediaId, slug: users.slug })
      .from(users)
      .where(eq(users.id, userId))
      .for('update');
    if (!before) throw new NotFoundError('This account no longer exists.');
    const changed = before.name !== input.name || before.bio !== input.bio || before.avatarMediaId !== input.avatarMediaId;
    if (changed) await setProfileColumns(userId, input, tx);
    return { changed, slug: before.slug };
  });
  if (!outcome.changed) return { changed: false, change: NO_CHANGE };
  const tags = new Set<string>([TAG.author(outcome.slug)]);
  for (const story of await publishedFootprintsByAuthor(userId, database)) {
    for (const tag of tagsForArticleChange(story, story)) tags.add(tag);
  }
  return { changed: true, change: changeOf(tags, `profile of ${outcome.slug} edited`) };
}

/** A person's own password change: ends every session (this browser signs in again) and is audited. */
export async function changePassword(userId: number, passwordHash: string, ip: string, database: Executor = defaultDb()): Promise<void> {
  await database.transaction(async (tx) => {
    await updateStaffSecurity(userId, { passwordHash }, tx);
    await recordAudit({ actorId: userId, action: 'staff.password_change', targetType: 'user', targetId: userId, ip }, tx);
  });
}
