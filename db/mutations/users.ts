import 'server-only';
import { sql } from 'drizzle-orm';
import { db as defaultDb, type Executor } from '../client';
import { users, type UserRole } from '../schema';

type BylineInput = { name: string; slug: string; email: string; role: UserRole; bio: string; avatarMediaId?: number | null };

/**
 * A byline without a password: it can be credited on articles but can never sign in.
 * Used for seeded demo authors; staff accounts are created with a password hash.
 */
export async function upsertByline(input: BylineInput, database: Executor = defaultDb()): Promise<number> {
  const [row] = await database
    .insert(users)
    .values({ ...input, passwordHash: null })
    .onConflictDoUpdate({
      target: users.slug,
      set: { name: input.name, bio: input.bio, avatarMediaId: input.avatarMediaId ?? null, updatedAt: sql`now()` },
    })
    .returning({ id: users.id });
  if (!row) throw new Error('user upsert returned no row');
  return row.id;
}
