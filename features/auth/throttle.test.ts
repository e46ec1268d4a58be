import { describe, expect, it } from 'vitest';
import { accountLockMinutes, lockKey, THROTTLE, throttleDecision, throttleMessage } from './throttle';

const now = new Date('2026-11-25T12:00:00Z');
const minutesAgo = (m: number) => new Date(now.getTime() - m * 60_000);
const none = { count: 0, newest: null };

describe('throttleDecision', () => {
  it('allows sign-in below five failures for the account from this address', () => {
    expect(throttleDecision({ account: { count: 4, newest: minutesAgo(0) }, address: none }, now)).toEqual({ allowed: true });
  });

  it('locks the account for this address for the rest of the window after five failures', () => {
    const decision = throttleDecision({ account: { count: THROTTLE.perAccount, newest: minutesAgo(1) }, address: none }, now);
    expect(decision).toEqual({ allowed: false, retryAfterMinutes: THROTTLE.windowMinutes - 1, lock: 'account' });
    expect(THROTTLE.windowMinutes).toBeGreaterThanOrEqual(10);
  });

  it('lifts the lock once the window has passed since the latest failure', () => {
    expect(throttleDecision({ account: { count: 9, newest: minutesAgo(THROTTLE.windowMinutes) }, address: none }, now)).toEqual({ allowed: true });
  });

  it('caps failures from one address across accounts', () => {
    expect(throttleDecision({ account: none, address: { count: THROTTLE.perAddress - 1, newest: minutesAgo(0) } }, now).allowed).toBe(true);
    expect(throttleDecision({ account: none, address: { count: THROTTLE.perAddress, newest: minutesAgo(2) } }, now)).toEqual({
      allowed: false,
      retryAfterMinutes: THROTTLE.windowMinutes - 2,
      lock: 'address',
    });
  });

  it('says how long to wait, in words', () => {
    expect(throttleMessage(1)).toBe('Too many sign-in attempts. Try again in 1 minute.');
    expect(throttleMessage(12)).toBe('Too many sign-in attempts. Try again in 12 minutes.');
  });

  // Issue 16 point 4: 40 wrong passwords for one account from 40 addresses caused no lockout.
  it('locks one account briefly when failures come from many addresses, growing with each further failure', () => {
    const spread = (count: number, newest = minutesAgo(0)) => ({ account: { count: 1, newest }, address: { count: 1, newest }, accountEverywhere: { count, newest } });
    expect(throttleDecision(spread(THROTTLE.perAccountEverywhere - 1), now)).toEqual({ allowed: true });
    expect(throttleDecision(spread(THROTTLE.perAccountEverywhere), now)).toEqual({ allowed: false, retryAfterMinutes: 1, lock: 'account-everywhere' });
    expect(throttleDecision(spread(THROTTLE.perAccountEverywhere + 2), now)).toEqual({ allowed: false, retryAfterMinutes: 4, lock: 'account-everywhere' });
    expect(throttleDecision(spread(40), now)).toEqual({ allowed: false, retryAfterMinutes: THROTTLE.maxAccountLockMinutes, lock: 'account-everywhere' });
    // Short by design: it lifts on its own, so nobody can keep a person out for long.
    expect(throttleDecision(spread(40, minutesAgo(THROTTLE.maxAccountLockMinutes)), now)).toEqual({ allowed: true });
    expect([10, 11, 12, 13, 14, 20, 1000].map(accountLockMinutes)).toEqual([1, 2, 4, 8, 15, 15, 15]);
  });

  it('does not apply the account-wide lock at an address the person signed in from before', () => {
    const failures = { account: none, address: none, accountEverywhere: { count: 40, newest: minutesAgo(0) } };
    expect(throttleDecision(failures, now, { knownAddress: true })).toEqual({ allowed: true });
    // The per-address rules still hold there.
    expect(throttleDecision({ ...failures, account: { count: THROTTLE.perAccount, newest: minutesAgo(0) } }, now, { knownAddress: true }).allowed).toBe(false);
  });

  it('says which lock applies, and keys each lock so it is audited once', () => {
    expect(throttleMessage(3, 'account-everywhere')).toBe(
      'Too many failed sign-ins for this account from different places. For safety it is paused briefly: try again in 3 minutes.',
    );
    expect(lockKey('address', 'a@x.test', '10.0.0.1')).toBe('address:10.0.0.1');
    expect(lockKey('account', 'a@x.test', '10.0.0.1')).toBe('account:a@x.test|10.0.0.1');
    expect(lockKey('account-everywhere', 'a@x.test', '10.0.0.1')).toBe('account:a@x.test');
  });
});
