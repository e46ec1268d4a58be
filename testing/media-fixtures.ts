// Helpers for tests that upload through the running server: real staff accounts with minted
// session cookies, and cleanup of everything those uploads stored.
import { randomUUID } from 'node:crypto';
import { inArray } from 'drizzle-orm';
import { encode } from 'next-auth/jwt';
import { db } from '@/db/client';
import { createStaff } from '@/db/mutations/staff';
import { media, users, type UserRole } from '@/db/schema';
import { mediaStorage } from '@/lib/media/storage';
import { uniqueSlug } from './fixtures';

export type TestStaff = { id: number; role: UserRole; name: string; email: string; cookie: string };

const createdUsers: number[] = [];
const createdMedia: number[] = [];

/**
 * A staff account that exists in the database (getStaff re-reads it on every request) and a
 * next-auth session cookie for it, signed with the test server's AUTH_SECRET. The password hash
 * is a placeholder: these accounts never sign in through the form.
 */
export async function testStaff(role: UserRole): Promise<TestStaff> {
  const secret = process.env.AUTH_SECRET;
  if (!secret) throw new Error('AUTH_SECRET of the test server is not set');
  const tag = uniqueSlug(role);
  const name = `Test ${role} ${tag}`;
  const email = `${tag}@media-test.example`;
  const { id } = await createStaff({ name, email, role, passwordHash: 'not-a-real-hash' });
  createdUsers.push(id);
  const token = await encode({
    token: { sub: String(id), uid: id, role, sv: 1, name, email, sid: randomUUID(), signedInAt: Math.floor(Date.now() / 1000) },
    secret,
    maxAge: 3600,
  });
  return { id, role, name, email, cookie: `next-auth.session-token=${token}` };
}

export function rememberMedia(id: number): void {
  createdMedia.push(id);
}

/** Deletes the media rows and files the test made, then its accounts. Call from afterAll. */
export async function cleanupMediaFixtures(): Promise<void> {
  const ids = createdMedia.splice(0);
  if (ids.length) {
    const rows = await db().delete(media).where(inArray(media.id, ids)).returning({ key: media.storageKey });
    for (const row of rows) await mediaStorage().remove(row.key);
  }
  const people = createdUsers.splice(0);
  if (people.length) await db().delete(users).where(inArray(users.id, people));
}
