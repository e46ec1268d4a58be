export const THROTTLE = {
  windowMinutes: 15,
  perAccount: 5,
  perAddress: 30,
  /** Failures for one account from all addresses together (an attacker spreading guesses over many). */
  perAccountEverywhere: 10,
  /** The account-wide lock grows 1, 2, 4, 8… minutes per further failure, up to this. */
  maxAccountLockMinutes: 15,
} as const;

type FailureCount = { count: number; newest: Date | null };

type FailureCounts = {
  /** This account from this address, since its last success there. */
  account: FailureCount;
  /** This address, any account. */
  address: FailureCount;
  /** This account from any address, since its last success anywhere. */
  accountEverywhere?: FailureCount;
};

/** Which rule refused: one account from one address, one address, or one account from everywhere. */
type ThrottleLock = 'account' | 'address' | 'account-everywhere';

export type ThrottleDecision = { allowed: true } | { allowed: false; retryAfterMinutes: number; lock: ThrottleLock };

/**
 * Whether a sign-in may be attempted. After 5 failures for one account from one address (since its
 * last success), or 30 from one address across accounts, attempts are refused until the window has
 * passed since the latest failure, whatever password is given.
 *
 * Guesses spread over many addresses meet the account-wide rule instead: from the 10th failure the
 * account is locked briefly, 1 minute and doubling with each further failure up to 15. It is kept
 * short because anyone can trigger it for anyone's account, and it does not apply at all to an
 * address the person has signed in from before (`knownAddress`), so the real owner keeps working.
 */
export function throttleDecision(failures: FailureCounts, now: Date, options: { knownAddress?: boolean } = {}): ThrottleDecision {
  const windowMs = THROTTLE.windowMinutes * 60_000;
  const lockedUntil = (newest: Date | null, ms: number) => (newest ? newest.getTime() + ms : 0);
  const locks: { lock: ThrottleLock; until: number }[] = [];
  if (failures.account.count >= THROTTLE.perAccount) locks.push({ lock: 'account', until: lockedUntil(failures.account.newest, windowMs) });
  if (failures.address.count >= THROTTLE.perAddress) locks.push({ lock: 'address', until: lockedUntil(failures.address.newest, windowMs) });
  const everywhere = failures.accountEverywhere;
  if (everywhere && everywhere.count >= THROTTLE.perAccountEverywhere && !options.knownAddress) {
    locks.push({ lock: 'account-everywhere', until: lockedUntil(everywhere.newest, accountLockMinutes(everywhere.count) * 60_000) });
  }
  const longest = locks.filter((l) => l.until > now.getTime()).sort((a, b) => b.until - a.until)[0];
  if (!longest) return { allowed: true };
  return { allowed: false, retryAfterMinutes: Math.max(1, Math.ceil((longest.until - now.getTime()) / 60_000)), lock: longest.lock };
}

/** Minutes the account-wide lock lasts after the latest of `failures` failures. */
export function accountLockMinutes(failures: number): number {
  const beyond = Math.max(0, failures - THROTTLE.perAccountEverywhere);
  return Math.min(THROTTLE.maxAccountLockMinutes, 2 ** Math.min(beyond, 10));
}

const minutes = (n: number) => `${n} minute${n === 1 ? '' : 's'}`;

export function throttleMessage(retryAfterMinutes: number, lock: ThrottleLock = 'account'): string {
  if (lock === 'account-everywhere') {
    return `Too many failed sign-ins for this account from different places. For safety it is paused briefly: try again in ${minutes(retryAfterMinutes)}.`;
  }
  return `Too many sign-in attempts. Try again in ${minutes(retryAfterMinutes)}.`;
}

/**
 * What identifies one lock, so a flood of refused attempts is audited once per lock and window
 * rather than once per attempt.
 */
export function lockKey(lock: ThrottleLock, email: string, ip: string): string {
  if (lock === 'address') return `address:${ip}`;
  if (lock === 'account') return `account:${email}|${ip}`;
  return `account:${email}`;
}
