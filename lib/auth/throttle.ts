export const THROTTLE = {
  windowMinutes: 15,
  perAccount: 5,
  perAddress: 30,
} as const;

export type FailureCounts = {
  account: { count: number; newest: Date | null };
  address: { count: number; newest: Date | null };
};

/**
 * Whether a sign-in may be attempted. After 5 failures for one account from one address (since its
 * last success), or 30 from one address across accounts, attempts are refused until the window has
 * passed since the latest failure, whatever password is given.
 */
export function throttleDecision(failures: FailureCounts, now: Date): { allowed: true } | { allowed: false; retryAfterMinutes: number } {
  const windowMs = THROTTLE.windowMinutes * 60_000;
  const lockedUntil = (newest: Date | null) => (newest ? newest.getTime() + windowMs : 0);
  let until = 0;
  if (failures.account.count >= THROTTLE.perAccount) until = Math.max(until, lockedUntil(failures.account.newest));
  if (failures.address.count >= THROTTLE.perAddress) until = Math.max(until, lockedUntil(failures.address.newest));
  if (until <= now.getTime()) return { allowed: true };
  return { allowed: false, retryAfterMinutes: Math.max(1, Math.ceil((until - now.getTime()) / 60_000)) };
}

export function throttleMessage(minutes: number): string {
  return `Too many sign-in attempts. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`;
}
