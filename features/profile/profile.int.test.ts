import { and, eq } from 'drizzle-orm';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { closeConnection, db } from '@/db/client';
import { auditLog, media, users } from '@/db/schema';
import { verifyPassword } from '@/features/auth/password';
import type { StaffUser } from '@/features/auth/permissions';
import { cleanupArticles, makeArticle } from '@/testing/fixtures';
import { cleanupStaff, createTestStaff } from '@/testing/staff';

const session = vi.hoisted(() => ({ current: null as StaffUser | null }));
vi.mock('@/features/auth/session', () => ({
  getStaff: async () => session.current,
  requireStaff: async () => session.current,
}));

const { changePasswordAction, updateProfileAction } = await import('@/features/profile/actions');

const baseUrl = process.env.TEST_BASE_URL;

afterAll(async () => {
  await cleanupArticles();
  await cleanupStaff();
  await closeConnection();
});

beforeEach(() => {
  session.current = null;
});

async function html(path: string) {
  const res = await fetch(`${baseUrl}${path}`);
  expect(res.status, path).toBe(200);
  return res.text();
}

async function account(id: number) {
  const [row] = await db().select().from(users).where(eq(users.id, id));
  return row!;
}

const password = 'tidal-river-lantern-42';

describe('own profile', () => {
  it('refuses signed-out callers', async () => {
    expect(await updateProfileAction({ name: 'Nobody', bio: '', avatarMediaId: '' })).toMatchObject({ ok: false, code: 'unauthenticated' });
    expect(await changePasswordAction({ currentPassword: 'x', newPassword: 'y', confirm: 'y' })).toMatchObject({ ok: false, code: 'unauthenticated' });
  });

  it('shows a new name and bio on the author page and the byline of published stories on the next request', async () => {
    const me = await createTestStaff('author', { name: 'Pat Before' });
    session.current = me;
    const story = await makeArticle('published', { authorId: me.id });
    const articleUrl = `/city/${story.slug}`;
    const authorUrl = `/author/${me.slug}`;
    // Warm the cache, so only an expiry can make the next reads fresh.
    for (const path of [articleUrl, authorUrl, '/latest']) {
      await html(path);
      expect(await html(path)).toContain('Pat Before');
    }

    const name = `Pat After ${Date.now().toString(36)}`;
    const result = await updateProfileAction({ name, bio: 'Covers the harbour.\r\nAnd the tides.', avatarMediaId: '' });
    expect(result).toMatchObject({ ok: true });
    expect(await account(me.id)).toMatchObject({ name, bio: 'Covers the harbour.\nAnd the tides.', slug: me.slug });
    const authorPage = await html(authorUrl);
    expect(authorPage).toContain(name);
    expect(authorPage).toContain('Covers the harbour.');
    expect(await html(articleUrl)).toContain(name);
    expect(await html('/latest')).toContain(name);
    await cleanupArticles();
  });

  it('puts each problem next to its field and saves nothing', async () => {
    const me = await createTestStaff('contributor');
    session.current = me;
    const before = await account(me.id);
    const result = await updateProfileAction({ name: '', bio: 'x'.repeat(1001), avatarMediaId: 'abc' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.fieldErrors ?? {}).sort()).toEqual(['avatarMediaId', 'bio', 'name']);
    expect(await updateProfileAction({ name: 'Me', bio: 'bell\u0007', avatarMediaId: '' })).toMatchObject({ fieldErrors: { bio: expect.any(String) } });
    expect(await updateProfileAction({ name: 'Me', bio: '', avatarMediaId: '2000000000' })).toMatchObject({
      fieldErrors: { avatarMediaId: expect.stringMatching(/no longer in the library/) },
    });
    expect(await updateProfileAction({ name: 'Me', bio: '', avatarMediaId: '', role: 'admin' })).toMatchObject({ ok: false, code: 'invalid' });
    expect(await account(me.id)).toEqual(before);

    const [picture] = await db().select({ id: media.id }).from(media).limit(1);
    if (picture) {
      expect(await updateProfileAction({ name: 'Me', bio: '', avatarMediaId: String(picture.id) })).toMatchObject({ ok: true });
      expect((await account(me.id)).avatarMediaId).toBe(picture.id);
    }
  });

  it('changes the password only with the current one, ends other sessions and is audited', async () => {
    const me = await createTestStaff('editor');
    session.current = me;
    const v0 = (await account(me.id)).sessionVersion;
    const next = 'moorland-kestrel-evening-8';

    expect(await changePasswordAction({ currentPassword: 'not-my-password', newPassword: next, confirm: next })).toMatchObject({
      ok: false,
      fieldErrors: { currentPassword: 'This is not your current password.' },
    });
    expect(await changePasswordAction({ currentPassword: password, newPassword: 'password1234', confirm: 'password1234' })).toMatchObject({
      ok: false,
      fieldErrors: { newPassword: expect.stringMatching(/too common/) },
    });
    expect(await changePasswordAction({ currentPassword: password, newPassword: next, confirm: `${next}x` })).toMatchObject({
      ok: false,
      fieldErrors: { confirm: 'The passwords do not match.' },
    });
    expect(await changePasswordAction({ currentPassword: password, newPassword: password, confirm: password })).toMatchObject({
      ok: false,
      fieldErrors: { newPassword: expect.stringMatching(/different/) },
    });
    const unchanged = await account(me.id);
    expect(unchanged.sessionVersion).toBe(v0);
    expect(await verifyPassword(unchanged.passwordHash!, password)).toBe(true);

    expect(await changePasswordAction({ currentPassword: password, newPassword: next, confirm: next })).toMatchObject({ ok: true, data: { email: me.email } });
    const changed = await account(me.id);
    expect(changed.sessionVersion).toBe(v0 + 1);
    expect(await verifyPassword(changed.passwordHash!, next)).toBe(true);
    const entries = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'staff.password_change'), eq(auditLog.targetId, String(me.id))));
    expect(entries).toHaveLength(1);
    expect(JSON.stringify(entries)).not.toContain(next);
  });
});
