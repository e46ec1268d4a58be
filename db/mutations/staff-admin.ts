import 'server-only';
import { and, count, eq, isNotNull, ne, sql } from 'drizzle-orm';
import { db as defaultDb, type Executor } from '../client';
import { users, type UserRole } from '../schema';
import { recordAudit, type AuditEntry } from './audit';
import { FieldErrors, NotFoundError } from '@/lib/errors';
import { createStaff, updateStaffSecurity, type NewStaff } from './staff';

/** Same key as createFirstAdmin: every change to who can administer the site is serialised. */
const ADMIN_SET_LOCK = 727002;

export type Actor = { id: number; ip: string };

/** Creates a staff account and its audit entry together; a taken email is a field error and writes nothing. */
export async function createStaffAccount(input: NewStaff, actor: Actor, database: Executor = defaultDb()): Promise<{ id: number }> {
  return database.transaction(async (tx) => {
    const created = await createStaff(input, tx);
    await recordAudit(
      { actorId: actor.id, action: 'staff.create', targetType: 'user', targetId: created.id, ip: actor.ip, details: { role: input.role, email: input.email } },
      tx,
    );
    return created;
  });
}

export type SecurityChange =
  | { kind: 'role'; role: UserRole }
  | { kind: 'disable' }
  | { kind: 'enable' }
  | { kind: 'password'; passwordHash: string };

type SecurityOutcome = { changed: boolean };

export const LAST_ADMIN_MESSAGE =
  'This is the last enabled administrator who can sign in. Make someone else an administrator first, so the newsroom is never left without one.';

/**
 * Applies a change that must end the person's sessions (role, disabling, password), with its audit
 * entry, in one transaction. Refuses to leave the site without an enabled administrator who can
 * sign in; the lock makes two admins demoting each other at the same moment impossible.
 */
export async function changeStaffSecurity(
  targetId: number,
  change: SecurityChange,
  actor: Actor,
  database: Executor = defaultDb(),
): Promise<SecurityOutcome> {
  return database.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${ADMIN_SET_LOCK})`);
    const [target] = await tx
      .select({ id: users.id, role: users.role, disabled: users.disabled, hasPassword: sql<boolean>`${users.passwordHash} is not null` })
      .from(users)
      .where(eq(users.id, targetId))
      .for('update');
    if (!target) throw new NotFoundError('This account no longer exists.');

    const removesAdmin =
      target.role === 'admin' && !target.disabled && target.hasPassword && ((change.kind === 'role' && change.role !== 'admin') || change.kind === 'disable');
    if (removesAdmin) {
      const [others] = await tx
        .select({ n: count() })
        .from(users)
        .where(and(eq(users.role, 'admin'), eq(users.disabled, false), isNotNull(users.passwordHash), ne(users.id, targetId)));
      if ((others?.n ?? 0) === 0) throw new FieldErrors(change.kind === 'role' ? { role: LAST_ADMIN_MESSAGE } : {}, LAST_ADMIN_MESSAGE);
    }

    let update: Parameters<typeof updateStaffSecurity>[1];
    let audit: Pick<AuditEntry, 'action' | 'details'>;
    switch (change.kind) {
      case 'role':
        if (change.role === target.role) return { changed: false };
        update = { role: change.role };
        audit = { action: 'staff.role_change', details: { from: target.role, to: change.role } };
        break;
      case 'disable':
        if (target.disabled) return { changed: false };
        update = { disabled: true };
        audit = { action: 'staff.disable' };
        break;
      case 'enable':
        if (!target.disabled) return { changed: false };
        update = { disabled: false };
        audit = { action: 'staff.enable' };
        break;
      case 'password':
        update = { passwordHash: change.passwordHash };
        // Never the password or its hash: only whether this gave a byline its first sign-in.
        audit = { action: 'staff.password_reset', details: target.hasPassword ? {} : { firstPassword: true } };
        break;
    }
    await updateStaffSecurity(targetId, update, tx);
    await recordAudit({ actorId: actor.id, targetType: 'user', targetId, ip: actor.ip, ...audit }, tx);
    return { changed: true };
  });
}
