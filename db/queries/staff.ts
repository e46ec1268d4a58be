import 'server-only';
import { and, asc, count, desc, eq, gt, sql } from 'drizzle-orm';
import { db } from '../client';
import { countActiveAdmins, getStaffAccount, staffColumns, type StaffAccount } from './staff-admin';
import { loginAttempts, users } from '../schema';

/** What sign-in and session checks need; the only query that returns a password hash. */
export async function getCredentialsByEmail(email: string) {
  const [row] = await db()
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      slug: users.slug,
      role: users.role,
      passwordHash: users.passwordHash,
      sessionVersion: users.sessionVersion,
      disabled: users.disabled,
    })
    .from(users)
    .where(eq(sql`lower(${users.email})`, email.trim().toLowerCase()))
    .limit(1);
  return row ?? null;
}

/** The live state of a session's user, checked on every request against the JWT's claims. */
export async function getSessionUser(id: number): Promise<StaffAccount | null> {
  return getStaffAccount(id);
}

/** Whether an enabled administrator who can sign in exists (the first-admin form shows until one does). */
export async function adminExists(): Promise<boolean> {
  return (await countActiveAdmins()) > 0;
}

export async function listStaff(): Promise<StaffAccount[]> {
  return db().select(staffColumns).from(users).orderBy(asc(users.name));
}

/** Failed attempts since `since` (and since the last success) for one account from one address, and from the address overall. */
export async function recentFailures(email: string, ip: string, since: Date) {
  const lastSuccess = db()
    .select({ at: sql`coalesce(max(${loginAttempts.at}), 'epoch'::timestamptz)` })
    .from(loginAttempts)
    .where(and(eq(loginAttempts.email, email), eq(loginAttempts.ip, ip), eq(loginAttempts.success, true)));
  const [account] = await db()
    .select({ n: count(), newest: sql<Date | null>`max(${loginAttempts.at})`, oldest: sql<Date | null>`min(${loginAttempts.at})` })
    .from(loginAttempts)
    .where(
      and(
        eq(loginAttempts.email, email),
        eq(loginAttempts.ip, ip),
        eq(loginAttempts.success, false),
        gt(loginAttempts.at, since),
        sql`${loginAttempts.at} > (${lastSuccess})`,
      ),
    );
  const [address] = await db()
    .select({ n: count(), newest: sql<Date | null>`max(${loginAttempts.at})` })
    .from(loginAttempts)
    .where(and(eq(loginAttempts.ip, ip), eq(loginAttempts.success, false), gt(loginAttempts.at, since)));
  return {
    account: { count: account?.n ?? 0, newest: account?.newest ? new Date(account.newest) : null },
    address: { count: address?.n ?? 0, newest: address?.newest ? new Date(address.newest) : null },
  };
}

export async function latestLoginAttempts(limit = 20) {
  return db().select().from(loginAttempts).orderBy(desc(loginAttempts.at)).limit(limit);
}
