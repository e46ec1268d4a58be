import 'server-only';
import { and, count, eq, isNotNull, lt, sql } from 'drizzle-orm';
import { slugify } from '@/lib/slug';
import { db as defaultDb, type Executor } from '../client';
import { loginAttempts, users, type UserRole } from '../schema';
import { fieldError, NotFoundError } from '@/lib/errors';
import { isUniqueViolation } from './errors';

export type NewStaff = { name: string; email: string; role: UserRole; passwordHash: string; bio?: string };

/** Creates a staff account; a taken email is a field error, never a second account. */
export async function createStaff(input: NewStaff, database: Executor = defaultDb()): Promise<{ id: number }> {
  const base = slugify(input.name) || 'staff';
  for (let attempt = 0; attempt < 20; attempt++) {
    const slug = attempt === 0 ? base : `${base}-${attempt + 1}`;
    try {
      // Each attempt in its own (sub)transaction: inside a caller's transaction a failed insert would
      // otherwise abort it, and the retry with the next slug could never run.
      const [row] = await database.transaction((tx) =>
        tx
          .insert(users)
          .values({ name: input.name.trim(), email: input.email.trim(), role: input.role, passwordHash: input.passwordHash, bio: input.bio ?? '', slug })
          .returning({ id: users.id }),
      );
      return { id: row!.id };
    } catch (error) {
      if (isUniqueViolation(error, 'users_email_lower_key')) {
        throw fieldError('email', 'An account with this email already exists.');
      }
      if (!isUniqueViolation(error, 'users_slug_key')) throw error;
    }
  }
  throw fieldError('name', 'Could not find a free author URL for this name.');
}

/**
 * The one-time setup of a fresh install: creates the first administrator only while no enabled
 * admin with a password exists. The advisory lock makes two simultaneous setups create one account.
 */
export async function createFirstAdmin(input: Omit<NewStaff, 'role'>, database: Executor = defaultDb()): Promise<{ id: number } | null> {
  return database.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(727002)`);
    const [existing] = await tx
      .select({ n: count() })
      .from(users)
      .where(and(eq(users.role, 'admin'), eq(users.disabled, false), isNotNull(users.passwordHash)));
    if ((existing?.n ?? 0) > 0) return null;
    return createStaff({ ...input, role: 'admin' }, tx);
  });
}

/**
 * Changes that must end existing sessions (role, password, disabling) bump session_version in the
 * same statement, so no request can slip through with the old rights.
 */
export async function updateStaffSecurity(
  id: number,
  change: { role?: UserRole; passwordHash?: string; disabled?: boolean },
  database: Executor = defaultDb(),
): Promise<void> {
  const [row] = await database
    .update(users)
    .set({ ...change, sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: sql`now()` })
    .where(eq(users.id, id))
    .returning({ id: users.id });
  if (!row) throw new NotFoundError('This account no longer exists.');
}

export async function setProfileColumns(
  id: number,
  profile: { name: string; bio: string; avatarMediaId: number | null },
  database: Executor = defaultDb(),
): Promise<void> {
  await database.update(users).set({ ...profile, updatedAt: sql`now()` }).where(eq(users.id, id));
}

export async function recordLoginAttempt(email: string, ip: string, success: boolean, database: Executor = defaultDb()) {
  await database.insert(loginAttempts).values({ email: email.trim().toLowerCase(), ip, success });
  // Keep the table small: nothing older than a day matters for throttling.
  if (Math.random() < 0.02) await database.delete(loginAttempts).where(lt(loginAttempts.at, sql`now() - interval '1 day'`));
}
