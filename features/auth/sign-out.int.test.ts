import { randomUUID } from 'node:crypto';
import { encode } from 'next-auth/jwt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeConnection } from '@/db/client';
import type { StaffUser } from '@/features/auth/permissions';
import { cleanupStaff, createTestStaff } from '@/testing/staff';

/**
 * Issue 16 point 10: "Sign out" cleared the browser's cookie, but the cookie itself stayed valid,
 * so a copy of it kept working for up to 12 hours. Everything here goes through the running server.
 */
const baseUrl = process.env.TEST_BASE_URL!;
const PASSWORD = 'tidal-river-lantern-42';
let person: StaffUser;

const cookiesOf = (res: Response) => (res.headers.getSetCookie?.() ?? []).map((c) => c.split(';')[0]!);

async function signIn(): Promise<string> {
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  const csrfCookie = cookiesOf(csrf).join('; ');
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const res = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: csrfCookie, origin: baseUrl },
    body: new URLSearchParams({ email: person.email, password: PASSWORD, csrfToken, json: 'true' }),
    redirect: 'manual',
  });
  const session = cookiesOf(res).find((c) => c.startsWith('next-auth.session-token='));
  if (!session) throw new Error(`sign-in failed with ${res.status}`);
  return session;
}

async function signOut(session: string): Promise<void> {
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`, { headers: { cookie: session } });
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const res = await fetch(`${baseUrl}/api/auth/signout`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: [session, ...cookiesOf(csrf)].join('; '), origin: baseUrl },
    body: new URLSearchParams({ csrfToken, json: 'true' }),
    redirect: 'manual',
  });
  expect(res.status).toBeLessThan(400);
  // The browser is told to forget the cookie; the question below is whether a copy still works.
  expect(cookiesOf(res)).toContainEqual(expect.stringMatching(/^next-auth\.session-token=$/));
}

/** Whether the dashboard accepts this cookie (200) or sends the visitor to sign in. */
async function dashboardWith(cookie: string): Promise<'in' | 'out'> {
  const res = await fetch(`${baseUrl}/dashboard`, { headers: { cookie }, redirect: 'manual' });
  if (res.status === 200) return 'in';
  expect(res.headers.get('location')).toMatch(/\/login\?callbackUrl=/);
  return 'out';
}

beforeAll(async () => {
  person = await createTestStaff('author', { password: PASSWORD });
});

afterAll(async () => {
  await cleanupStaff();
  await closeConnection();
});

describe('signing out', () => {
  it('ends that session for good: a copy of its cookie is refused, the person’s other sessions go on', async () => {
    const laptop = await signIn();
    const phone = await signIn();
    const copied = laptop;
    expect(await dashboardWith(laptop)).toBe('in');
    await signOut(laptop);
    expect(await dashboardWith(copied)).toBe('out');
    expect(await dashboardWith(phone)).toBe('in');
  });

  it('a cookie re-issued by next-auth cannot outlive 12 hours since sign-in', async () => {
    const secret = process.env.AUTH_SECRET!;
    const claims = { sub: String(person.id), uid: person.id, role: person.role, sv: 1, name: person.name, email: person.email };
    const mint = (extra: Record<string, unknown>) => encode({ token: { ...claims, ...extra }, secret, maxAge: 3600 }).then((t) => `next-auth.session-token=${t}`);
    const now = Math.floor(Date.now() / 1000);
    expect(await dashboardWith(await mint({ sid: randomUUID(), signedInAt: now - 60 }))).toBe('in');
    expect(await dashboardWith(await mint({ sid: randomUUID(), signedInAt: now - 13 * 3600 }))).toBe('out');
    // Cookies from before sessions had ids cannot be signed out, so they are not accepted either.
    expect(await dashboardWith(await mint({}))).toBe('out');
  });
});
