import 'server-only';
import { recordAuditOnce } from '@/db/mutations/audit-upkeep';
import { recentFailures, signedInFromBefore } from '@/db/queries/staff';
import { lockKey, THROTTLE, throttleDecision, type ThrottleDecision } from './throttle';

/** How far back a successful sign-in makes an address "known" to the account-wide rule. */
const KNOWN_ADDRESS_DAYS = 30;

/**
 * The throttle's verdict for an attempt with `email` (lower-cased) from `ip`, from the attempts
 * kept in PostgreSQL. Whether the address is known is only looked up when it could matter.
 * `accountWide: false` leaves out the rule for one account across addresses, for keys that are not
 * a person's account (the first-admin form): there it would let anyone block everyone.
 */
export async function checkThrottle(email: string, ip: string, options: { now?: Date; accountWide?: boolean } = {}): Promise<ThrottleDecision> {
  const now = options.now ?? new Date();
  const { accountEverywhere, ...perAddress } = await recentFailures(email, ip, new Date(now.getTime() - THROTTLE.windowMinutes * 60_000));
  if (options.accountWide === false) return throttleDecision(perAddress, now);
  const knownAddress =
    accountEverywhere.count >= THROTTLE.perAccountEverywhere && (await signedInFromBefore(email, ip, new Date(now.getTime() - KNOWN_ADDRESS_DAYS * 86_400_000)));
  return throttleDecision({ ...perAddress, accountEverywhere }, now, { knownAddress });
}

/**
 * Audits a refused attempt once per lock and window: an attacker hammering a locked account wrote
 * one row per attempt (1 649 in 5 s); the log needs to show the lock, not every knock on it.
 */
export async function auditThrottled(decision: Extract<ThrottleDecision, { allowed: false }>, email: string, ip: string, now = new Date()): Promise<void> {
  await recordAuditOnce(
    { actorId: null, action: 'auth.sign_in_throttled', ip, details: { email, lock: decision.lock } },
    lockKey(decision.lock, email, ip),
    new Date(now.getTime() - THROTTLE.windowMinutes * 60_000),
  );
}
