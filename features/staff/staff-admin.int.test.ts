import { and, count, eq, sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { closeConnection, db } from '@/db/client';
import { auditLog, users } from '@/db/schema';
import { verifyPassword } from '@/features/auth/password';
import type { StaffUser } from '@/features/auth/permissions';
import { cleanupStaff, createTestStaff, retireTestAdmins, trackStaff, uniqueEmail } from '@/testing/staff';

const session = vi.hoisted(() => ({ current: null as StaffUser | null }));
vi.mock('@/features/auth/session', () => ({
  getStaff: async () => session.current,
  requireStaff: async () => {
    if (!session.current) throw new Error('redirect to /login');
    return session.current;
  },
}));

const { changeStaffRoleAction, createStaffAccountAction, disableStaffAction, enableStaffAction, resetStaffPasswordAction } = await import(
  '@/features/staff/actions'
);
const { countActiveAdmins } = await import('@/db/queries/staff-admin');
const { getStaffAccountForAdmin, listStaffForAdmin, LAST_ADMIN_MESSAGE } = await import('./staff-admin');
const { readAuditLog } = await import('../audit/audit-log');

afterAll(async () => {
  await cleanupStaff();
  await closeConnection();
});

beforeEach(() => {
  session.current = null;
});

// Administrators made by one test must not count as "another admin" in the next.
afterEach(retireTestAdmins);

async function account(id: number) {
  const [row] = await db().select().from(users).where(eq(users.id, id));
  return row!;
}

async function countUsers() {
  const [row] = await db().select({ n: count() }).from(users);
  return row!.n;
}

async function countAudit(action: string) {
  const [row] = await db().select({ n: count() }).from(auditLog).where(eq(auditLog.action, action));
  return row!.n;
}

async function auditCount(action: string, targetId: number) {
  const [row] = await db()
    .select({ n: count() })
    .from(auditLog)
    .where(and(eq(auditLog.action, action), eq(auditLog.targetId, String(targetId))));
  return row!.n;
}

const strong = 'estuary-heron-morning-17';

describe('staff administration', () => {
  it('refuses signed-out callers and every role below admin, and changes nothing', async () => {
    const target = await createTestStaff('author');
    const before = await account(target.id);
    const usersBefore = await countUsers();
    const attempts = () => [
      createStaffAccountAction({ name: 'Mallory', email: uniqueEmail('mallory'), role: 'admin', password: strong }),
      changeStaffRoleAction({ id: target.id, role: 'admin' }),
      disableStaffAction({ id: target.id }),
      enableStaffAction({ id: target.id }),
      resetStaffPasswordAction({ id: target.id, password: strong }),
    ];

    for (const result of await Promise.all(attempts())) {
      expect(result).toMatchObject({ ok: false, code: 'unauthenticated' });
    }
    for (const role of ['contributor', 'author', 'editor'] as const) {
      session.current = await createTestStaff(role);
      for (const result of await Promise.all(attempts())) {
        expect(result, role).toMatchObject({ ok: false, code: 'forbidden' });
      }
      await expect(listStaffForAdmin(session.current)).rejects.toThrow(/administrators/);
      await expect(getStaffAccountForAdmin(session.current, target.id)).rejects.toThrow(/administrators/);
      await expect(readAuditLog(session.current, { page: 1 })).rejects.toThrow(/administrators/);
    }

    const after = await account(target.id);
    expect(after).toEqual(before);
    const usersAfter = await countUsers();
    expect(usersAfter).toBe(usersBefore + 3); // only the three callers made above
  });

  it('creates an account that can sign in, audited; a duplicate email is a field error and writes nothing', async () => {
    session.current = await createTestStaff('admin');
    const email = uniqueEmail('new-reporter');
    const created = await createStaffAccountAction({ name: 'Nadia New', email, role: 'author', password: strong });
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    trackStaff(created.data.id);
    const row = await account(created.data.id);
    expect(row).toMatchObject({ name: 'Nadia New', email, role: 'author', disabled: false });
    expect(await verifyPassword(row.passwordHash!, strong)).toBe(true);
    expect(await auditCount('staff.create', created.data.id)).toBe(1);

    const before = await countUsers();
    const auditsBefore = await countAudit('staff.create');
    const duplicate = await createStaffAccountAction({ name: 'Nadia Again', email: email.toUpperCase(), role: 'editor', password: strong });
    expect(duplicate).toMatchObject({ ok: false, code: 'invalid', fieldErrors: { email: 'An account with this email already exists.' } });
    const after = await countUsers();
    const auditsAfter = await countAudit('staff.create');
    expect(after).toBe(before);
    expect(auditsAfter).toBe(auditsBefore);
  });

  it('gives each bad field its own message', async () => {
    session.current = await createTestStaff('admin');
    const result = await createStaffAccountAction({ name: ' ', email: 'not-an-email', role: 'owner', password: 'password123' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.fieldErrors ?? {}).sort()).toEqual(['email', 'name', 'password', 'role']);
    expect(result.fieldErrors?.password).toMatch(/too common/);
    expect(await createStaffAccountAction({ name: 'X', email: uniqueEmail('x'), role: 'author', password: strong, extra: 1 })).toMatchObject({
      ok: false,
      code: 'invalid',
    });
  });

  it('role changes, disabling and password resets end the person’s sessions and are audited', async () => {
    session.current = await createTestStaff('admin');
    const target = await createTestStaff('contributor');
    const v0 = (await account(target.id)).sessionVersion;

    expect(await changeStaffRoleAction({ id: target.id, role: 'editor' })).toMatchObject({ ok: true, data: { changed: true, endedOwnSession: false } });
    const afterRole = await account(target.id);
    expect(afterRole.role).toBe('editor');
    expect(afterRole.sessionVersion).toBe(v0 + 1);
    const [roleAudit] = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'staff.role_change'), eq(auditLog.targetId, String(target.id))));
    expect(roleAudit).toMatchObject({ actorId: session.current.id, details: { from: 'contributor', to: 'editor' } });

    // The same role again is not a change: nobody is signed out for nothing.
    expect(await changeStaffRoleAction({ id: target.id, role: 'editor' })).toMatchObject({ ok: true, data: { changed: false } });
    expect((await account(target.id)).sessionVersion).toBe(v0 + 1);

    expect((await disableStaffAction({ id: target.id })).ok).toBe(true);
    expect(await account(target.id)).toMatchObject({ disabled: true, sessionVersion: v0 + 2 });
    expect((await enableStaffAction({ id: target.id })).ok).toBe(true);
    expect(await account(target.id)).toMatchObject({ disabled: false, sessionVersion: v0 + 3 });

    const weak = await resetStaffPasswordAction({ id: target.id, password: 'aaaaaaaaaaaa' });
    expect(weak).toMatchObject({ ok: false, fieldErrors: { password: expect.any(String) } });
    expect((await account(target.id)).sessionVersion).toBe(v0 + 3);
    expect((await resetStaffPasswordAction({ id: target.id, password: strong })).ok).toBe(true);
    const reset = await account(target.id);
    expect(reset.sessionVersion).toBe(v0 + 4);
    expect(await verifyPassword(reset.passwordHash!, strong)).toBe(true);

    for (const action of ['staff.disable', 'staff.enable', 'staff.password_reset']) expect(await auditCount(action, target.id), action).toBe(1);
    const entries = await db().select().from(auditLog).where(eq(auditLog.targetId, String(target.id)));
    expect(JSON.stringify(entries)).not.toContain(strong);
    expect(JSON.stringify(entries)).not.toContain('$argon2');
  });

  it('turns a byline without a password into an account that can sign in', async () => {
    session.current = await createTestStaff('admin');
    const byline = await createTestStaff('author', { password: null });
    expect(await getStaffAccountForAdmin(session.current, byline.id)).toMatchObject({ hasPassword: false });
    const result = await resetStaffPasswordAction({ id: byline.id, password: strong });
    expect(result).toMatchObject({ ok: true, message: expect.stringMatching(/can sign in/) });
    expect(await getStaffAccountForAdmin(session.current, byline.id)).toMatchObject({ hasPassword: true });
    const [entry] = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'staff.password_reset'), eq(auditLog.targetId, String(byline.id))));
    expect(entry?.details).toEqual({ firstPassword: true });
  });

  it('never leaves the site without an enabled administrator', async () => {
    // The integration suite runs before the first administrator exists (e2e creates it through the setup form).
    expect(await countActiveAdmins(), 'no other enabled admin in the test database').toBe(0);
    const only = await createTestStaff('admin');
    session.current = only;
    const version = (await account(only.id)).sessionVersion;

    expect(await getStaffAccountForAdmin(only, only.id)).toMatchObject({ isLastAdmin: true, isSelf: true });
    expect(await changeStaffRoleAction({ id: only.id, role: 'editor' })).toMatchObject({ ok: false, code: 'invalid', fieldErrors: { role: LAST_ADMIN_MESSAGE } });
    expect(await disableStaffAction({ id: only.id })).toMatchObject({ ok: false, code: 'invalid', error: LAST_ADMIN_MESSAGE });
    expect(await account(only.id)).toMatchObject({ role: 'admin', disabled: false, sessionVersion: version });
    expect(await auditCount('staff.role_change', only.id)).toBe(0);

    // With a second administrator, either may step down, but not both at once.
    const second = await createTestStaff('admin');
    const [a, b] = await Promise.all([
      changeStaffRoleAction({ id: only.id, role: 'editor' }),
      (async () => {
        session.current = only;
        return disableStaffAction({ id: second.id });
      })(),
    ]);
    expect([a.ok, b.ok].filter(Boolean)).toHaveLength(1);
    expect(await countActiveAdmins()).toBe(1);

    // Own demotion succeeds when another admin remains, and says the session ended.
    await db().update(users).set({ role: 'admin', disabled: false }).where(sql`${users.id} in (${only.id}, ${second.id})`);
    expect(await changeStaffRoleAction({ id: only.id, role: 'author' })).toMatchObject({ ok: true, data: { endedOwnSession: true } });
    await db().update(users).set({ disabled: true }).where(sql`${users.id} in (${only.id}, ${second.id})`);
    expect(await countActiveAdmins()).toBe(0);
  });
});
