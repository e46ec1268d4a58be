import { and, count, eq, inArray, like, sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { closeConnection, db } from '@/db/client';
import { auditLog, loginAttempts } from '@/db/schema';
import { CLIENT_IP_HEADER } from '@/features/auth/client-ip';
import { cleanupStaff, createTestStaff } from '@/testing/staff';
import { authorizeCredentials } from './options';
import { THROTTLE } from './throttle';

/**
 * Issue 16 points 3 and 4, through the sign-in check itself. Addresses come from a private range
 * no other test uses, so the throttle state of 127.0.0.1 (the end-to-end suite's) is untouched.
 */
const PASSWORD = 'tidal-river-lantern-42';
let nextHost = 1;
const freshAddress = () => `10.77.${Math.floor(nextHost / 250)}.${(nextHost++ % 250) + 1}`;
const from = (ip: string) => ({ [CLIENT_IP_HEADER]: ip });
const emails: string[] = [];

async function attempt(email: string, password: string, ip: string): Promise<'signed-in' | 'wrong' | string> {
  try {
    return (await authorizeCredentials({ email, password }, from(ip))) ? 'signed-in' : 'wrong';
  } catch (error) {
    return (error as Error).message;
  }
}

async function account() {
  const staff = await createTestStaff('author', { password: PASSWORD });
  emails.push(staff.email.toLowerCase());
  return staff.email.toLowerCase();
}

afterAll(async () => {
  if (emails.length) {
    await db().delete(loginAttempts).where(inArray(loginAttempts.email, emails));
    await db().delete(auditLog).where(inArray(sql`${auditLog.details}->>'email'`, emails));
  }
  await db().delete(loginAttempts).where(like(loginAttempts.ip, '10.77.%'));
  await cleanupStaff();
  await closeConnection();
});

describe('sign-in throttling', () => {
  it('locks one account briefly when wrong passwords arrive from 40 different addresses', async () => {
    const email = await account();
    const outcomes: string[] = [];
    for (let i = 0; i < 40; i++) outcomes.push(await attempt(email, `wrong-guess-${i}`, freshAddress()));
    // The first ten are ordinary failures; from then on the account refuses, whatever the address.
    expect(outcomes.slice(0, THROTTLE.perAccountEverywhere)).toEqual(Array(THROTTLE.perAccountEverywhere).fill('wrong'));
    const refusals = outcomes.slice(THROTTLE.perAccountEverywhere);
    expect(refusals.every((o) => /^Too many failed sign-ins for this account from different places\. .* try again in ([1-9]|1[0-5]) minutes?\.$/.test(o))).toBe(true);
    // Refused attempts never reach the password check, so they are not even counted as failures.
    const [counted] = await db().select({ n: count() }).from(loginAttempts).where(and(eq(loginAttempts.email, email), eq(loginAttempts.success, false)));
    expect(counted!.n).toBe(THROTTLE.perAccountEverywhere);
    // Even the right password waits from a new address…
    expect(await attempt(email, PASSWORD, freshAddress())).toMatch(/^Too many failed sign-ins for this account/);
  });

  it('does not lock the owner out at an address they signed in from before', async () => {
    const email = await account();
    const home = freshAddress();
    expect(await attempt(email, PASSWORD, home)).toBe('signed-in');
    for (let i = 0; i < 20; i++) await attempt(email, `wrong-guess-${i}`, freshAddress());
    expect(await attempt(email, PASSWORD, freshAddress())).toMatch(/^Too many failed sign-ins for this account/);
    expect(await attempt(email, PASSWORD, home)).toBe('signed-in');
  });

  it('audits a lock once per window, however often the locked account is tried', async () => {
    const email = await account();
    const ip = freshAddress();
    for (let i = 0; i < THROTTLE.perAccount; i++) expect(await attempt(email, `wrong-${i}`, ip)).toBe('wrong');
    const refused = await Promise.all(Array.from({ length: 30 }, () => attempt(email, PASSWORD, ip)));
    expect(refused.every((r) => /^Too many sign-in attempts\. Try again in/.test(r))).toBe(true);
    const rows = await db()
      .select({ n: count() })
      .from(auditLog)
      .where(and(eq(auditLog.action, 'auth.sign_in_throttled'), eq(sql`${auditLog.details}->>'email'`, email)));
    expect(rows[0]!.n).toBe(1);
  });
});
