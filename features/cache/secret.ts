import { createHmac, timingSafeEqual } from 'node:crypto';
import { env } from '../../lib/env';

/** Shared by the app and the processes that ask it to expire pages (scheduler, tests, bench). */
export function revalidateSecret(): string | null {
  const base = env().revalidateSecret;
  if (!base) return null;
  return createHmac('sha256', base).update('northgate:revalidate').digest('hex');
}

export function secretsMatch(given: string | null, expected: string | null): boolean {
  if (!given || !expected) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
