import { describe, expect, it } from 'vitest';
import { THROTTLE, throttleDecision, throttleMessage } from './throttle';

const now = new Date('2026-11-25T12:00:00Z');
const minutesAgo = (m: number) => new Date(now.getTime() - m * 60_000);
const none = { count: 0, newest: null };

describe('throttleDecision', () => {
  it('allows sign-in below five failures for the account from this address', () => {
    expect(throttleDecision({ account: { count: 4, newest: minutesAgo(0) }, address: none }, now)).toEqual({ allowed: true });
  });

  it('locks the account for this address for the rest of the window after five failures', () => {
    const decision = throttleDecision({ account: { count: THROTTLE.perAccount, newest: minutesAgo(1) }, address: none }, now);
    expect(decision).toEqual({ allowed: false, retryAfterMinutes: THROTTLE.windowMinutes - 1 });
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
    });
  });

  it('says how long to wait, in words', () => {
    expect(throttleMessage(1)).toBe('Too many sign-in attempts. Try again in 1 minute.');
    expect(throttleMessage(12)).toBe('Too many sign-in attempts. Try again in 12 minutes.');
  });
});
