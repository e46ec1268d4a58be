// Staff accounts for integration tests: real rows (audit entries point at them), removed afterwards
// so that the end-to-end suite, which runs next on the same database, still finds no administrator.
import { and, eq, inArray } from 'drizzle-orm';
import { db } from '@/db/client';
import { createStaff } from '@/db/mutations/staff';
import { users, type UserRole } from '@/db/schema';
import { hashPassword } from '@/features/auth/password';
import type { StaffUser } from '@/features/auth/permissions';

let counter = 0;
const created: number[] = [];

export function uniqueEmail(prefix: string): string {
  counter += 1;
  return `${prefix}-${process.pid}-${Date.now().toString(36)}-${counter}@int.test`;
}

/** A staff account with `password` (default: a strong one), as the session guard would return it. */
export async function createTestStaff(role: UserRole, options: { password?: string | null; name?: string } = {}): Promise<StaffUser> {
  const email = uniqueEmail(role);
  const name = options.name ?? `Test ${role} ${counter}`;
  const password = options.password === undefined ? 'tidal-river-lantern-42' : options.password;
  const { id } = await createStaff({ name, email, role, passwordHash: password === null ? '' : await hashPassword(password) });
  if (password === null) await db().update(users).set({ passwordHash: null }).where(inArray(users.id, [id]));
  created.push(id);
  const [row] = await db().select().from(users).where(inArray(users.id, [id]));
  return { id, name: row!.name, email: row!.email, role: row!.role, slug: row!.slug };
}

/** Remembers an account created through the code under test, for cleanupStaff. */
export function trackStaff(id: number): void {
  created.push(id);
}

/** Disables the administrators this file made, so the next test starts with none enabled. */
export async function retireTestAdmins(): Promise<void> {
  if (created.length) await db().update(users).set({ disabled: true }).where(and(inArray(users.id, created), eq(users.role, 'admin')));
}

/** Deletes every account this file made (they must no longer author articles). */
export async function cleanupStaff(): Promise<void> {
  const ids = created.splice(0);
  if (ids.length) await db().delete(users).where(inArray(users.id, ids));
}
