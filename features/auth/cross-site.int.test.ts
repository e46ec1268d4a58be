import { readFileSync } from 'node:fs';
import { count, eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { closeConnection, db } from '@/db/client';
import { users } from '@/db/schema';

const baseUrl = process.env.TEST_BASE_URL!;
const evil = 'https://evil.example';

afterAll(closeConnection);

/** Server action ids are in the build's manifest, as an attacker could read them from our JS. */
function actionId(exportedName: string): string {
  const manifest = JSON.parse(readFileSync('.next/server/server-reference-manifest.json', 'utf8')) as {
    node: Record<string, { exportedName: string }>;
  };
  const entry = Object.entries(manifest.node).find(([, v]) => v.exportedName === exportedName);
  if (!entry) throw new Error(`no server action ${exportedName} in the build`);
  return entry[0];
}

async function userCount() {
  const [row] = await db().select({ n: count() }).from(users);
  return row!.n;
}

describe('cross-site requests', () => {
  const args = JSON.stringify([{ name: 'Mallory', email: 'mallory@evil.example', password: 'mallory-evil-2026-x', confirm: 'mallory-evil-2026-x' }]);

  it('a server action called with another site as Origin changes nothing', async () => {
    const before = await userCount();
    const res = await fetch(`${baseUrl}/login`, {
      method: 'POST',
      headers: { 'next-action': actionId('createFirstAdminAction'), origin: evil, 'content-type': 'text/plain;charset=UTF-8', accept: 'text/x-component' },
      body: args,
    });
    expect(res.status).toBe(403);
    expect(await userCount()).toBe(before);
    expect(await db().select().from(users).where(eq(users.email, 'mallory@evil.example'))).toEqual([]);
  });

  it('a cross-site HTML form post to a server action changes nothing', async () => {
    const before = await userCount();
    const form = new FormData();
    form.set(`$ACTION_ID_${actionId('createFirstAdminAction')}`, '');
    form.set('name', 'Mallory');
    form.set('email', 'mallory2@evil.example');
    form.set('password', 'mallory-evil-2026-x');
    form.set('confirm', 'mallory-evil-2026-x');
    const res = await fetch(`${baseUrl}/login`, { method: 'POST', headers: { origin: evil }, body: form, redirect: 'manual' });
    expect(res.status).toBe(403);
    expect(await userCount()).toBe(before);
  });

  it('the same action from this site is processed (so the refusals above are real)', async () => {
    // Mismatched confirmation: the action runs and answers with a field error, creating nothing.
    const mismatched = JSON.stringify([{ name: 'Ok', email: 'ok@example.org', password: 'harbour-wend-2026-ok', confirm: 'different-2026-ok' }]);
    const res = await fetch(`${baseUrl}/login`, {
      method: 'POST',
      headers: { 'next-action': actionId('createFirstAdminAction'), origin: baseUrl, 'content-type': 'text/plain;charset=UTF-8', accept: 'text/x-component' },
      body: mismatched,
    });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('The passwords do not match.');
  });

  it('mutating route handlers refuse another Origin and a missing one', async () => {
    for (const path of ['/api/auth/signout', '/api/auth/callback/credentials', '/api/internal/revalidate', '/api/internal/publish-due']) {
      for (const headers of [{ origin: evil }, {} as Record<string, string>]) {
        const res = await fetch(`${baseUrl}${path}`, { method: 'POST', headers: { ...headers, 'content-type': 'application/x-www-form-urlencoded' }, body: 'a=b', redirect: 'manual' });
        expect(res.status, `${path} ${JSON.stringify(headers)}`).toBe(403);
      }
    }
  });
});
