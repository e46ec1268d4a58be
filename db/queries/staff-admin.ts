import 'server-only';
import { and, count, eq, isNotNull, sql } from 'drizzle-orm';
import { db } from '../client';
import { users, type UserRole } from '../schema';

/**
 * A staff account as every part of the app sees it (session checks, staff pages, lists): the one
 * projection of users, and it never includes the password hash, only whether one is set.
 */
export const staffColumns = {
  id: users.id,
  name: users.name,
  email: users.email,
  slug: users.slug,
  role: users.role,
  disabled: users.disabled,
  sessionVersion: users.sessionVersion,
  hasPassword: sql<boolean>`${users.passwordHash} is not null`,
  createdAt: users.createdAt,
  updatedAt: users.updatedAt,
};

export type StaffAccount = {
  id: number;
  name: string;
  email: string;
  slug: string;
  role: UserRole;
  disabled: boolean;
  sessionVersion: number;
  hasPassword: boolean;
  createdAt: Date;
  updatedAt: Date;
};

/** One account as the staff admin page shows it. */
export async function getStaffAccount(id: number): Promise<StaffAccount | null> {
  const [row] = await db().select(staffColumns).from(users).where(eq(users.id, id)).limit(1);
  return row ?? null;
}

/** Enabled administrators who can sign in; the site must always keep at least one. */
export async function countActiveAdmins(): Promise<number> {
  const [row] = await db()
    .select({ n: count() })
    .from(users)
    .where(and(eq(users.role, 'admin'), eq(users.disabled, false), isNotNull(users.passwordHash)));
  return row?.n ?? 0;
}
