import { eq, like } from 'drizzle-orm';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { closeConnection, db } from '@/db/client';
import { loginAttempts, users } from '@/db/schema';
import { cleanupStaff, createTestStaff, retireTestAdmins, trackStaff, uniqueEmail } from '@/testing/staff';

/**
 * Issue 16 point 2: anyone could make the server hash passwords with the first-admin form,
 * because it hashed before asking whether an administrator already exists (~86 requests/s slowed
 * real sign-ins 3-5x). The action is called directly, as a request from `ip` would reach it.
 */
const request = vi.hoisted(() => ({ ip: '10.78.0.1' }));
vi.mock('next/headers', () => ({
  headers: async () => new Headers({ origin: 'http://newsroom.test', host: 'newsroom.test', 'x-northgate-client-ip': request.ip }),
}));
const hashing = vi.hoisted(() => ({ calls: 0 }));
vi.mock('@/features/auth/password', async (importOriginal) => {
  const original = await importOriginal<typeof import('@/features/auth/password')>();
  return {
    ...original,
    hashPassword: (password: string) => {
      hashing.calls++;
      return original.hashPassword(password);
    },
  };
});

const { createFirstAdminAction } = await import('@/features/auth/actions');
const addresses = Array.from({ length: 14 }, (_, i) => `10.78.0.${i + 1}`);

const form = () => {
  const email = uniqueEmail('setup');
  return { name: `Setup ${email.slice(6, 20)}`, email, password: 'harbour-setup-2026-x', confirm: 'harbour-setup-2026-x' };
};

beforeEach(() => {
  hashing.calls = 0;
});

afterAll(async () => {
  await db().delete(loginAttempts).where(like(loginAttempts.ip, '10.78.0.%'));
  await retireTestAdmins();
  await cleanupStaff();
  await closeConnection();
});

describe('the first-administrator form', () => {
  it('refuses without hashing anything once an administrator exists, and throttles repeat tries', async () => {
    await createTestStaff('admin');
    hashing.calls = 0;
    request.ip = addresses[0]!;
    const results = [];
    for (let i = 0; i < 40; i++) results.push(await createFirstAdminAction(form()));
    expect(hashing.calls).toBe(0);
    expect(results.every((r) => !r.ok && r.code === 'forbidden')).toBe(true);
    const messages = results.map((r) => (r.ok ? '' : r.error));
    expect(messages.slice(0, 5)).toEqual(Array(5).fill('An administrator already exists. Sign in instead.'));
    expect(messages.slice(5).every((m) => /^Too many sign-in attempts\. Try again in \d+ minutes?\.$/.test(m))).toBe(true);
    // Other addresses are not held up by this one, nor by each other: the form is no account,
    // so refusals spread over many addresses never lock it for everyone.
    for (const ip of addresses.slice(1, 13)) {
      request.ip = ip;
      expect(await createFirstAdminAction(form()), ip).toMatchObject({ ok: false, error: 'An administrator already exists. Sign in instead.' });
    }
  });

  it('still creates the first administrator on a fresh install (one hash)', async () => {
    await retireTestAdmins();
    request.ip = addresses[13]!;
    const input = form();
    const result = await createFirstAdminAction(input);
    expect(result, JSON.stringify(result)).toEqual({ ok: true, data: null });
    expect(hashing.calls).toBe(1);
    const [created] = await db().select().from(users).where(eq(users.email, input.email));
    expect(created?.role).toBe('admin');
    trackStaff(created!.id);
  });
});
