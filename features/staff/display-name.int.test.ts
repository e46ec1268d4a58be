import { count, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { closeConnection, db } from '@/db/client';
import { users } from '@/db/schema';
import type { StaffUser } from '@/features/auth/permissions';
import { cleanupStaff, createTestStaff, trackStaff, uniqueEmail } from '@/testing/staff';
import { DISPLAY_NAME_TAKEN } from '@/features/auth/display-name';

/**
 * Issue 16 point 15: any staff member could take another's display name, and bylines (names
 * only) then looked the same. Decided: a name already shown by another active account is refused.
 */
const session = vi.hoisted(() => ({ current: null as StaffUser | null }));
vi.mock('@/features/auth/session', () => ({ getStaff: async () => session.current }));
const { updateProfileAction } = await import('@/features/profile/actions');
const { createStaffAccountAction, disableStaffAction, enableStaffAction } = await import('@/features/staff/actions');

const STRONG = 'a-strong-passphrase-2026';
let admin: StaffUser;
let reporter: StaffUser;
let byline: { id: number; name: string };

async function accountsNamed(name: string) {
  const [row] = await db().select({ n: count() }).from(users).where(eq(sql`lower(${users.name})`, name.toLowerCase()));
  return row!.n;
}

beforeAll(async () => {
  admin = await createTestStaff('admin');
  reporter = await createTestStaff('author');
  // A demo byline: active, without a password. Its name is as much a byline as anyone's.
  const [row] = await db().select({ id: users.id, name: users.name }).from(users).where(eq(users.slug, 'amara-okafor'));
  byline = row!;
});

afterAll(async () => {
  await cleanupStaff();
  await closeConnection();
});

describe('display names', () => {
  it('refuses a name another active account shows, however it is cased or spaced', async () => {
    session.current = reporter;
    for (const name of [byline.name, ` ${byline.name.toUpperCase()} `, byline.name.replace(' ', '   ')]) {
      const result = await updateProfileAction({ name, bio: '', avatarMediaId: '' });
      expect(result, name).toEqual({ ok: false, code: 'invalid', error: 'Please correct the highlighted fields.', fieldErrors: { name: DISPLAY_NAME_TAKEN } });
    }
    const [me] = await db().select({ name: users.name }).from(users).where(eq(users.id, reporter.id));
    expect(me!.name).toBe(reporter.name);
    // Keeping one's own name, or choosing a free one, is fine.
    expect(await updateProfileAction({ name: reporter.name, bio: 'Reporter.', avatarMediaId: '' })).toMatchObject({ ok: true });
    expect(await updateProfileAction({ name: `${byline.name} Jr`, bio: '', avatarMediaId: '' })).toMatchObject({ ok: true });
  });

  it('refuses it for new accounts too, and creates nothing', async () => {
    session.current = admin;
    const before = await accountsNamed(byline.name);
    const result = await createStaffAccountAction({ name: byline.name.toLowerCase(), email: uniqueEmail('twin'), role: 'author', password: STRONG });
    expect(result).toMatchObject({ ok: false, code: 'invalid', fieldErrors: { name: DISPLAY_NAME_TAKEN } });
    expect(await accountsNamed(byline.name)).toBe(before);
  });

  it('frees the name of a disabled account, and will not re-enable it while someone else uses it', async () => {
    session.current = admin;
    const name = `Pat Twin ${Date.now().toString(36)}`;
    const first = await createStaffAccountAction({ name, email: uniqueEmail('pat1'), role: 'author', password: STRONG });
    if (!first.ok) throw new Error(first.error);
    trackStaff(first.data.id);
    expect(await disableStaffAction({ id: first.data.id })).toMatchObject({ ok: true });
    const second = await createStaffAccountAction({ name, email: uniqueEmail('pat2'), role: 'author', password: STRONG });
    if (!second.ok) throw new Error(second.error);
    trackStaff(second.data.id);
    const enabled = await enableStaffAction({ id: first.data.id });
    expect(enabled).toMatchObject({ ok: false, code: 'invalid', error: expect.stringContaining(DISPLAY_NAME_TAKEN) });
    const [still] = await db().select({ disabled: users.disabled }).from(users).where(eq(users.id, first.data.id));
    expect(still!.disabled).toBe(true);
  });
});
