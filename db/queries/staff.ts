import 'server-only';
import { and, asc, count, eq, gt, ne, sql, type SQL } from 'drizzle-orm';
import { db } from '../client';
import { countActiveAdmins, staffColumns, type StaffAccount } from './staff-admin';
import { auditLog, loginAttempts, revokedSessions, users } from '../schema';

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

/**
 * The live state of a session's user, checked on every request against the JWT's claims, and
 * whether this session (`sid`) was ended by signing out.
 */
export async function getSessionUser(id: number, sid: string): Promise<(StaffAccount & { revoked: boolean }) | null> {
  const [row] = await db()
    .select({
      ...staffColumns,
      revoked: sql<boolean>`exists (select 1 from ${revokedSessions} where ${revokedSessions.sid} = ${sid})`,
    })
    .from(users)
    .where(eq(users.id, id))
    .limit(1);
  return row ?? null;
}

/** Whether an enabled administrator who can sign in exists (the first-admin form shows until one does). */
export async function adminExists(): Promise<boolean> {
  return (await countActiveAdmins()) > 0;
}

export async function listStaff(): Promise<StaffAccount[]> {
  return db().select(staffColumns).from(users).orderBy(asc(users.name));
}

/**
 * Failed attempts since `since`: for one account from one address (since its last success there),
 * from the address overall, and for the account from every address (since its last success anywhere).
 */
export async function recentFailures(email: string, ip: string, since: Date) {
  const lastSuccess = (fromThisAddress: boolean) =>
    db()
      .select({ at: sql`coalesce(max(${loginAttempts.at}), 'epoch'::timestamptz)` })
      .from(loginAttempts)
      .where(and(eq(loginAttempts.email, email), eq(loginAttempts.success, true), ...(fromThisAddress ? [eq(loginAttempts.ip, ip)] : [])));
  const failuresWhere = (...conditions: SQL[]) => and(eq(loginAttempts.success, false), gt(loginAttempts.at, since), ...conditions);
  const counted = { n: count(), newest: sql<Date | null>`max(${loginAttempts.at})` };
  const [[account], [address], [everywhere]] = await Promise.all([
    db()
      .select(counted)
      .from(loginAttempts)
      .where(failuresWhere(eq(loginAttempts.email, email), eq(loginAttempts.ip, ip), sql`${loginAttempts.at} > (${lastSuccess(true)})`)),
    db().select(counted).from(loginAttempts).where(failuresWhere(eq(loginAttempts.ip, ip))),
    db()
      .select(counted)
      .from(loginAttempts)
      .where(failuresWhere(eq(loginAttempts.email, email), sql`${loginAttempts.at} > (${lastSuccess(false)})`)),
  ]);
  const shape = (row: { n: number; newest: Date | null } | undefined) => ({ count: row?.n ?? 0, newest: row?.newest ? new Date(row.newest) : null });
  return { account: shape(account), address: shape(address), accountEverywhere: shape(everywhere) };
}

/** Whether this account signed in successfully from this address since `since` (per the audit log). */
export async function signedInFromBefore(email: string, ip: string, since: Date): Promise<boolean> {
  const [row] = await db()
    .select({ id: auditLog.id })
    .from(auditLog)
    .innerJoin(users, eq(users.id, auditLog.actorId))
    .where(and(eq(auditLog.action, 'auth.sign_in'), eq(auditLog.ip, ip), gt(auditLog.at, since), eq(sql`lower(${users.email})`, email)))
    .limit(1);
  return Boolean(row);
}

/**
 * Whether an enabled account other than `exceptId` already shows `name` as its byline: compared
 * case-insensitively, trimmed and with runs of spaces as one, as a page would display them.
 */
export async function isDisplayNameTaken(name: string, exceptId?: number): Promise<boolean> {
  const shown = (value: SQL | string) => sql`lower(regexp_replace(btrim(${value}::text), '\\s+', ' ', 'g'))`;
  const [row] = await db()
    .select({ id: users.id })
    .from(users)
    .where(and(sql`${shown(sql`${users.name}`)} = ${shown(name)}`, eq(users.disabled, false), ...(exceptId === undefined ? [] : [ne(users.id, exceptId)])))
    .limit(1);
  return Boolean(row);
}
